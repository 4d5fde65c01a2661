using System.CommandLine;
using System.Globalization;
using Corroborate.Cli.Output;
using Corroborate.Language;
using Corroborate.Pipeline;
using Corroborate.Reports;
using Corroborate.Storage;
using Corroborate.Stories;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Files, directories (read recursively), .gz files, or - for standard input");
        var db = CommonOptions.Database();
        var format = FormatOption.Create("text", "json", "markdown");
        var command = new Command("analyze", """
            Ingest the inputs, cluster them into the stored stories (as cluster --db does: articles grouped by the
            words, names, numbers and dates they share and by time), then report each story they are in, whole,
            with its outlets and syndicated copies, and end with each story's corroboration report (as corroborate
            report prints it). With --format json the clean articles of the batch (text, metadata, cited sources) are
            included, and the report is under "report" (docs/report-schema.md).

            Examples:
              corroborate analyze examples/prisoner-exchange
              corroborate analyze ../shared/data/seeds --format json
              corroborate analyze coverage/ --db news.db --format markdown > report.md
            """)
        {
            paths, db, format,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            using var store = SqliteArticleStore.Open(result.GetValue(db)!);
            var outcome = IngestRun.Run(store, result.GetValue(paths)!);
            var articles = outcome.Ids.Select(store.Get).OfType<StoredArticle>().ToList();
            // The batch joins the stored stories; each story it is in is reported whole, earlier articles included.
            var stories = new StoryIndex(store, store, LanguageModels.Default).Add(outcome.Ids);
            var reports = stories.Select(StoryCorroborator.Default.Report).ToList();
            switch (FormatOption.Parse(result.GetValue(format)!))
            {
                case OutputFormat.Json:
                    ArticleViews.WriteJson(Console.Out, json =>
                    {
                        json.WriteStartObject();
                        json.WriteStartArray("articles");
                        foreach (var a in articles)
                        {
                            ArticleJson.Write(json, a.Article, a.Id, includeText: true, includeRemovals: true);
                        }
                        json.WriteEndArray();
                        StoryReports.WriteJson(json, stories);
                        json.WritePropertyName("report");
                        json.WriteRawValue(ReportJson.Render(reports));
                        ProblemJson.Write(json, outcome.Problems);
                        json.WriteEndObject();
                    });
                    break;
                case OutputFormat.Markdown:
                    Console.Out.Write(StoryReports.ToMarkdown(stories));
                    Console.Out.WriteLine();
                    Console.Out.Write(ReportMarkdown.Render(reports));
                    break;
                default:
                    WriteText(stories);
                    Terminal.Out.WriteLine();
                    ReportTerminal.Write(reports);
                    break;
            }
            Terminal.Message(IngestRun.Summary(outcome));
            return outcome.AllRead ? ExitCodes.Ok : ExitCodes.SomeFailed;
        }));
        return command;
    }

    private static void WriteText(IReadOnlyList<Story> stories)
    {
        var console = Terminal.Out;
        console.Write(new Rule($"[bold]{stories.Count} {(stories.Count == 1 ? "story" : "stories")}[/]").LeftJustified());
        foreach (var story in stories)
        {
            console.WriteLine();
            console.Write(new Text($"{story.Number}. {story.Title}\n", new Style(decoration: Decoration.Bold)));
            console.Write(new Text($"   {(story.Id is { } id ? $"story {id} · " : "")}{StoryReports.Span(story)} · {story.IndependentOutlets.Count} independent outlet(s): {string.Join(", ", story.IndependentOutlets)}\n"));
            if (story.SharedTerms.Count > 0)
            {
                console.Write(new Text($"   shared names: {string.Join(", ", story.SharedTerms)}\n", new Style(Color.Grey)));
            }
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn("id").RightAligned()).AddColumn("published").AddColumn("outlet").AddColumn("title").AddColumn("note");
            foreach (var m in story.Members)
            {
                table.AddRow(
                    new Text(m.Id.ToString(CultureInfo.InvariantCulture)),
                    new Text(m.Article.Published?.ToString() ?? "—"),
                    new Text(ArticleViews.OutletLabel(m.Article.Outlet, m.Article.Attribution.CarriedBy)),
                    new Text(m.Article.Title),
                    new Text(m.CopyOf is { } original ? $"copy of {original}" : ""));
            }
            console.Write(table);
        }
    }
}
