using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Corroborate.Documents;

namespace Corroborate.Ingest.Html;

/// <summary>
/// What a page says about its article in markup rather than in prose: JSON-LD <c>NewsArticle</c>
/// (headline, datePublished, author, publisher, articleBody), OpenGraph and <c>article:*</c> meta,
/// common <c>&lt;meta name&gt;</c> conventions (author, date, dc.*), <c>&lt;title&gt;</c>, the canonical
/// link and the document language. Each field takes the most specific source present, in that order.
/// </summary>
internal sealed record HtmlMetadata
{
    public string? Title { get; init; }

    public string? SiteName { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public PublicationDate? Published { get; init; }

    public string? Url { get; init; }

    public string? Language { get; init; }

    /// <summary>JSON-LD <c>articleBody</c>, kept as a fallback when no body can be extracted from markup.</summary>
    public string? ArticleBody { get; init; }

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "SocialMediaPosting", "ClaimReview",
    };

    // Meta names for the publication date, most specific first.
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datePublished", "article.published", "pubdate", "publishdate",
        "publish-date", "publish_date", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.date", "date", "og:published_time", "article:modified_time", "dateModified",
    ];

    private static readonly string[] AuthorMetaNames = ["author", "article:author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"];

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / "];

    /// <param name="html">The page's source: JSON-LD is read from it, because the fast parse skips script text.</param>
    public static HtmlMetadata Read(IHtmlDocument document, string html)
    {
        var meta = MetaValues(document);
        var jsonLd = JsonLdArticle(html);

        var siteName = First(meta, "og:site_name", "application-name", "apple-mobile-web-app-title") ?? jsonLd.Publisher;
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var url = Absolute(canonical) ?? Absolute(First(meta, "og:url")) ?? Absolute(jsonLd.Url);
        var documentTitle = document.Title?.Trim();
        var title = jsonLd.Headline ?? First(meta, "og:title", "twitter:title", "title", "dc.title")
            ?? (string.IsNullOrWhiteSpace(documentTitle) ? null : documentTitle)
            ?? document.QuerySelector("h1")?.TextContent.Trim();
        // og:title and <title> often end in the site's name or host ("… - Sportsnet.ca").
        if (title is not null)
        {
            title = StripSiteName(StripSiteName(title, siteName), Metadata.KnownOutlets.DomainOf(url));
        }

        IReadOnlyList<string> authors = jsonLd.Authors.Count > 0 ? jsonLd.Authors : MetaAuthors(meta, siteName);
        PublicationDate? published = DateParser.Parse(jsonLd.DatePublished);
        foreach (var name in DateMetaNames)
        {
            published ??= DateParser.Parse(First(meta, name));
        }
        published ??= DateParser.Parse(document.QuerySelector("time[itemprop=datePublished], time[pubdate], article time[datetime]")?.GetAttribute("datetime"));

        var language = document.DocumentElement.GetAttribute("lang") ?? document.DocumentElement.GetAttribute("xml:lang")
            ?? First(meta, "content-language", "og:locale", "dc.language") ?? jsonLd.Language;

        return new HtmlMetadata
        {
            Title = Clean(title),
            SiteName = Clean(siteName),
            Authors = authors,
            Published = published,
            Url = url,
            Language = language?.Trim(),
            ArticleBody = jsonLd.ArticleBody,
        };
    }

    /// <summary>Meta values by lower-cased name/property/itemprop/http-equiv, first occurrence wins.</summary>
    private static Dictionary<string, string> MetaValues(IHtmlDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }
            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    values.TryAdd(key.Trim(), content.Trim());
                }
            }
        }
        return values;
    }

    private static string? First(Dictionary<string, string> meta, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (meta.TryGetValue(name, out var value) && value.Length > 0)
            {
                return value;
            }
        }
        return null;
    }

    private static List<string> MetaAuthors(Dictionary<string, string> meta, string? siteName)
    {
        foreach (var name in AuthorMetaNames)
        {
            if (First(meta, name) is not { } value)
            {
                continue;
            }
            var authors = SplitAuthors(value)
                .Where(a => !a.Contains("://", StringComparison.Ordinal) && !a.StartsWith('@')
                    && !string.Equals(a, siteName, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (authors.Count > 0)
            {
                return authors;
            }
        }
        return [];
    }

    /// <summary>"By Ann Lee and Bo Park" → [Ann Lee, Bo Park].</summary>
    internal static IEnumerable<string> SplitAuthors(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }
        return text.Split([",", ";", " and ", " & ", "|"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(a => a.Length is > 1 and <= 80);
    }

    /// <summary>Drops a site-name suffix or prefix from a document title ("Headline | Steppe Herald").</summary>
    internal static string StripSiteName(string title, string? siteName)
    {
        foreach (var separator in TitleSeparators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = title[(last + separator.Length)..].Trim();
                if (IsSiteName(tail, siteName))
                {
                    return title[..last].Trim();
                }
            }
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0)
            {
                var head = title[..first].Trim();
                if (IsSiteName(head, siteName))
                {
                    return title[(first + separator.Length)..].Trim();
                }
            }
        }
        return title;
    }

    private static bool IsSiteName(string part, string? siteName) =>
        siteName is not null && (part.Equals(siteName, StringComparison.OrdinalIgnoreCase)
            || part.Contains(siteName, StringComparison.OrdinalIgnoreCase) && part.Length <= siteName.Length + 12);

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = System.Net.WebUtility.HtmlDecode(value).ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private sealed record LinkedData(string? Headline, string? DatePublished, IReadOnlyList<string> Authors, string? Publisher, string? Url,
        string? Language, string? ArticleBody)
    {
        public static readonly LinkedData None = new(null, null, [], null, null, null, null);
    }

    /// <summary>The first JSON-LD object of an article type, looked for in arrays and <c>@graph</c>.</summary>
    private static LinkedData JsonLdArticle(string html)
    {
        foreach (var script in JsonLdScripts(html))
        {
            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                    MaxDepth = 64,
                });
                if (FindArticle(json.RootElement, 0) is { } article)
                {
                    return ReadLinkedData(article);
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common and says nothing about the page; the other sources still count.
            }
        }
        return LinkedData.None;
    }

    /// <summary>
    /// The text of every <c>&lt;script type="application/ld+json"&gt;</c> in the source, found by scanning
    /// (a script's text ends at the first <c>&lt;/script</c>, as in the HTML tokenizer).
    /// </summary>
    internal static IEnumerable<ReadOnlyMemory<char>> JsonLdScripts(string html)
    {
        var at = 0;
        while ((at = html.IndexOf("application/ld+json", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var open = html.LastIndexOf('<', at);
            var close = html.IndexOf('>', at);
            at += 19;
            if (open < 0 || close < 0 || string.Compare(html, open, "<script", 0, 7, StringComparison.OrdinalIgnoreCase) != 0
                || html.IndexOf('>', open) < at - 19)
            {
                continue;
            }
            var end = html.IndexOf("</script", close, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                yield break;
            }
            yield return html.AsMemory((close + 1)..end);
            at = end;
        }
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 6)
        {
            return null;
        }
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
                {
                    return element;
                }
                foreach (var key in (ReadOnlySpan<string>)["@graph", "mainEntity", "mainEntityOfPage"])
                {
                    if (element.TryGetProperty(key, out var inner) && FindArticle(inner, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
        _ => false,
    };

    private static LinkedData ReadLinkedData(JsonElement article) => new(
        Text(article, "headline") ?? Text(article, "name"),
        Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Names(article, "author"),
        article.TryGetProperty("publisher", out var publisher) ? Names(publisher) is [var first, ..] ? first : null : null,
        Text(article, "url") ?? (article.TryGetProperty("mainEntityOfPage", out var page) ? Text(page, "@id") ?? AsString(page) : null),
        Text(article, "inLanguage"),
        Text(article, "articleBody"));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? AsString(value) : null;

    private static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { Length: > 0 } s => s.Trim(),
        JsonValueKind.Array => value.EnumerateArray().Select(AsString).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static IReadOnlyList<string> Names(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? Names(value) : [];

    /// <summary>Names from a string, a Person/Organization object, or an array of either.</summary>
    private static IReadOnlyList<string> Names(JsonElement value)
    {
        var names = new List<string>();
        void Add(JsonElement item)
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    names.AddRange(SplitAuthors(item.GetString()!).Where(n => !n.Contains("://", StringComparison.Ordinal)));
                    break;
                case JsonValueKind.Object when Text(item, "name") is { } name:
                    names.Add(System.Net.WebUtility.HtmlDecode(name));
                    break;
                case JsonValueKind.Array:
                    foreach (var inner in item.EnumerateArray())
                    {
                        Add(inner);
                    }
                    break;
            }
        }
        Add(value);
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
