using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Corroborate.Ingest.Html;

/// <summary>
/// One HTML page read the way every part of Corroborate reads pages (the HTML reader, <c>extract</c>,
/// the benchmarks): decoded, parsed, its metadata and its article body.
/// </summary>
internal sealed record HtmlPage(HtmlMetadata Metadata, ExtractedBody Body, string Encoding, string? EncodingWarning)
{
    /// <summary>The parser attaches elements nested deeper than this at this depth.</summary>
    public const int MaxDepth = 512;

    /// <summary>Tags nested deeper than this are dropped before parsing (see <see cref="HtmlNesting"/>).</summary>
    private const int FlattenDepth = 400;

    // Script and style text, comments and most attributes are never needed after parsing, and skipping
    // them makes parsing several times faster. JSON-LD is read from the source instead.
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "href", "content", "name", "property", "itemprop", "rel", "lang", "xml:lang", "hidden", "aria-hidden",
        "style", "type", "datetime", "charset", "http-equiv", "pubdate",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptAttributeLookup =
        KeptAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsScripting = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        MaximumDepth = MaxDepth,
        ShouldEmitAttribute = (ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken _, ReadOnlyMemory<char> name) =>
            KeptAttributeLookup.Contains(name.Span),
    });

    /// <summary>Reads a page from its bytes, honouring an envelope's Content-Type charset.</summary>
    public static HtmlPage Read(ReadOnlySpan<byte> bytes, string? declaredContentType = null)
    {
        var decoded = TextDecoder.Decode(bytes, declaredContentType);
        var (metadata, body) = Read(decoded.Text);
        return new HtmlPage(metadata, body, decoded.Encoding, decoded.Warning);
    }

    /// <summary>Reads a page from its text.</summary>
    public static (HtmlMetadata Metadata, ExtractedBody Body) Read(string html)
    {
        IHtmlDocument document = Parser.ParseDocument(HtmlNesting.Flatten(html, FlattenDepth));
        var metadata = HtmlMetadata.Read(document, html);
        var body = ArticleExtractor.Extract(document, metadata.Title);
        // What the markup does not declare, the page may show between headline and body.
        if (metadata.Authors.Count == 0 && VisibleMetadata.Byline(body.Preamble, metadata.SiteName) is { Count: > 0 } byline)
        {
            metadata = metadata with { Authors = byline };
        }
        if (metadata.Published is null && VisibleMetadata.Dateline(body.Preamble) is { } dateline)
        {
            metadata = metadata with { Published = dateline };
        }
        return (metadata, body);
    }
}
