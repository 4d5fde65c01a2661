using Corroborate.Documents;
using Corroborate.Ingest.Html;

namespace Corroborate.Ingest.Readers;

/// <summary>
/// Reads one HTML page: decodes it (HTTP charset, BOM, <c>&lt;meta charset&gt;</c>, detection), parses it
/// with AngleSharp, takes the metadata from markup (<see cref="HtmlMetadata"/>) and the article body from
/// <see cref="ArticleExtractor"/>, falling back to JSON-LD <c>articleBody</c>.
/// </summary>
/// <remarks>Thread-safe: each call parses its own document.</remarks>
internal sealed class HtmlArticleReader : IArticleReader
{
    /// <summary>Less body text than this is not an article (a teaser, an error page, a login wall).</summary>
    private const int MinBodyCharacters = 40;

    public IEnumerable<RawArticle> Read(InputFile input, Action<InputProblem> report)
    {
        var bytes = input.ReadAllBytes();
        yield return ReadPage(input, bytes, report);
    }

    private static RawArticle ReadPage(InputFile input, byte[] bytes, Action<InputProblem> report)
    {
        var page = HtmlPage.Read(bytes, input.DeclaredContentType);
        if (page.EncodingWarning is { } warning)
        {
            report(new InputProblem(input.Name, input.Record is { } r ? $"record {r}" : null, warning, ProblemSeverity.Warning));
        }
        var meta = page.Metadata;
        var body = page.Body.Text;
        if (body.Length < MinBodyCharacters && meta.ArticleBody is { Length: >= MinBodyCharacters } articleBody)
        {
            body = HtmlText.ToPlainText(articleBody);
        }
        if (body.Length < MinBodyCharacters)
        {
            throw new InputFormatException("no article found");
        }
        return new RawArticle
        {
            Body = body,
            Title = meta.Title,
            Authors = meta.Authors,
            Published = meta.Published ?? input.Date,
            Url = meta.Url ?? input.Url,
            OutletName = meta.SiteName,
            DeclaredLanguage = meta.Language,
            Source = new SourceRef(input.Name, "html", input.Record, input.Offset),
            RawHash = Hashing.Sha256(bytes),
        };
    }
}
