using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Corroborate.Documents;
using Corroborate.Ingest.Html;

namespace Corroborate.Ingest.Readers;

/// <summary>
/// Reads one HTML page: decodes it (HTTP charset, BOM, <c>&lt;meta charset&gt;</c>, detection), parses it
/// with AngleSharp, takes the metadata from markup (<see cref="HtmlMetadata"/>) and the article body from
/// SmartReader (a port of Mozilla Readability), falling back to JSON-LD <c>articleBody</c> and then to
/// the page's <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> element.
/// </summary>
/// <remarks>
/// Pages nested deeper than <see cref="MaxReadabilityDepth"/> skip SmartReader, whose tree walks are
/// recursive, and use the iterative fallbacks. Thread-safe: each call parses its own document.
/// </remarks>
internal sealed class HtmlArticleReader : IArticleReader
{
    private const int MaxReadabilityDepth = 400;

    /// <summary>Less body text than this is not an article (a teaser, an error page, a login wall).</summary>
    private const int MinBodyCharacters = 40;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public IEnumerable<RawArticle> Read(InputFile input, Action<InputProblem> report)
    {
        var bytes = input.ReadAllBytes();
        yield return ReadPage(input, bytes, report);
    }

    private static RawArticle ReadPage(InputFile input, byte[] bytes, Action<InputProblem> report)
    {
        var decoded = TextDecoder.Decode(bytes, input.DeclaredContentType);
        if (decoded.Warning is { } warning)
        {
            report(new InputProblem(input.Name, input.Record is { } r ? $"record {r}" : null, warning, ProblemSeverity.Warning));
        }
        var html = decoded.Text;
        var document = Parser.ParseDocument(html);
        var meta = HtmlMetadata.Read(document);
        var url = meta.Url ?? input.Url;

        var (body, readability) = ExtractBody(document, url, meta);
        if (body.Length < MinBodyCharacters)
        {
            throw new InputFormatException(document.Body is null || document.Body.TextContent.Trim().Length == 0
                ? "no article found (the page has no text)"
                : "no article found (no block of running text on the page)");
        }
        var authors = meta.Authors.Count > 0 ? meta.Authors
            : readability?.Author is { Length: > 0 } author ? [.. HtmlMetadata.SplitAuthors(author)]
            : readability?.Byline is { Length: > 0 } byline && byline.Length < 80 ? [.. HtmlMetadata.SplitAuthors(byline)]
            : [];
        return new RawArticle
        {
            Body = body,
            Title = meta.Title ?? NullIfBlank(readability?.Title),
            Authors = authors,
            Published = meta.Published ?? input.Date,
            Url = url,
            OutletName = meta.SiteName ?? NullIfBlank(readability?.SiteName),
            DeclaredLanguage = meta.Language,
            Source = new SourceRef(input.Name, "html", input.Record, input.Offset),
            RawHash = Hashing.Sha256(bytes),
        };
    }

    private static (string Body, SmartReader.Article? Readability) ExtractBody(IHtmlDocument document, string? url, HtmlMetadata meta)
    {
        SmartReader.Article? readability = null;
        var body = "";
        if (Depth(document) <= MaxReadabilityDepth)
        {
            using var reader = new SmartReader.Reader(url ?? "https://localhost/", document)
            {
                ContinueIfNotReadable = true,
                Logging = SmartReader.ReportLevel.Issue,
            };
            readability = reader.GetArticle();
            if (!string.IsNullOrWhiteSpace(readability.Content))
            {
                body = HtmlText.ToPlainText(readability.Content);
            }
        }
        if (body.Length < MinBodyCharacters && meta.ArticleBody is { Length: >= MinBodyCharacters } articleBody)
        {
            body = HtmlText.ToPlainText(articleBody);
        }
        if (body.Length < MinBodyCharacters
            && (document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body) is { } container)
        {
            body = HtmlText.ToPlainText(container);
        }
        return (body, readability);
    }

    /// <summary>The element nesting depth of the page, measured without recursion.</summary>
    private static int Depth(IDocument document)
    {
        var max = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } root)
        {
            stack.Push((root, 1));
        }
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            max = Math.Max(max, depth);
            if (max > MaxReadabilityDepth)
            {
                return max;
            }
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
        return max;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
