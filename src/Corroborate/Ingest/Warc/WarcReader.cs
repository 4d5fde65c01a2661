using System.Globalization;
using System.Text;

namespace Corroborate.Ingest.Warc;

/// <summary>
/// Reads WARC 1.0 and 1.1 archives (plain, or gzip with one member per record as the ingestor's
/// decompression already joins them): every <c>response</c> record whose HTTP payload is an HTML page,
/// and every <c>resource</c> record holding HTML, becomes an article through the HTML reader, with the
/// record's <c>WARC-Target-URI</c> and <c>WARC-Date</c>. Other records are skipped.
/// </summary>
/// <remarks>
/// Records are streamed, never the whole archive held: a record larger than
/// <see cref="InputLimits.MaxRecordBytes"/> is skipped with an error, a page that yields no article is
/// reported and the next record read. A truncated record or a broken record header ends the archive
/// with an error; the records before it are kept. HTTP responses other than 2xx are skipped.
/// </remarks>
internal sealed class WarcReader(IArticleReader html) : IArticleReader
{
    private const int MaxHeaderLine = 64 * 1024;
    private const int MaxHeaders = 512;

    /// <summary>How far past a record's declared end the reader looks for the next record header.</summary>
    private const int ResyncWindow = 1 << 20;

    public IEnumerable<RawArticle> Read(InputFile input, Action<InputProblem> report)
    {
        using var stream = input.Open();
        var warc = new WarcStream(stream);
        var record = 0;
        while (true)
        {
            warc.SkipNewlines();
            if (warc.AtEnd)
            {
                yield break;
            }
            var offset = warc.Position;
            var versionLine = warc.ReadLine(MaxHeaderLine)!;
            if (!IsVersionLine(versionLine))
            {
                if (record == 0)
                {
                    throw new InputFormatException($"not a WARC file (starts with '{Shown(versionLine)}')");
                }
                // A record whose Content-Length is a few bytes off leaves junk before the next header: find it.
                var (junk, junkStart) = (versionLine, offset);
                (versionLine, offset) = Resync(warc);
                if (versionLine is null)
                {
                    throw new InputFormatException($"at offset {junkStart:N0}: expected a WARC record header, found '{Shown(junk)}'", $"record {record + 1}");
                }
                report(new InputProblem(input.Name, $"record {record + 1}",
                    $"{offset - junkStart:N0} unexpected bytes before it at offset {junkStart:N0} (a wrong Content-Length in record {record}?); skipped", ProblemSeverity.Warning));
            }
            record++;
            var where = $"at offset {offset:N0}";
            var header = ReadHeader(warc, versionLine, record, where);
            if (header.Length < 0)
            {
                throw new InputFormatException($"{where}: no Content-Length; cannot find the next record", $"record {record}");
            }
            if (header.Length > input.Limits.MaxRecordBytes)
            {
                var skipped = warc.Skip(header.Length);
                if (skipped < header.Length)
                {
                    throw Truncated(where, header.Length, skipped, record);
                }
                report(new InputProblem(input.Name, $"record {record}", $"larger than the {input.Limits.MaxRecordBytes >> 20} MiB record limit ({header.Length:N0} bytes); skipped"));
                continue;
            }
            var block = warc.Read((int)header.Length);
            if (block.Length < header.Length)
            {
                throw Truncated(where, header.Length, block.Length, record);
            }
            if (Page(header, block, input, record, offset, report) is not { } page)
            {
                continue;
            }
            foreach (var raw in ReadPage(page, report))
            {
                yield return raw with { Source = raw.Source with { Format = "warc" } };
            }
        }
    }

    private sealed record RecordHeader(string Version, string? Type, long Length, string? TargetUri, string? Date, string? ContentType);

    private static bool IsVersionLine(byte[] line) => line.AsSpan().StartsWith("WARC/1."u8) || line.AsSpan().StartsWith("WARC/0."u8);

    private static string Shown(byte[] line)
    {
        var text = Encoding.Latin1.GetString(line, 0, Math.Min(line.Length, 40)).Trim();
        return line.Length > 40 ? text + "…" : text;
    }

    /// <summary>Reads on, within <see cref="ResyncWindow"/> bytes, to the next WARC version line.</summary>
    private static (byte[]? Line, long Offset) Resync(WarcStream warc)
    {
        var start = warc.Position;
        while (warc.Position - start < ResyncWindow)
        {
            var offset = warc.Position;
            var line = warc.ReadLine(ResyncWindow, truncate: true);
            if (line is null)
            {
                return (null, offset);
            }
            if (IsVersionLine(line))
            {
                return (line, offset);
            }
        }
        return (null, warc.Position);
    }

    private static RecordHeader ReadHeader(WarcStream warc, byte[] versionLine, int record, string where)
    {
        var version = Encoding.Latin1.GetString(versionLine).Trim();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastName = null;
        for (var count = 0; ; count++)
        {
            var line = warc.ReadLine(MaxHeaderLine) ?? throw new InputFormatException($"{where}: the archive ends inside a record header", $"record {record}");
            if (line.Length == 0)
            {
                break;
            }
            if (count > MaxHeaders)
            {
                throw new InputFormatException($"{where}: more than {MaxHeaders} header fields", $"record {record}");
            }
            var text = Encoding.UTF8.GetString(line);
            if (text[0] is ' ' or '\t' && lastName is not null)
            {
                fields[lastName] += " " + text.Trim();
                continue;
            }
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue; // a damaged field line is not worth losing the record for
            }
            lastName = text[..colon].Trim();
            fields.TryAdd(lastName, text[(colon + 1)..].Trim());
        }
        var length = fields.TryGetValue("Content-Length", out var value)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        return new RecordHeader(version, fields.GetValueOrDefault("WARC-Type"), length, TargetUri(fields.GetValueOrDefault("WARC-Target-URI")),
            fields.GetValueOrDefault("WARC-Date"), fields.GetValueOrDefault("Content-Type"));
    }

    /// <summary>The HTML page a record holds, as an input for the HTML reader, or null to skip the record.</summary>
    private static InputFile? Page(RecordHeader header, byte[] block, InputFile archive, int record, long offset, Action<InputProblem> report)
    {
        byte[] payload;
        string? contentType;
        switch (header.Type?.ToLowerInvariant())
        {
            case "response":
                var http = header.ContentType?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) != false ? HttpPayload.Parse(block) : null;
                if (http is null)
                {
                    // A response record without an HTTP message (gopher, ftp, dns) holds no page.
                    return null;
                }
                if (http.Status is < 200 or > 299 || !IsHtml(http.ContentType, http.Body))
                {
                    return null;
                }
                try
                {
                    payload = http.DecodedBody(archive.Limits, out var warning);
                    if (warning is not null)
                    {
                        report(new InputProblem(archive.Name, $"record {record}", warning, ProblemSeverity.Warning));
                    }
                }
                catch (InputFormatException e)
                {
                    report(new InputProblem(archive.Name, $"record {record}", e.Message));
                    return null;
                }
                contentType = http.ContentType;
                break;
            case "resource" when IsHtml(header.ContentType, block):
                payload = block;
                contentType = header.ContentType;
                break;
            default:
                return null;
        }
        return new InputFile(archive.Name, () => new MemoryStream(payload, writable: false), archive.Limits)
        {
            DeclaredContentType = contentType,
            Url = header.TargetUri,
            Date = DateParser.Parse(header.Date),
            Record = record,
            Offset = offset,
        };
    }

    /// <summary>Reads one page; a page without an article is reported against its record, not the archive.</summary>
    private List<RawArticle> ReadPage(InputFile page, Action<InputProblem> report)
    {
        try
        {
            return [.. html.Read(page, report)];
        }
        catch (InputFormatException e)
        {
            report(new InputProblem(page.Name, $"record {page.Record}", e.Message, ProblemSeverity.Warning));
            return [];
        }
    }

    private static bool IsHtml(string? contentType, byte[] body)
    {
        if (!string.IsNullOrWhiteSpace(contentType))
        {
            return contentType.Contains("html", StringComparison.OrdinalIgnoreCase);
        }
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 1024)).TrimStart();
        return head.StartsWith('<') && head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The target URI as a usable URL: wget's <c>&lt;…&gt;</c> brackets removed, spaces escaped.</summary>
    internal static string? TargetUri(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var uri = value.Trim();
        if (uri.StartsWith('<') && uri.EndsWith('>'))
        {
            uri = uri[1..^1].Trim();
        }
        return uri.Replace(" ", "%20", StringComparison.Ordinal);
    }

    private static InputFormatException Truncated(string where, long declared, long present, int record) =>
        new($"{where}: truncated (Content-Length {declared:N0}, only {present:N0} bytes left)", $"record {record}");
}
