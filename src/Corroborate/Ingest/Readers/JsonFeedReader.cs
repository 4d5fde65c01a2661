using System.Text.Json;
using Corroborate.Documents;
using Corroborate.Ingest.Html;

namespace Corroborate.Ingest.Readers;

/// <summary>
/// Reads a JSON Feed (versions 1 and 1.1): one article per item, its body from <c>content_html</c>,
/// <c>content_text</c> or <c>summary</c>; the feed's <c>title</c> as the outlet.
/// </summary>
internal sealed class JsonFeedReader : IArticleReader
{
    public IEnumerable<RawArticle> Read(InputFile input, Action<InputProblem> report)
    {
        var bytes = input.ReadAllBytes();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(JsonText.Utf8(bytes, w => report(new InputProblem(input.Name, null, w, ProblemSeverity.Warning))), JsonText.Options);
        }
        catch (JsonException e)
        {
            throw new InputFormatException($"not valid JSON ({JsonText.Reason(e)})", JsonText.Line(e));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new InputFormatException("a JSON Feed needs an \"items\" array");
            }
            var outlet = JsonText.String(root, "title");
            var language = JsonText.String(root, "language");
            var feedAuthors = JsonText.Authors(root);
            var record = 0;
            foreach (var item in items.EnumerateArray())
            {
                record++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    report(new InputProblem(input.Name, $"item {record}", "not a JSON object; skipped"));
                    continue;
                }
                var html = JsonText.String(item, "content_html");
                var body = html is not null ? HtmlText.ToPlainText(html)
                    : JsonText.String(item, "content_text") ?? JsonText.String(item, "summary") ?? "";
                var authors = JsonText.Authors(item);
                yield return new RawArticle
                {
                    Body = body,
                    Title = JsonText.String(item, "title") is { } title ? HtmlText.ToPlainText(title) : null,
                    Authors = authors.Count > 0 ? authors : feedAuthors,
                    Published = DateParser.Parse(JsonText.String(item, "date_published") ?? JsonText.String(item, "date_modified")),
                    Url = JsonText.String(item, "url") ?? JsonText.String(item, "external_url"),
                    OutletName = outlet,
                    DeclaredLanguage = JsonText.String(item, "language") ?? language,
                    Source = new SourceRef(input.Name, "jsonfeed", record, input.Offset),
                    RawHash = Hashing.Sha256(item.GetRawText()),
                };
            }
        }
    }
}
