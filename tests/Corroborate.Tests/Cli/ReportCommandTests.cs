using System.Text.Json;
using System.Text.RegularExpressions;

namespace Corroborate.Tests.Cli;

public partial class ReportCommandTests
{
    private static readonly string Examples = Path.Combine(SharedData.RepoRoot, "examples", "prisoner-exchange");

    [Fact]
    public void Report_without_a_database_is_one_line_naming_it()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "report", "--db", "nothing.db");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: nothing.db: no such database (run analyze or cluster --db first)", result.Error.Trim());
        Assert.False(File.Exists(Path.Combine(temp.Path, "nothing.db")), "report must not create a database");
    }

    [Fact]
    public void Report_on_a_file_that_is_not_a_database_is_one_line_and_changes_nothing()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "notes.db");
        File.WriteAllText(path, "these are my notes, not a database\n");
        var result = CliProcess.Run(temp.Path, null, "report", "--db", "notes.db");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: cannot open database notes.db: not a SQLite database", result.Error.Trim());
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(path));
    }

    [Fact]
    public void Report_on_another_programs_database_refuses_and_adds_no_tables()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "other.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE orders (id INTEGER PRIMARY KEY)";
            create.ExecuteNonQuery();
        }
        var result = CliProcess.Run(temp.Path, null, "report", "--db", "other.db");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: cannot open database other.db: it holds tables that are not corroborate's (another program's database?)", result.Error.Trim());
        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal(1L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public void Report_of_the_stored_examples_in_every_format()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run(temp.Path, null, "ingest", Examples).ExitCode);
        Assert.Equal(0, CliProcess.Run(temp.Path, null, "cluster", Examples, "--db", "corroborate.db").ExitCode);

        var json = CliProcess.Run(temp.Path, null, "report", "--format", "json");
        Assert.True(json.ExitCode == 0, json.Error);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(1, doc.RootElement.GetProperty("schema").GetInt32());
        var stories = doc.RootElement.GetProperty("stories").EnumerateArray().ToList();
        var exchange = stories.OrderByDescending(s => s.GetProperty("articles").GetArrayLength()).First();
        var facts = exchange.GetProperty("facts").EnumerateArray().ToList();
        Assert.Contains(facts, f => f.GetProperty("status").GetString() == "corroborated" && f.GetProperty("didKey").GetString() == "RETREAT/release");
        Assert.All(facts, f => Assert.NotEmpty(f.GetProperty("statements").EnumerateArray()));
        var copies = exchange.GetProperty("articles").EnumerateArray().Where(a => a.GetProperty("copyOf").ValueKind == JsonValueKind.Number).ToList();
        Assert.Single(copies);

        var html = CliProcess.Run(temp.Path, null, "report", "--format", "html");
        Assert.True(html.ExitCode == 0, html.Error);
        var ids = Ids().Matches(html.Out).Select(m => m.Groups[1].Value).ToHashSet();
        var links = Links().Matches(html.Out).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains(l, ids));
        Assert.DoesNotContain("<script", html.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", string.Concat(Regex.Matches(html.Out, "(?:src|href)=\"([^\"#][^\"]*)\"").Select(m => m.Value)), StringComparison.Ordinal);

        var markdown = CliProcess.Run(temp.Path, null, "report", "--format", "markdown");
        Assert.Contains("## Corroborated", markdown.Out, StringComparison.Ordinal);
        var text = CliProcess.Run(temp.Path, null, "report");
        Assert.Contains("corroborated", text.Out, StringComparison.Ordinal);

        var missing = CliProcess.Run(temp.Path, null, "report", "999");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("error: corroborate.db: no story 999 is stored", missing.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"(a\\d+-s\\d+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("href=\"#(a\\d+-s\\d+)\"")]
    private static partial Regex Links();
}
