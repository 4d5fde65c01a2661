using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Corroborate.Documents;
using Corroborate.Ingest.Html;

namespace Corroborate.Ingest.Readers;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per <c>item</c> or <c>entry</c>, its body from
/// <c>content:encoded</c>, Atom <c>content</c>, or <c>description</c>/<c>summary</c>, and the feed's title as the
/// outlet (an item's own <c>&lt;source&gt;</c> wins).
/// </summary>
/// <remarks>
/// Feeds in the wild are often not well-formed. The reader first parses strictly; when that fails it
/// parses again after repairing what is common and unambiguous (bare <c>&amp;</c>, HTML entity names XML
/// does not define, an XML declaration after a comment), keeps the items completed before any remaining
/// error, and reports a warning saying so. DTDs are ignored and never fetched.
/// </remarks>
internal sealed partial class FeedReader : IArticleReader
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    public IEnumerable<RawArticle> Read(InputFile input, Action<InputProblem> report)
    {
        var bytes = input.ReadAllBytes();
        var decoded = TextDecoder.Decode(bytes, input.DeclaredContentType);
        if (decoded.Warning is { } encodingWarning)
        {
            report(new InputProblem(input.Name, null, encodingWarning, ProblemSeverity.Warning));
        }
        var text = XmlDeclaration().Replace(decoded.Text, "", 1);

        var parsed = Parse(text, input.Limits);
        if (parsed.Error is not null)
        {
            var repaired = Parse(Repair(text), input.Limits);
            if (repaired.Error is null || repaired.Items.Count >= parsed.Items.Count)
            {
                parsed = repaired with { Error = repaired.Error ?? parsed.Error, Repaired = true };
            }
        }
        if (parsed.Items.Count == 0)
        {
            if (parsed.Error is { } fatal)
            {
                throw new InputFormatException($"not well-formed XML ({fatal.Message}); no complete item", fatal.Line);
            }
            report(new InputProblem(input.Name, null, "the feed has no items", ProblemSeverity.Warning));
            yield break;
        }
        if (parsed.Error is { } error)
        {
            report(new InputProblem(input.Name, error.Line,
                $"not well-formed XML ({error.Message}); read the {parsed.Items.Count} complete item(s) before it", ProblemSeverity.Warning));
        }
        else if (parsed.Repaired)
        {
            report(new InputProblem(input.Name, null, "not well-formed XML (bare '&' or undeclared entities); repaired", ProblemSeverity.Warning));
        }

        for (var i = 0; i < parsed.Items.Count; i++)
        {
            yield return ToArticle(parsed.Items[i], parsed.Channel, input, i + 1);
        }
    }

    private sealed record ParseError(string Message, string Line);

    /// <summary>Feed-level fields; Atom's feed author stands for entries that name none.</summary>
    private sealed record Channel(string? Title, string? Language, string? Author);

    private sealed record Parsed(IReadOnlyList<XElement> Items, Channel Channel, ParseError? Error, bool Repaired = false);

    /// <summary>Streams the document, keeping every complete item and the feed-level fields read before an error.</summary>
    private static Parsed Parse(string text, InputLimits limits)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
            MaxCharactersFromEntities = 1 << 20,
            MaxCharactersInDocument = limits.MaxDocumentBytes,
        };
        var items = new List<XElement>();
        string? title = null, language = null, author = null;
        var path = new Stack<string>();
        using var reader = XmlReader.Create(new StringReader(text), settings);
        try
        {
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    if (reader.NodeType == XmlNodeType.EndElement && path.Count > 0)
                    {
                        path.Pop();
                    }
                    reader.Read();
                    continue;
                }
                var name = reader.LocalName;
                if (name is "item" or "entry")
                {
                    items.Add((XElement)XNode.ReadFrom(reader));
                    continue;
                }
                var atFeedLevel = path.Count > 0 && path.Peek() is "channel" or "feed";
                if (atFeedLevel && name is "title" or "language" or "author")
                {
                    var element = (XElement)XNode.ReadFrom(reader);
                    switch (name)
                    {
                        case "title":
                            title ??= element.Value.Trim();
                            break;
                        case "language":
                            language ??= element.Value.Trim();
                            break;
                        default:
                            author ??= AuthorName(element);
                            break;
                    }
                    continue;
                }
                if (path.Count == 0 && name == "feed")
                {
                    language ??= reader.GetAttribute("xml:lang");
                }
                if (!reader.IsEmptyElement)
                {
                    path.Push(name);
                }
                reader.Read();
            }
            return new Parsed(items, new Channel(Blank(title), Blank(language), Blank(author)), null);
        }
        catch (XmlException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
            message = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
            return new Parsed(items, new Channel(Blank(title), Blank(language), Blank(author)), new ParseError(message, $"line {e.LineNumber}"));
        }
    }

    private static RawArticle ToArticle(XElement item, Channel channel, InputFile input, int record)
    {
        var title = Child(item, "title") is { } t ? Plain(t) : null;
        var body = BodyOf(item);
        var authors = Children(item, "creator").Select(c => c.Value.Trim())
            .Concat(Children(item, "author").Select(AuthorName))
            .Where(a => a.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (authors.Count == 0 && channel.Author is { } feedAuthor)
        {
            authors.Add(feedAuthor);
        }
        PublicationDate? published = null;
        foreach (var name in (ReadOnlySpan<string>)["pubDate", "published", "date", "issued", "created", "updated", "modified"])
        {
            published ??= DateParser.Parse(Child(item, name)?.Value);
        }
        var source = Child(item, "source");
        var sourceName = source is not null && source.Name.LocalName == "source" && !source.HasElements ? Blank(source.Value) : null;
        return new RawArticle
        {
            Body = body,
            Title = Blank(title),
            Authors = authors,
            Published = published,
            Url = LinkOf(item),
            OutletName = sourceName ?? channel.Title,
            DeclaredLanguage = Blank(Child(item, "language")?.Value) ?? channel.Language,
            Source = new SourceRef(input.Name, "feed", record, input.Offset),
            RawHash = Hashing.Sha256(item.ToString(SaveOptions.DisableFormatting)),
        };
    }

    /// <summary>The fullest body the item carries, as plain text with paragraphs.</summary>
    private static string BodyOf(XElement item)
    {
        var encoded = item.Elements(XName.Get("encoded", ContentNamespace)).FirstOrDefault();
        var candidates = new[] { encoded, Child(item, "content"), Child(item, "description"), Child(item, "summary") };
        foreach (var candidate in candidates)
        {
            if (candidate is not null && Plain(candidate) is { Length: > 0 } text)
            {
                return text;
            }
        }
        return "";
    }

    /// <summary>Text of an element that may hold escaped HTML (RSS, Atom type="html") or inline XHTML.</summary>
    private static string Plain(XElement element)
    {
        var type = element.Attribute("type")?.Value;
        if (type is "xhtml" || (element.HasElements && type is null or "application/xhtml+xml"))
        {
            return HtmlText.ToPlainText(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))));
        }
        if (type is "text" or "text/plain")
        {
            return element.Value.Trim();
        }
        return HtmlText.ToPlainText(element.Value);
    }

    private static string? LinkOf(XElement item)
    {
        foreach (var link in Children(item, "link"))
        {
            var rel = link.Attribute("rel")?.Value;
            if (link.Attribute("href")?.Value is { Length: > 0 } href && rel is null or "alternate")
            {
                return href.Trim();
            }
            if (link.Attribute("href") is null && Blank(link.Value) is { } value)
            {
                return value;
            }
        }
        var guid = Child(item, "guid") ?? Child(item, "id");
        return guid?.Value.Trim() is { } id && (id.StartsWith("http://", StringComparison.Ordinal) || id.StartsWith("https://", StringComparison.Ordinal))
            && guid.Attribute("isPermaLink")?.Value != "false" ? id : null;
    }

    /// <summary>Atom <c>author/name</c>, or RSS's <c>email (Name)</c> / plain name.</summary>
    private static string AuthorName(XElement author)
    {
        if (Child(author, "name") is { } name)
        {
            return name.Value.Trim();
        }
        var value = author.Value.Trim();
        var m = EmailWithName().Match(value);
        return m.Success ? m.Groups["name"].Value.Trim() : value.Contains('@', StringComparison.Ordinal) ? "" : value;
    }

    private static XElement? Child(XElement parent, string localName) => Children(parent, localName).FirstOrDefault();

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Escapes bare ampersands and turns HTML-only entity names into numeric references.</summary>
    internal static string Repair(string text)
    {
        var builder = new StringBuilder(text.Length + 64);
        var last = 0;
        foreach (Match m in Ampersand().Matches(text))
        {
            builder.Append(text, last, m.Index - last);
            last = m.Index + m.Length;
            var name = m.Groups["name"];
            if (m.Groups["numeric"].Success)
            {
                builder.Append(m.Value);
            }
            else if (name.Success && name.Value is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                builder.Append(m.Value);
            }
            else if (name.Success && System.Net.WebUtility.HtmlDecode(m.Value) is { } decoded && decoded != m.Value)
            {
                foreach (var rune in decoded.EnumerateRunes())
                {
                    builder.Append("&#").Append(rune.Value).Append(';');
                }
            }
            else
            {
                builder.Append("&amp;").Append(m.Value.AsSpan(1));
            }
        }
        builder.Append(text, last, text.Length - last);
        return builder.ToString();
    }

    [GeneratedRegex(@"&(?:(?<numeric>#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)|(?<name>[A-Za-z][A-Za-z0-9]{1,31});)?")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"<\?xml\s[^?]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"^\S+@\S+\s*\((?<name>[^)]+)\)$")]
    private static partial Regex EmailWithName();
}
