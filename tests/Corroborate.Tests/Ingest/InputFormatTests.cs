using System.Text;
using Corroborate.Ingest;

namespace Corroborate.Tests.Ingest;

public class InputFormatTests
{
    [Theory]
    [InlineData("WARC/1.1\r\nWARC-Type: warcinfo\r\n", InputFormat.Warc)]
    [InlineData("\n\nWARC/1.0\r\n", InputFormat.Warc)]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", InputFormat.Feed)]
    [InlineData("<!-- a comment first -->\n<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?><?xml-stylesheet href=\"a.css\"?><rdf:RDF xmlns:rdf=\"x\">", InputFormat.Feed)]
    [InlineData("<!DOCTYPE html><html><body><p>x</p>", InputFormat.Html)]
    [InlineData("<html lang=\"en\"><head><title>t</title>", InputFormat.Html)]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", InputFormat.Html)]
    [InlineData("saved from url\n<html><body>", InputFormat.Html)]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"x\",\"items\":[]}", InputFormat.JsonFeed)]
    [InlineData("{\"version\":\"https:\\/\\/jsonfeed.org\\/version\\/1\",\"items\":[]}", InputFormat.JsonFeed)]
    [InlineData("{\"title\":\"a\",\"maintext\":\"b\"}\n{\"title\":\"c\"}", InputFormat.Jsonl)]
    [InlineData("[{\"title\":\"a\"}]", InputFormat.Jsonl)]
    [InlineData("Headline\n\nBody text of the article.", InputFormat.Text)]
    public void Detects_the_format_from_content(string head, InputFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Reads_utf16_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<rss version=\"2.0\">")).ToArray();
        Assert.Equal(InputFormat.Feed, FormatDetector.Detect(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "zip")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0x42, 0x5A, 0x68, 0x39, 0x31 }, "bzip2")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "gzip data inside gzip")]
    [InlineData(new byte[] { 0x48, 0x69, 0x00, 0x01, 0x02, 0x03 }, "NUL")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x41 }, "control")]
    public void Refuses_binary_data_saying_what_it_is(byte[] head, string reason)
    {
        var e = Assert.Throws<InputFormatException>(() => FormatDetector.Detect(head));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    public void Refuses_empty_input(string text)
    {
        var e = Assert.Throws<InputFormatException>(() => FormatDetector.Detect(Encoding.UTF8.GetBytes(text)));
        Assert.StartsWith("empty file", e.Message, StringComparison.Ordinal);
    }
}
