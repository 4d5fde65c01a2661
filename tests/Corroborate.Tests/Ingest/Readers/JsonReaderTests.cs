using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Readers;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Ingest.Readers;

public class JsonReaderTests
{
    [SharedDataFact]
    public void Real_npr_json_feed_gives_25_items_with_html_content()
    {
        var result = TestIngest.Shared("samples/feeds/trafilatura/feed.json");
        Assert.Empty(result.Problems);
        Assert.Equal(25, result.Articles.Count);
        Assert.All(result.Articles, a =>
        {
            Assert.StartsWith("https://www.npr.org/", a.Url, StringComparison.Ordinal);
            Assert.NotNull(a.Published);
            Assert.DoesNotContain("<p>", a.Text, StringComparison.Ordinal);
            Assert.Equal("jsonfeed", a.Source.Format);
        });
        Assert.Equal("NPR", result.Articles[0].Outlet?.Name);
    }

    [SharedDataFact]
    public void Json_feed_items_drop_script_and_keep_authors()
    {
        var result = TestIngest.Shared("samples/feeds/feedparser/example.json");
        Assert.Equal(2, result.Articles.Count);
        Assert.Equal("post 2", result.Articles[0].Title);
        Assert.Equal("This is a second item.", result.Articles[0].Text);
        Assert.Equal("Hello, world!", result.Articles[1].Text);
        Assert.All(result.Articles, a => Assert.Equal("My Example Feed", a.Outlet?.Name));
    }

    [Fact]
    public void Example_news_please_export_reads_every_field()
    {
        var result = TestIngest.Example("agency-export.jsonl");
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Articles.Count);
        var first = result.Articles[0];
        Assert.Equal("easternwire.example", first.Outlet?.Domain);
        Assert.Equal(["Hovhannes Sargsyan"], first.Authors);
        Assert.Equal("2023-12-13T16:20:00", first.Published?.ToString());
        Assert.StartsWith("YEREVAN, Dec 13 (EWS) - Thirty-two Armenian servicemen", first.Text, StringComparison.Ordinal);
        Assert.Equal(1, first.Source.Record);
        Assert.Equal(2, result.Articles[1].Source.Record);
    }

    [Fact]
    public void Plain_field_names_are_accepted_too()
    {
        var result = Read("""{"title":"Ferry resumes","text":"The ferry ran again on Tuesday after repairs to its hull.","url":"https://w.example/f","date":"2024-05-02","outlet":"Western Wire","author":"Ann Lee"}""");
        var article = Assert.Single(result.Articles);
        Assert.Equal("Western Wire", article.Outlet?.Name);
        Assert.Equal("w.example", article.Outlet?.Domain);
        Assert.Equal(["Ann Lee"], article.Authors);
        Assert.Equal("2024-05-02", article.Published?.ToString());
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number_and_the_rest_is_read()
    {
        var result = Read(
            """{"title":"One","text":"The first article's text is here."}""" + "\n" +
            "{broken\n" +
            "\n" +
            "[1, 2]\n" +
            """{"url":"https://x.example/no-text"}""" + "\n" +
            """{"title":"Two","text":"The second article's text is here."}""" + "\n");
        Assert.Equal(["One", "Two"], result.Articles.Select(a => a.Title));
        Assert.Equal(["line 2", "line 4", "line 5"], result.Errors.Select(p => p.Location));
        Assert.StartsWith("not valid JSON", result.Errors.First().Reason, StringComparison.Ordinal);
        Assert.Equal([1, 6], result.Articles.Select(a => a.Source.Record ?? 0));
    }

    [Fact]
    public void A_line_over_the_record_limit_is_skipped_without_holding_it()
    {
        var limits = InputLimits.Default with { MaxRecordBytes = 1024 };
        var huge = """{"title":"Big","text":" """ + new string('x', 100_000) + "\"}";
        var result = Read(huge + "\n" + """{"title":"Small","text":"A short article that fits the limit."}""", limits);
        Assert.Equal("Small", Assert.Single(result.Articles).Title);
        var error = Assert.Single(result.Errors);
        Assert.Equal("line 1", error.Location);
        Assert.Contains("record limit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_array_or_one_pretty_printed_object_is_read()
    {
        var array = Read("""[{"title":"A","text":"Text of the first one."},{"title":"B","text":"Text of the second one."}]""");
        Assert.Equal(["A", "B"], array.Articles.Select(a => a.Title));

        var pretty = Read("{\n  \"title\": \"Pretty\",\n  \"maintext\": \"A pretty-printed article body.\"\n}\n");
        Assert.Equal("Pretty", Assert.Single(pretty.Articles).Title);
    }

    [Fact]
    public void A_broken_json_feed_is_one_clear_error()
    {
        var result = Read("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"title\":");
        Assert.Empty(result.Articles);
        Assert.StartsWith("not valid JSON", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    private static IngestResult Read(string content, InputLimits? limits = null)
    {
        using var temp = new TempFolder();
        return TestIngest.Paths(limits, temp.File("input.jsonl", content));
    }
}
