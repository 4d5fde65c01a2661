using System.CommandLine;
using System.Globalization;
using Corroborate.Cli.Output;
using Corroborate.Storage;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate stories</c>: the stored stories, latest first.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var format = FormatOption.Create("text", "tsv", "json");
        var limit = new Option<int>("--limit", "-n") { Description = "Show at most N stories (the latest)", DefaultValueFactory = _ => 50 };
        var all = new Option<bool>("--all") { Description = "Show every stored story" };
        var command = new Command("stories", """
            List the stored stories (made by analyze, cluster --db and recluster), the latest first: id, first
            and last publication, articles, outlets (independent ones: syndicated copies not counted) and title.
            --format tsv prints id, first, last, articles, outlets, independent outlets and title, tab-separated,
            with a header line; --format json an array of objects with those fields.

            Examples:
              corroborate stories
              corroborate stories --db news.db --all --format tsv > stories.tsv
            """)
        {
            db, format, limit, all,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            using var store = SqliteArticleStore.Open(result.GetValue(db)!);
            var count = store.StoryCount();
            var rows = store.ListStories(0, result.GetValue(all) ? count : Math.Max(0, result.GetValue(limit)));
            switch (result.GetValue(format))
            {
                case "json":
                    WriteJson(rows);
                    break;
                case "tsv":
                    Console.Out.WriteLine("id\tfirst\tlast\tarticles\toutlets\tindependent\ttitle");
                    foreach (var s in rows)
                    {
                        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{s.Id}\t{s.First}\t{s.Last}\t{s.Articles}\t{s.Outlets}\t{s.IndependentOutlets}\t{OneLine(s.Title)}"));
                    }
                    break;
                default:
                    WriteTable(rows, count);
                    break;
            }
            if (rows.Count < count)
            {
                Terminal.Message($"showing the latest {rows.Count} of {count} stories (use --all or --limit)");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static void WriteTable(IReadOnlyList<StorySummary> rows, int count)
    {
        if (count == 0)
        {
            Terminal.Message("no stories stored yet (analyze, cluster --db or recluster make them)");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("id").RightAligned()).AddColumn("first").AddColumn("last")
            .AddColumn(new TableColumn("articles").RightAligned()).AddColumn(new TableColumn("outlets").RightAligned()).AddColumn("title");
        foreach (var s in rows)
        {
            table.AddRow(
                new Text(s.Id.ToString(CultureInfo.InvariantCulture)),
                new Text(s.First?.ToString() ?? "—"),
                new Text(s.Last?.ToString() ?? "—"),
                new Text(s.Articles.ToString(CultureInfo.InvariantCulture)),
                new Text(string.Create(CultureInfo.InvariantCulture, $"{s.IndependentOutlets}/{s.Outlets}")),
                new Text(s.Title));
        }
        Terminal.Out.Write(table);
    }

    private static void WriteJson(IReadOnlyList<StorySummary> rows) => ArticleViews.WriteJson(Console.Out, json =>
    {
        json.WriteStartArray();
        foreach (var s in rows)
        {
            json.WriteStartObject();
            json.WriteNumber("id", s.Id);
            json.WriteString("title", s.Title);
            json.WriteString("first", s.First?.ToString());
            json.WriteString("last", s.Last?.ToString());
            json.WriteNumber("articles", s.Articles);
            json.WriteNumber("outlets", s.Outlets);
            json.WriteNumber("independentOutlets", s.IndependentOutlets);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });
}
