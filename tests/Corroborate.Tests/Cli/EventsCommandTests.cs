using System.Text.Json;
using Corroborate.Tests.Ingest;

namespace Corroborate.Tests.Cli;

public class EventsCommandTests
{
    private static readonly string Examples = Path.Combine(SharedData.RepoRoot, "examples", "prisoner-exchange");

    /// <summary>A folder of PETRARCH-format dictionaries in the temp folder: a verbs file and an actors file.</summary>
    private static string DictionaryFolder(TempFolder temp, string verbs, string actors)
    {
        var folder = Path.Combine(temp.Path, "dicts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "my.verbs.txt"), verbs);
        File.WriteAllText(Path.Combine(folder, "my.actors.txt"), actors);
        return folder;
    }

    [Fact]
    public void Plover_json_records_cite_their_article_and_sentence()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "events", Examples);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var records = doc.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(records);
        var release = Assert.Single(records, r => r.GetProperty("article").GetString()!.EndsWith("regional-feed.rss#1", StringComparison.Ordinal)
            && r.GetProperty("cameo").GetString() == "0841" && r.GetProperty("modality").GetString() == "asserted");
        Assert.Equal("RETREAT", release.GetProperty("event").GetString());
        Assert.Equal("AZE", release.GetProperty("source")[0].GetProperty("code").GetString());
        Assert.Equal("ARM", release.GetProperty("target")[0].GetProperty("code").GetString());
        Assert.Equal("MIL", release.GetProperty("target")[0].GetProperty("sector").GetString());
        Assert.Equal(32, release.GetProperty("size").GetDouble());
        Assert.Contains("32", release.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, release.GetProperty("sentence").GetInt32());
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("text").GetString())));
        // Each PLOVER field once per record, even when an event counts people in two roles.
        Assert.All(records, r => Assert.Equal(r.EnumerateObject().Count(), r.EnumerateObject().Select(p => p.Name).Distinct().Count()));
    }

    [Fact]
    public void Cameo_tsv_has_the_gdelt_columns_and_deeds_only_drops_plans()
    {
        using var temp = new TempFolder();
        var all = CliProcess.Run(temp.Path, null, "events", Examples, "--format", "cameo-tsv");
        var deeds = CliProcess.Run(temp.Path, null, "events", Examples, "--format", "cameo-tsv", "--deeds-only");
        Assert.True(all.ExitCode == 0 && deeds.ExitCode == 0, all.Error + deeds.Error);
        var rows = all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        var header = rows[0];
        Assert.Equal(["GLOBALEVENTID", "SQLDATE"], header[..2]);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        var modality = Array.IndexOf(header, "Modality");
        Assert.Contains(rows.Skip(1), r => r[modality] == "planned");
        var kept = deeds.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, r => Assert.Equal("asserted", r[modality]));
        Assert.True(kept.Count < rows.Count - 1);
    }

    [Fact]
    public void Csv_quotes_cells_and_a_missing_file_is_one_line_naming_it()
    {
        using var temp = new TempFolder();
        temp.File("good.txt", "Rebels freed 12 hostages, the army said on Monday.");
        var result = CliProcess.Run(temp.Path, null, "events", "good.txt", "missing.txt", "--format", "csv");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.txt", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("item,sentence,trigger,event", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",RETREAT,release,0841,asserted,", StringComparison.Ordinal) && l.EndsWith("\"Rebels freed 12 hostages, the army said on Monday.\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stored_story_is_coded_from_the_database_and_an_unknown_one_is_one_line()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run(temp.Path, null, "analyze", Examples, "--db", "news.db").ExitCode);
        var stories = CliProcess.Run(temp.Path, null, "stories", "--db", "news.db", "--format", "tsv");
        var exchange = stories.Out.Split('\n').Skip(1).Select(l => l.Split('\t')).First(r => r.Length > 3 && r[3] == "6")[0];
        var result = CliProcess.Run(temp.Path, null, "events", exchange, "9999", "--db", "news.db", "--format", "csv");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: news.db: no story 9999 is stored (see corroborate stories)", result.Error.Trim());
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Contains(rows, r => r.Contains(",RETREAT,release,0841,asserted,", StringComparison.Ordinal) && r.Contains("regional-feed.rss#1", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("qvevri", StringComparison.Ordinal));
    }

    [Fact]
    public void Dictionaries_code_with_the_users_own_files()
    {
        using var temp = new TempFolder();
        var folder = DictionaryFolder(temp, Events.DictionaryEventCoderTests.Verbs, Events.DictionaryEventCoderTests.Actors);
        var article = temp.File("release.txt", "Baku freed 32 Armenian prisoners on Thursday.\n");
        var result = CliProcess.Run(temp.Path, null, "events", article, "--dictionaries", folder, "--format", "csv");
        Assert.True(result.ExitCode == 0, result.Error);
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        var row = Assert.Single(rows[1..]).Split(',');
        Assert.Equal("0841", row[Array.IndexOf(header, "cameo")]);
        Assert.Equal("AZE", row[Array.IndexOf(header, "source_code")]);
        Assert.Equal("ARM", row[Array.IndexOf(header, "target_code")]);
    }

    [Fact]
    public void With_dictionaries_keeps_the_built_in_coder_and_fills_the_sentences_it_codes_nothing_in()
    {
        using var temp = new TempFolder();
        var folder = DictionaryFolder(temp, "--- PRAISE [051] ---\nLAUD {LAUDS LAUDED}\n\n--- RELEASE [084] ---\nFREE {FREED}\n", Events.DictionaryEventCoderTests.Actors);
        var article = temp.File("release.txt", "Baku freed 32 Armenian prisoners on Thursday. Azerbaijan lauded Armenia.\n");
        var result = CliProcess.Run(temp.Path, null, "events", article, "--with-dictionaries", folder, "--format", "csv");
        Assert.True(result.ExitCode == 0, result.Error);
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        var cameo = Array.IndexOf(header, "cameo");
        // The release is the built-in coder's (with its count); the praise only the dictionaries know.
        Assert.Equal(["0841", "051"], rows[1..].Select(r => r.Split(',')[cameo]));
        Assert.Contains("32 released", rows[1], StringComparison.Ordinal);
        var both = CliProcess.Run(temp.Path, null, "events", article, "--with-dictionaries", folder, "--dictionaries", folder);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("exclude each other", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_dictionary_is_one_line_naming_its_file_and_line()
    {
        using var temp = new TempFolder();
        var folder = DictionaryFolder(temp, "--- RELEASE [084] ---\nRELEASE\n- * PRISONERS [0841\n", "ARMENIA_ [ARM]\n");
        var article = temp.File("release.txt", "Baku freed 32 Armenian prisoners.\n");
        var result = CliProcess.Run(temp.Path, null, "events", article, "--dictionaries", folder);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: my.verbs.txt:3:", line, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("--- RELEASE [084] ---\nRELEASE\n- * PRISONERS [0841\n", "error: my.verbs.txt:3:")]
    [InlineData(null, "error: nowhere: is not a folder")]
    public void With_dictionaries_that_cannot_be_read_stops_before_any_input_with_one_line(string? verbs, string expected)
    {
        using var temp = new TempFolder();
        var folder = verbs is null ? Path.Combine(temp.Path, "nowhere") : DictionaryFolder(temp, verbs, "ARMENIA_ [ARM]\n");
        var article = temp.File("release.txt", "Baku freed 32 Armenian prisoners.\n");
        var result = CliProcess.Run(temp.Path, null, "events", article, "--with-dictionaries", folder);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [SharedDataFact]
    public void Eval_events_scores_the_petrarch_sets_per_category_and_lists_failures()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "eval", "events", "--set", "petrarch-gsr", "--split", "dev", "--failures");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("PETR2_GSR_validation.xml (dev, 38 records;", lines[0], StringComparison.Ordinal);
        Assert.Contains(" passed ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("(source, target, code) triples: F1 ", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  GOLD ", StringComparison.Ordinal) && l.Contains(" passed (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" expected ", StringComparison.Ordinal) && l.Contains(" | coded ", StringComparison.Ordinal));
    }
}
