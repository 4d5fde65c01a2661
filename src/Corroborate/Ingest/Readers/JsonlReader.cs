using System.Text.Json;
using Corroborate.Documents;
using Corroborate.Ingest.Html;

namespace Corroborate.Ingest.Readers;

/// <summary>
/// Reads JSON lines, one article object per line, as crawlers export them. Field names of news-please
/// (<c>maintext</c>, <c>title</c>, <c>url</c>, <c>date_publish</c>, <c>source_domain</c>, <c>authors</c>,
/// <c>language</c>) and plain ones (<c>text</c>, <c>title</c>, <c>url</c>, <c>date</c>, <c>outlet</c>,
/// <c>author</c>) are both accepted, with a few common alternatives. A file holding one pretty-printed
/// object, or a JSON array of objects, is read too.
/// </summary>
/// <remarks>
/// Lines are read as bytes with a length limit (<see cref="InputLimits.MaxRecordBytes"/>), so one huge
/// line cannot exhaust memory: it is skipped with an error and reading goes on. A bad line is
/// reported with its number and skipped.
/// </remarks>
internal sealed class JsonlReader : IArticleReader
{
    public IEnumerable<RawArticle> Read(InputFile input, Action<InputProblem> report)
    {
        using var stream = input.Open();
        var lines = new LineReader(stream, input.Limits.MaxRecordBytes);
        var first = true;
        while (lines.Next() is { } line)
        {
            var span = line.Bytes.Span.Trim(" \t\r"u8);
            if (span.IsEmpty)
            {
                continue;
            }
            if (line.TooLong)
            {
                report(new InputProblem(input.Name, $"line {line.Number}", $"longer than the {input.Limits.MaxRecordBytes >> 20} MiB record limit; skipped"));
                first = false;
                continue;
            }
            if (first && span[0] == (byte)'[')
            {
                foreach (var article in ReadWholeDocument(input, report))
                {
                    yield return article;
                }
                yield break;
            }
            JsonDocument? document = null;
            string? failure = null;
            try
            {
                document = JsonDocument.Parse(JsonText.Utf8(span.ToArray(), w => report(new InputProblem(input.Name, $"line {line.Number}", w, ProblemSeverity.Warning))), JsonText.Options);
            }
            catch (JsonException e)
            {
                failure = $"not valid JSON ({JsonText.Reason(e)})";
            }
            if (document is null && first && span[0] == (byte)'{' && span[^1] != (byte)'}')
            {
                // A pretty-printed object spans lines: read the file as one JSON document instead.
                foreach (var article in ReadWholeDocument(input, report))
                {
                    yield return article;
                }
                yield break;
            }
            first = false;
            if (document is null)
            {
                report(new InputProblem(input.Name, $"line {line.Number}", failure!));
                continue;
            }
            using (document)
            {
                if (ToArticle(document.RootElement, input, line.Number, $"line {line.Number}", report) is { } article)
                {
                    yield return article;
                }
            }
        }
    }

    private static IEnumerable<RawArticle> ReadWholeDocument(InputFile input, Action<InputProblem> report)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(JsonText.Utf8(input.ReadAllBytes(), w => report(new InputProblem(input.Name, null, w, ProblemSeverity.Warning))), JsonText.Options);
        }
        catch (JsonException e)
        {
            throw new InputFormatException($"not valid JSON ({JsonText.Reason(e)})", JsonText.Line(e));
        }
        using (document)
        {
            var root = document.RootElement;
            var elements = root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : new[] { root };
            for (var i = 0; i < elements.Length; i++)
            {
                if (ToArticle(elements[i], input, i + 1, $"record {i + 1}", report) is { } article)
                {
                    yield return article;
                }
            }
        }
    }

    private static RawArticle? ToArticle(JsonElement item, InputFile input, int record, string location, Action<InputProblem> report)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            report(new InputProblem(input.Name, location, $"a {item.ValueKind.ToString().ToLowerInvariant()}, not an article object; skipped"));
            return null;
        }
        var text = JsonText.String(item, "maintext", "text", "body", "content", "article_text", "full_text", "article");
        if (text is null && JsonText.String(item, "html", "content_html", "raw_html") is { } html)
        {
            text = HtmlText.ToPlainText(html);
        }
        else if (text is not null && LooksLikeHtml(text))
        {
            text = HtmlText.ToPlainText(text);
        }
        var title = JsonText.String(item, "title", "headline");
        if (text is null && title is null)
        {
            report(new InputProblem(input.Name, location, "no article text or title (expected maintext or text, and title); skipped"));
            return null;
        }
        var domain = JsonText.String(item, "source_domain", "domain");
        return new RawArticle
        {
            Body = text ?? "",
            Title = title,
            Authors = JsonText.Authors(item),
            Published = DateParser.Parse(JsonText.String(item, "date_publish", "date", "published", "published_at", "publishedAt",
                "date_published", "datePublished", "pubDate", "publish_date")),
            Url = JsonText.String(item, "url", "link", "canonical_url"),
            OutletName = JsonText.String(item, "outlet", "source", "source_name", "publisher", "site_name", "sitename"),
            OutletDomain = domain is null ? null : domain.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? domain[4..] : domain,
            DeclaredLanguage = JsonText.String(item, "language", "lang"),
            Source = new SourceRef(input.Name, "jsonl", record, input.Offset) { ItemId = JsonText.String(item, "id", "doc_id") },
            RawHash = Hashing.Sha256(item.GetRawText()),
        };
    }

    private static bool LooksLikeHtml(string text) =>
        text.Contains("<p>", StringComparison.OrdinalIgnoreCase) || text.Contains("</p>", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<br", StringComparison.OrdinalIgnoreCase) || text.Contains("<div", StringComparison.OrdinalIgnoreCase);

    /// <summary>Yields lines of a byte stream, each at most <c>max</c> bytes kept (longer ones flagged).</summary>
    private sealed class LineReader(Stream stream, long max)
    {
        private readonly byte[] _buffer = new byte[1 << 16];
        private byte[] _line = new byte[4096];
        private int _length;
        private int _start;
        private int _end;
        private int _number;

        public readonly record struct Line(int Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

        /// <summary>The next line (valid until the next call), or null at the end of the stream.</summary>
        public Line? Next()
        {
            _length = 0;
            var tooLong = false;
            var any = false;
            while (true)
            {
                if (_start == _end)
                {
                    _start = 0;
                    _end = stream.Read(_buffer, 0, _buffer.Length);
                    if (_end == 0)
                    {
                        return any ? Finish(tooLong) : null;
                    }
                }
                any = true;
                var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                var stop = newline < 0 ? _end : newline;
                if (!tooLong && _length + (long)(stop - _start) > max)
                {
                    // Keep one byte so that the line is not mistaken for a blank one.
                    tooLong = true;
                    _line[0] = (byte)'x';
                    _length = 1;
                }
                if (!tooLong)
                {
                    Append(_buffer.AsSpan(_start, stop - _start));
                }
                _start = newline < 0 ? _end : newline + 1;
                if (newline >= 0)
                {
                    return Finish(tooLong);
                }
            }
        }

        private Line Finish(bool tooLong)
        {
            _number++;
            return new Line(_number, _line.AsMemory(0, _length), tooLong);
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            if (_length + bytes.Length > _line.Length)
            {
                Array.Resize(ref _line, Math.Max(_line.Length * 2, _length + bytes.Length));
            }
            bytes.CopyTo(_line.AsSpan(_length));
            _length += bytes.Length;
        }
    }
}
