using System.Text.Json;
using Corroborate.Tests.Ingest;

namespace Corroborate.Tests.Cli;

public class ClusterCommandTests
{
    private static readonly string Examples = Path.Combine(SharedData.RepoRoot, "examples", "prisoner-exchange");

    [Fact]
    public void Tsv_has_one_line_per_article_in_input_order_with_the_copy_and_stores_nothing()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "cluster", Examples);
        Assert.True(result.ExitCode == 0, result.Error);
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Equal(3, r.Length));
        var story = rows.ToDictionary(r => Path.GetFileName(r[0]), r => r[1]);
        Assert.Equal(story["caspian-ledger.txt"], story["agency-export.jsonl#1"]);
        Assert.Equal(story["caspian-ledger.txt"], story["archive.warc#3"]);
        Assert.NotEqual(story["caspian-ledger.txt"], story["archive.warc#5"]);
        var copy = Assert.Single(rows, r => r[2].Length > 0);
        Assert.EndsWith("wire-syndicated-copy.txt", copy[0], StringComparison.Ordinal);
        Assert.EndsWith("caspian-ledger.txt", copy[2], StringComparison.Ordinal);
        // Stories are numbered from 1 by their earliest article: the wine fair of 5 December comes first.
        Assert.Equal("1", story["regional-feed.rss#3"]);
        Assert.Equal(["1", "2", "3", "4", "5"], rows.Select(r => r[1]).Distinct().Order());
        Assert.False(File.Exists(Path.Combine(temp.Path, "corroborate.db")));
    }

    [Fact]
    public void Jsonl_items_are_named_by_their_id_field()
    {
        using var temp = new TempFolder();
        temp.File("in.jsonl", """
            {"id": "a-1", "title": "Harbour reopens after storms", "text": "The harbour of Poti reopened on Monday after a week of storms, the port authority said.", "date_publish": "2024-01-08"}
            {"id": "a-2", "title": "Poti harbour open again", "text": "Ships entered the harbour of Poti again on Monday as the storms ended, the port authority said.", "date_publish": "2024-01-08"}
            {"title": "Chess open in Ganja", "text": "A youth chess open began in Ganja with a record field of players.", "date_publish": "2024-01-09"}
            """);
        var result = CliProcess.Run(temp.Path, null, "cluster", "in.jsonl", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var items = doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("item").GetString()).ToList();
        Assert.Equal(["a-1", "a-2", "in.jsonl#3"], items);
        var stories = doc.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(2, stories.Count);
        Assert.Equal(["a-1", "a-2"], stories[0].GetProperty("items").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public void Eval_stories_on_a_folder_without_a_benchmark_is_one_error_line()
    {
        using var temp = new TempFolder();
        temp.File("empty/readme.txt", "nothing here");
        var result = CliProcess.Run(temp.Path, null, "eval", "stories", "empty");
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no story benchmark here", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_input_is_one_line_and_the_rest_is_clustered()
    {
        using var temp = new TempFolder();
        temp.File("good.txt", "A headline about the harbour\n\nThe harbour reopened on Monday after a week of storms, the port authority said.");
        temp.File("bad.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
        var result = CliProcess.Run(temp.Path, null, "cluster", "good.txt", "bad.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("good.txt\t1\t", result.Out.TrimEnd('\n'));
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("bad.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_db_the_articles_and_their_stories_are_stored_and_listed()
    {
        using var temp = new TempFolder();
        var first = CliProcess.Run(temp.Path, null, "cluster", Examples, "--db", "news.db");
        Assert.True(first.ExitCode == 0, first.Error);
        var rows = first.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(10, rows.Count);
        var story = rows.ToDictionary(r => Path.GetFileName(r[0]), r => r[1]);
        var copy = Assert.Single(rows, r => r[2].Length > 0);
        Assert.EndsWith("caspian-ledger.txt", copy[2], StringComparison.Ordinal);
        Assert.Contains("ingested 10 articles (10 new", first.Error, StringComparison.Ordinal);

        var listed = CliProcess.Run(temp.Path, null, "stories", "--db", "news.db", "--format", "tsv");
        Assert.True(listed.ExitCode == 0, listed.Error);
        var lines = listed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["id", "first", "last", "articles", "outlets", "independent", "title"], lines[0]);
        Assert.Equal(5, lines.Count - 1);
        var exchange = Assert.Single(lines, l => l[0] == story["caspian-ledger.txt"]);
        Assert.Equal(["6", "5", "5"], exchange[3..6]);

        // The same inputs again: all already stored, in the same stories.
        var again = CliProcess.Run(temp.Path, null, "cluster", Examples, "--db", "news.db");
        Assert.Equal(first.Out, again.Out);
        Assert.Contains("0 new, 10 duplicates already stored", again.Error, StringComparison.Ordinal);

        var recluster = CliProcess.Run(temp.Path, null, "recluster", "--db", "news.db", "--all", "--format", "json");
        Assert.True(recluster.ExitCode == 0, recluster.Error);
        using var doc = JsonDocument.Parse(recluster.Out);
        Assert.Equal(10, doc.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(5, doc.RootElement.GetProperty("storiesAfter").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("moved").GetInt32());
    }

    [Fact]
    public void Recluster_by_default_takes_the_window_up_to_the_latest_story()
    {
        using var temp = new TempFolder();
        var ingest = CliProcess.Run(temp.Path, null, "ingest", Examples);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        // Stored by ingest: no story yet, so the first recluster takes every article.
        var first = CliProcess.Run(temp.Path, null, "recluster");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal("re-examined 10 articles (every stored article): 0 stories before, 5 after; 0 merged by the merge pass; 10 articles placed anew", first.Out.TrimEnd('\n'));
        var second = CliProcess.Run(temp.Path, null, "recluster");
        Assert.StartsWith("re-examined 10 articles (2023-11-14 00:00 to 2023-12-14 00:00): 5 stories before, 5 after", second.Out, StringComparison.Ordinal);
        var empty = CliProcess.Run(temp.Path, null, "stories", "--db", "other.db");
        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("no stories stored yet", empty.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recluster_with_a_bad_date_is_a_usage_error_on_one_line()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "recluster", "--from", "7 December");
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "corroborate.db")));
    }
}
