using System.IO.Compression;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Warc;
using Corroborate.Tests.Cli;

using Corroborate.Tests.Ingest;

namespace Corroborate.Tests.Ingest.Warc;

public class WarcReaderTests
{
    private const string Samples = "samples/warc/";

    private const string Page = """
        <html><head><title>Dam repair approved</title></head><body><article>
        <p>The regional council voted on Tuesday to rebuild the river embankment that failed during the spring floods.</p>
        <p>Work is to start in March and last two years, the council's engineer told reporters after the vote.</p>
        </article></body></html>
        """;

    [Fact]
    public void Example_archive_gives_the_two_pages_with_their_target_uris()
    {
        var result = TestIngest.Example("archive.warc");
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Articles.Count);
        Assert.All(result.Articles, a =>
        {
            Assert.Equal("warc", a.Source.Format);
            Assert.StartsWith("https://absheronpost.example/", a.Url, StringComparison.Ordinal);
            Assert.Equal("Absheron Morning Post", a.Outlet?.Name);
            Assert.NotNull(a.Source.Offset);
        });
        Assert.Contains("32", result.Articles[0].Title, StringComparison.Ordinal);
    }

    [SharedDataTheory]
    [InlineData("example.warc")]
    [InlineData("example.warc.gz")]
    public void Reads_the_response_record_plain_and_gzipped(string file)
    {
        var result = TestIngest.Shared(Samples + file);
        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Example Domain", article.Title);
        Assert.Equal("http://example.com/", article.Url);
        Assert.Equal(3, article.Source.Record);
        Assert.Contains("illustrative examples", article.Text, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Decodes_a_chunked_http_body()
    {
        var article = Assert.Single(TestIngest.Shared(Samples + "example-iana.org-chunked.warc").Articles);
        Assert.Equal("Internet Assigned Numbers Authority", article.Title);
    }

    [SharedDataFact]
    public void Reads_wget_target_uris_in_angle_brackets()
    {
        var article = Assert.Single(TestIngest.Shared(Samples + "example-wget-bad-target-uri.warc.gz").Articles);
        Assert.Equal("http://example.com/", article.Url);
    }

    [SharedDataTheory]
    [InlineData("example-resource.warc.gz")]
    [InlineData("example-space-in-target-uri.warc.gz")]
    [InlineData("post-test.warc.gz")]
    [InlineData("example-digest.warc")]
    public void Other_records_are_skipped_silently(string file)
    {
        var result = TestIngest.Shared(Samples + file);
        Assert.Empty(result.Errors);
        Assert.All(result.Articles, a => Assert.Equal("warc", a.Source.Format));
        if (file != "example-resource.warc.gz")
        {
            Assert.Empty(result.Articles);
        }
    }

    [SharedDataFact]
    public void A_record_with_a_wrong_length_and_a_truncated_gzip_body_is_read_with_warnings()
    {
        var result = TestIngest.Shared(Samples + "example-trunc.warc");
        Assert.Empty(result.Errors);
        Assert.Single(result.Articles);
        Assert.Contains(result.Warnings, w => w.Location == "record 3" && w.Reason.Contains("truncated", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Location == "record 4" && w.Reason.Contains("unexpected bytes", StringComparison.Ordinal));
    }

    [SharedDataTheory]
    [InlineData("example-bad-non-chunked.warc.gz")]
    [InlineData("example-wrong-chunks.warc.gz")]
    [InlineData("example-bad.warc.gz.bad")]
    public void Gzip_members_not_aligned_with_records_are_still_read(string file)
    {
        // A strict indexer rejects these (it cannot seek to a record); a reader that streams can read them.
        var result = TestIngest.Shared(Samples + file);
        Assert.Empty(result.Errors);
        Assert.Equal("Example Domain", Assert.Single(result.Articles).Title);
    }

    [Fact]
    public void Gzip_content_encoding_and_non_html_and_non_2xx_responses()
    {
        var gzipped = Http("200 OK", "text/html; charset=utf-8", TestIngest.Gzip(Page), "Content-Encoding: gzip\r\n");
        var json = Http("200 OK", "application/json", Encoding.UTF8.GetBytes("{\"a\":1}"));
        var missing = Http("404 Not Found", "text/html", Encoding.UTF8.GetBytes(Page));
        var result = ReadArchive(Record("response", "https://a.example/1", gzipped), Record("response", "https://a.example/2", json),
            Record("response", "https://a.example/3", missing));
        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal("https://a.example/1", article.Url);
        Assert.Equal("Dam repair approved", article.Title);
        Assert.Equal("2024-03-05T10:00:00Z", article.Published?.ToString());
    }

    [Fact]
    public void A_truncated_record_ends_the_archive_with_an_error_and_keeps_the_records_before()
    {
        var good = Record("response", "https://a.example/1", Http("200 OK", "text/html", Encoding.UTF8.GetBytes(Page)));
        var cut = Record("response", "https://a.example/2", Http("200 OK", "text/html", Encoding.UTF8.GetBytes(Page.Replace("Dam", "Bridge", StringComparison.Ordinal))));
        var result = ReadArchive(good, cut[..(cut.Length / 2)]);
        Assert.Single(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.Equal("record 3", error.Location); // after the warcinfo record and the good one
        Assert.Contains("truncated", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_over_the_limit_is_skipped_and_the_next_one_read()
    {
        var big = Record("response", "https://a.example/big", Http("200 OK", "text/html", Encoding.UTF8.GetBytes(Page + new string(' ', 50_000))));
        var small = Record("response", "https://a.example/small", Http("200 OK", "text/html", Encoding.UTF8.GetBytes(Page)));
        var result = ReadArchive(InputLimits.Default with { MaxRecordBytes = 10_000 }, big, small);
        Assert.Equal("https://a.example/small", Assert.Single(result.Articles).Url);
        Assert.Contains("record limit", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_that_is_not_a_warc_is_refused()
    {
        using var temp = new TempFolder();
        var result = TestIngest.Paths(temp.File("x.warc", "WARC/1.0\r\nContent-Length: nonsense\r\n\r\n"));
        Assert.Contains("no Content-Length", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n", "Wikipedia")]
    [InlineData("4;ext=1\r\nWiki\r\n0\r\n\r\n", "Wiki")]
    public void Dechunks(string chunked, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(HttpPayload.Dechunk(Encoding.ASCII.GetBytes(chunked))!));

    [Fact]
    public void A_body_that_says_chunked_but_is_not_is_used_as_it_is() =>
        Assert.Null(HttpPayload.Dechunk(Encoding.ASCII.GetBytes("<html>not chunked</html>")));

    private static byte[] Http(string status, string contentType, byte[] body, string extraHeaders = "") =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\n\r\n"), .. body];

    private static byte[] Record(string type, string uri, byte[] block) =>
        [.. Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n" +
            $"Content-Type: application/http; msgtype=response\r\nContent-Length: {block.Length}\r\n\r\n"), .. block, .. "\r\n\r\n"u8];

    private static IngestResult ReadArchive(params byte[][] records) => ReadArchive(null, records);

    private static IngestResult ReadArchive(InputLimits? limits, params byte[][] records)
    {
        using var temp = new TempFolder();
        var warcinfo = Encoding.ASCII.GetBytes("WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
        return TestIngest.Paths(limits, temp.File("test.warc", [.. warcinfo, .. records.SelectMany(r => r)]));
    }
}
