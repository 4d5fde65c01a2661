using System.CommandLine;
using Corroborate.Cli.Output;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

internal static class ListCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var format = FormatOption.Create("text", "json", "markdown");
        var limit = new Option<int>("--limit", "-n") { Description = "Show at most N articles (the newest)", DefaultValueFactory = _ => 100 };
        var all = new Option<bool>("--all") { Description = "Show every stored article" };
        var command = new Command("list", """
            List stored articles: id, publication date, outlet (and syndicator), title, language.

            Examples:
              corroborate list
              corroborate list --all --format json > articles.json
            """)
        {
            db, format, limit, all,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            using var store = SqliteArticleStore.Open(result.GetValue(db)!);
            var count = store.Count();
            var take = result.GetValue(all) ? count : Math.Max(0, result.GetValue(limit));
            var rows = store.List(Math.Max(0, count - take), take);
            ArticleViews.WriteList(rows, FormatOption.Parse(result.GetValue(format)!), Console.Out);
            if (rows.Count < count)
            {
                Terminal.Message($"showing the newest {rows.Count} of {count} articles (use --all or --limit)");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
