using System.CommandLine;
using System.Globalization;
using Corroborate.Cli.Output;
using Corroborate.Language;
using Corroborate.Pipeline;
using Corroborate.Reports;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate report [story…]</c>: the corroboration report of stored stories.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var stories = new Argument<long[]>("story")
        {
            Description = "Stored story ids (see corroborate stories); none: every stored story",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = CommonOptions.Database();
        var format = FormatOption.Create("text", "markdown", "html", "json");
        var command = new Command("report", """
            The corroboration report of stored stories (made by analyze, cluster --db or recluster): what two or more
            independent outlets agree on, where sources disagree (counts low / best / high, each with its sources), what
            one article contradicts in itself, what only one source reports, names spelled more than one way, who is
            quoted, and each outlet's wording, voices and omissions. Every fact cites its sentences. A syndicated copy
            and a fact an article only relays from another outlet do not count as independent sources.
            --format html writes one self-contained page (article text escaped, each citation linked to its
            highlighted sentence); --format json follows docs/report-schema.md.

            Examples:
              corroborate report
              corroborate report 3 --format markdown > story-3.md
              corroborate report --db news.db --format html > report.html
            """)
        {
            stories, db, format,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var database = result.GetValue(db)!;
            if (!File.Exists(database))
            {
                Terminal.Message($"error: {database}: no such database (run analyze or cluster --db first)");
                return ExitCodes.SomeFailed;
            }
            using var store = SqliteArticleStore.Open(database);
            var wanted = result.GetValue(stories) ?? [];
            var missing = wanted.Where(id => store.GetStory(id) is null).ToList();
            foreach (var id in missing)
            {
                Terminal.Message($"error: {database}: no story {id.ToString(CultureInfo.InvariantCulture)} is stored (see corroborate stories)");
            }
            var ids = wanted.Length > 0 ? [.. wanted.Except(missing)] : store.ListStories().Select(s => s.Id).Reverse().ToList();
            var found = new StoryIndex(store, store, LanguageModels.Default).StoredStories(ids);
            var reports = found.Select(StoryCorroborator.Default.Report).ToList();
            Write(reports, result.GetValue(format)!);
            return missing.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Prints the reports in one of the report formats; analyze ends with this too.</summary>
    internal static void Write(IReadOnlyList<StoryReport> reports, string format)
    {
        switch (format)
        {
            case "markdown":
                Console.Out.Write(ReportMarkdown.Render(reports));
                break;
            case "html":
                Console.Out.Write(ReportHtml.Render(reports));
                break;
            case "json":
                Console.Out.Write(ReportJson.Render(reports));
                break;
            default:
                ReportTerminal.Write(reports);
                break;
        }
    }
}
