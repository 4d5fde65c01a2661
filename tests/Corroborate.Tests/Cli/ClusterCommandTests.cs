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
}
