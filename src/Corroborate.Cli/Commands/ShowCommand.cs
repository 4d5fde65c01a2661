using System.CommandLine;
using Corroborate.Cli.Output;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("id") { Description = "Article id, as printed by list or ingest" };
        var explain = new Option<bool>("--explain") { Description = "Also list each piece cleaning removed and the rule that removed it" };
        var db = CommonOptions.Database();
        var format = FormatOption.Create("text", "json", "markdown");
        var command = new Command("show", """
            Show one stored article: metadata, attribution, clean text.

            Examples:
              corroborate show 1
              corroborate show 1 --explain
              corroborate show 1 --format json
            """)
        {
            id, explain, db, format,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            using var store = SqliteArticleStore.Open(result.GetValue(db)!);
            var stored = store.Get(result.GetValue(id));
            if (stored is null)
            {
                Terminal.Message($"error: no article with id {result.GetValue(id)} in {result.GetValue(db)}");
                return ExitCodes.SomeFailed;
            }
            ArticleViews.WriteArticle(stored, result.GetValue(explain), FormatOption.Parse(result.GetValue(format)!), Console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
