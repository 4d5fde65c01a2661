using System.IO.Compression;
using System.Text.Json;

using Corroborate.Tests.Ingest;

namespace Corroborate.Tests.Cli;

public class CommandTests
{
    private static readonly string Examples = Path.Combine(SharedData.RepoRoot, "examples", "prisoner-exchange");

    [Theory]
    [InlineData("ingest")]
    [InlineData("analyze")]
    [InlineData("list")]
    [InlineData("show")]
    [InlineData("extract")]
    [InlineData("train")]
    [InlineData("train tagger")]
    [InlineData("eval")]
    [InlineData("eval sentences")]
    [InlineData("train entities")]
    [InlineData("eval entities")]
    [InlineData("train parser")]
    [InlineData("eval parser")]
    [InlineData("annotate")]
    [InlineData("cluster")]
    [InlineData("eval stories")]
    [InlineData("stories")]
    [InlineData("recluster")]
    [InlineData("events")]
    [InlineData("eval quantities")]
    [InlineData("report")]
    public void Every_command_has_help_with_examples(string command)
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, [.. command.Split(' '), "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
        Assert.Contains("corroborate " + command, result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ingest")]
    [InlineData("list", "--format", "yaml")]
    [InlineData("show", "not-a-number")]
    [InlineData("train", "tagger", "--runs", "0")]
    [InlineData("train", "parser", "--runs", "17")]
    [InlineData("train", "parser", "--beam", "4", "--margin", "0")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Analyze_seeds_as_json_gives_both_articles_clean_and_attributed()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "analyze", SharedData.File("seeds"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);

        var sputnik = articles.Single(a => a.GetProperty("outlet").GetProperty("name").GetString() == "Sputnik");
        Assert.StartsWith("Expert on Azerbaijani-Armenian Peace Agreement", sputnik.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("2023-12-08T14:21", sputnik.GetProperty("published").GetString());
        var cited = sputnik.GetProperty("citedSources").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "outlet").Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["BBC", "Azertag"], cited);

        var azerNews = articles.Single(a => a.GetProperty("outlet").GetProperty("name").GetString() == "AzerNews");
        Assert.Equal("MENAFN", azerNews.GetProperty("carriedBy").GetProperty("name").GetString());
        Assert.Equal("2023-12-07", azerNews.GetProperty("published").GetString());

        foreach (var article in articles)
        {
            var text = article.GetProperty("text").GetString()!;
            Assert.DoesNotContain("451.27", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Read more", text, StringComparison.Ordinal);
            Assert.DoesNotContain("In article", text, StringComparison.Ordinal);
        }
        Assert.Single(doc.RootElement.GetProperty("stories").EnumerateArray());
    }

    [SharedDataFact]
    public void Ingesting_twice_stores_once_and_show_explains_removals()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "news.db");
        var first = CliProcess.Run(temp.Path, null, "ingest", SharedData.File("seeds"), "--db", db, "--format", "json");
        Assert.True(first.ExitCode == 0, first.Error);
        using (var doc = JsonDocument.Parse(first.Out))
        {
            Assert.Equal(2, doc.RootElement.GetProperty("new").GetInt32());
        }
        var second = CliProcess.Run(temp.Path, null, "ingest", SharedData.File("seeds"), "--db", db);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new, 2 duplicates already stored", second.Out, StringComparison.Ordinal);

        var list = CliProcess.Run(temp.Path, null, "list", "--db", db, "--format", "json");
        using (var rows = JsonDocument.Parse(list.Out))
        {
            Assert.Equal(2, rows.RootElement.GetArrayLength());
        }

        var show = CliProcess.Run(temp.Path, null, "show", "1", "--db", db, "--explain", "--format", "markdown");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("| ticker |", show.Out, StringComparison.Ordinal);
        Assert.Contains("| duplicate-source-line |", show.Out, StringComparison.Ordinal);

        var missing = CliProcess.Run(temp.Path, null, "show", "99", "--db", db);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no article with id 99", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_database_is_corroborate_db_in_the_current_directory()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", "A headline about the harbour\n\nThe harbour reopened on Monday after a week of storms, the port authority said.");
        var result = CliProcess.Run(temp.Path, null, "ingest", "a.txt");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(temp.Path, "corroborate.db")));
    }

    [Fact]
    public void Bad_inputs_each_give_one_line_and_the_rest_of_the_batch_is_stored()
    {
        using var temp = new TempFolder();
        var dir = Path.Combine(temp.Path, "in");
        temp.File("in/good.txt", "A headline about the harbour\n\nThe harbour reopened on Monday after a week of storms, the port authority said.");
        temp.File("in/empty.txt", "");
        temp.File("in/binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00, 0x7F, 0x00]);
        temp.File("in/corrupt.txt.gz", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xDE, 0xAD, 0xBE, 0xEF]);
        temp.File("in/lines.jsonl", "{\"title\":\"Ferry service resumes\",\"text\":\"The ferry between the two islands ran again on Tuesday.\"}\n{not json\n");
        temp.File("in/broken.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort");
        temp.File("in/cut.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Cut");
        var whole = TestIngest.Gzip(string.Concat(Enumerable.Repeat("The council met again on Thursday to discuss the harbour wall.\n", 200)));
        temp.File("in/truncated.txt.gz", whole[..(whole.Length / 2)]);
        temp.File("in/bomb.txt.gz", TestIngest.Gzip(new string('a', 64 << 20), CompressionLevel.SmallestSize));
        using (var huge = new StreamWriter(Path.Combine(dir, "huge.txt")))
        {
            var line = new string('x', 1023);
            for (var i = 0; i <= 64 * 1024; i++)
            {
                huge.WriteLine(line);
            }
        }
        // windows-1251 bytes declared as UTF-8: read with detection, and a warning says so.
        temp.File("in/mislabelled.html", Corroborate.Ingest.TextDecoder.GetEncoding("windows-1251")!.GetBytes(
            "<html><head><meta charset=\"utf-8\"><title>Паводок</title></head><body><article><p>" +
            string.Concat(Enumerable.Repeat("Совет проголосовал во вторник за восстановление дамбы, разрушенной весенним паводком. ", 4)) +
            "</p></article></body></html>"));
        var db = Path.Combine(temp.Path, "news.db");

        var result = CliProcess.Run(temp.Path, null, "ingest", dir, Path.Combine(temp.Path, "missing.txt"), "--db", db, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var failed = new[]
        {
            "empty.txt", "binary.txt", "corrupt.txt.gz", "lines.jsonl", "broken.warc", "missing.txt", "cut.xml", "truncated.txt.gz",
            "bomb.txt.gz", "huge.txt",
        };
        foreach (var name in failed)
        {
            Assert.Single(lines, l => l.Contains(name, StringComparison.Ordinal) && l.StartsWith("error: ", StringComparison.Ordinal));
        }
        Assert.Contains(lines, l => l.Contains("lines.jsonl: line 2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("cut.xml: line 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("bomb.txt.gz", StringComparison.Ordinal) && l.Contains("bomb", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("huge.txt", StringComparison.Ordinal) && l.Contains("64 MiB document limit", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("warning: ", StringComparison.Ordinal) && l.Contains("mislabelled.html", StringComparison.Ordinal)
            && l.Contains("declared utf-8 but is not valid UTF-8", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(3, doc.RootElement.GetProperty("new").GetInt32());
    }

    [Fact]
    public void Reads_standard_input_and_gzip_by_content()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "news.db");
        var piped = CliProcess.Run(temp.Path, "Storm closes the pass\n\nSnow closed the mountain pass on Friday, the road agency said, and it may stay shut until Sunday.", "ingest", "-", "--db", db);
        Assert.True(piped.ExitCode == 0, piped.Error);

        temp.File("export.data", TestIngest.Gzip("{\"title\":\"Ferry service resumes\",\"text\":\"The ferry between the islands ran again on Tuesday after repairs.\"}\n"));
        var gz = CliProcess.Run(temp.Path, null, "ingest", "export.data", "--db", db);
        Assert.True(gz.ExitCode == 0, gz.Error);

        var list = CliProcess.Run(temp.Path, null, "list", "--db", db, "--format", "json");
        using var rows = JsonDocument.Parse(list.Out);
        Assert.Equal(["Storm closes the pass", "Ferry service resumes"], rows.RootElement.EnumerateArray().Select(r => r.GetProperty("title").GetString()));
    }

    [SharedDataFact]
    public void Extract_prints_one_page_as_json_and_stores_nothing()
    {
        using var temp = new TempFolder();
        var page = SharedData.File("samples/html/d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756.html");
        var result = CliProcess.Run(temp.Path, null, "extract", page);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("title").GetString()));
        Assert.True(doc.RootElement.GetProperty("text").GetString()!.Length > 500);
        Assert.False(File.Exists(Path.Combine(temp.Path, "corroborate.db")));
    }

    [SharedDataFact]
    public void Extract_a_directory_as_json_lines_with_the_contract_fields()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "extract", SharedData.File("samples/html"), "--format", "jsonl");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            foreach (var field in new[] { "file", "title", "author", "date", "outlet", "url", "text" })
            {
                Assert.True(root.TryGetProperty(field, out _), $"{field} missing in {line[..80]}");
            }
            Assert.EndsWith(".html", root.GetProperty("file").GetString(), StringComparison.Ordinal);
            Assert.True(root.GetProperty("text").GetString()!.Length > 500);
        }
        Assert.Contains(lines, l => l.Contains("\"author\":\"Lisa Mascaro, Mary Clare Jalonick, Eric Tucker\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_reports_a_page_without_an_article_and_goes_on()
    {
        using var temp = new TempFolder();
        var good = temp.File("good.html", "<html><head><title>Ferry resumes</title></head><body><article><p>The ferry between the two islands ran again on Tuesday after a month of repairs to its hull, the operator said.</p><p>Tickets sold out within an hour of the first sailing being announced.</p></article></body></html>");
        var empty = temp.File("menu.html", "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>");
        var result = CliProcess.Run(temp.Path, null, "extract", empty, good, Path.Combine(temp.Path, "gone.html"), "--format", "text");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Ferry resumes\n\nThe ferry between the two islands", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, l => l.Contains("menu.html", StringComparison.Ordinal) && l.Contains("no article found", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("gone.html", StringComparison.Ordinal) && l.Contains("no such file", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_reads_a_page_from_standard_input()
    {
        using var temp = new TempFolder();
        var page = "<html><body><p>The ferry between the two islands ran again on Tuesday after a month of repairs to its hull, the operator said.</p></body></html>";
        var result = CliProcess.Run(temp.Path, page, "extract", "-", "--format", "jsonl");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("-", doc.RootElement.GetProperty("file").GetString());
        Assert.StartsWith("The ferry between", doc.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_of_the_examples_groups_the_exchange_and_marks_the_syndicated_copy()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "analyze", Examples, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var stories = doc.RootElement.GetProperty("stories").EnumerateArray().ToList();
        var exchange = stories.OrderByDescending(s => s.GetProperty("articles").GetArrayLength()).First();
        Assert.True(exchange.GetProperty("articles").GetArrayLength() >= 5);
        Assert.True(stories.Count >= 3, "other events must form their own stories");
        Assert.Contains(exchange.GetProperty("articles").EnumerateArray(), a => a.GetProperty("copyOf").ValueKind == JsonValueKind.Number);
    }
}
