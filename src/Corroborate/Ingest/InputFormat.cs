using System.Text;

namespace Corroborate.Ingest;

/// <summary>The input formats ingest reads; each has one reader.</summary>
public enum InputFormat
{
    Text,
    Html,
    /// <summary>RSS 2.0, RSS 1.0 (RDF) or Atom.</summary>
    Feed,
    JsonFeed,
    /// <summary>JSON lines, one article object per line (or a JSON array of such objects).</summary>
    Jsonl,
    Warc,
}

/// <summary>
/// Tells an input's format from its first bytes (already decompressed), never from its name alone:
/// a <c>.txt</c> that holds a WARC is read as WARC. Refuses binary data with a reason.
/// </summary>
internal static class FormatDetector
{
    private static readonly System.Buffers.SearchValues<char> NameEnd = System.Buffers.SearchValues.Create(" \t\r\n>/");

    /// <summary>How much of the start of an input detection looks at.</summary>
    public const int HeadBytes = 4096;

    /// <summary>The format of an input that starts with <paramref name="head"/>.</summary>
    /// <exception cref="InputFormatException">The input is empty or binary.</exception>
    public static InputFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            throw new InputFormatException("empty file");
        }
        var text = HeadText(head);
        // WARC first: its records carry compressed HTTP bodies, which look binary.
        if (text.AsSpan().TrimStart().StartsWith("WARC/", StringComparison.Ordinal))
        {
            return InputFormat.Warc;
        }
        if (BinaryKind(head, text) is { } binary)
        {
            throw new InputFormatException(binary);
        }
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            throw new InputFormatException("empty file (only white space)");
        }
        if (start[0] == '{')
        {
            // JSON may escape the slashes of the version URL ("https:\/\/jsonfeed.org\/version\/1").
            return start.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase) ? InputFormat.JsonFeed : InputFormat.Jsonl;
        }
        if (start[0] == '[')
        {
            return InputFormat.Jsonl;
        }
        if (start[0] == '<')
        {
            return MarkupKind(start);
        }
        // A page saved with text before its markup still reads as a page.
        return start.Contains("<html", StringComparison.OrdinalIgnoreCase) || start.Contains("<body", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : InputFormat.Text;
    }

    /// <summary>Feed when the first element is rss, RDF or feed; HTML otherwise.</summary>
    private static InputFormat MarkupKind(ReadOnlySpan<char> s)
    {
        while (!s.IsEmpty && s[0] == '<')
        {
            if (s.StartsWith("<?", StringComparison.Ordinal) || s.StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = s.StartsWith("<?", StringComparison.Ordinal) ? "?>" : "-->";
                var end = s.IndexOf(close, StringComparison.Ordinal);
                if (end < 0)
                {
                    return InputFormat.Html;
                }
                s = s[(end + close.Length)..].TrimStart();
                continue;
            }
            if (s.StartsWith("<!", StringComparison.Ordinal))
            {
                if (s.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
                {
                    return InputFormat.Html;
                }
                var end = s.IndexOf('>');
                if (end < 0)
                {
                    return InputFormat.Html;
                }
                s = s[(end + 1)..].TrimStart();
                continue;
            }
            var name = s[1..];
            var stop = name.IndexOfAny(NameEnd);
            name = stop < 0 ? name : name[..stop];
            return name.Equals("rss", StringComparison.OrdinalIgnoreCase)
                || name.Equals("feed", StringComparison.Ordinal)
                || name.EndsWith(":feed", StringComparison.Ordinal)
                || name.Equals("rdf:RDF", StringComparison.Ordinal)
                || name.Equals("RDF", StringComparison.Ordinal)
                ? InputFormat.Feed
                : InputFormat.Html;
        }
        return InputFormat.Html;
    }

    /// <summary>The head as text for sniffing: UTF-16/32 when a BOM says so, else byte-per-char.</summary>
    private static string HeadText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Encoding.UTF32.GetString(head[4..(4 + ((head.Length - 4) & ~3))]);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(head[2..(2 + ((head.Length - 2) & ~1))]);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(head[2..(2 + ((head.Length - 2) & ~1))]);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }
        // Latin-1 maps every byte to one char, so ASCII markers are found whatever the real encoding.
        return Encoding.Latin1.GetString(head);
    }

    /// <summary>Why an input that should be text is not (empty, only white space, binary), or null when it is text.</summary>
    public static string? WhyNotText(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return "empty file";
        }
        var text = HeadText(head);
        return BinaryKind(head, text) ?? (text.AsSpan().Trim().IsEmpty ? "empty file (only white space)" : null);
    }

    /// <summary>Why the input is binary (named when the kind is known), or null when it is text.</summary>
    private static string? BinaryKind(ReadOnlySpan<byte> head, string text)
    {
        ReadOnlySpan<(byte[] Magic, string Kind)> known =
        [
            ([0x1F, 0x8B], "gzip data inside gzip data (decompress the outer layer first)"),
            ([0x42, 0x5A, 0x68], "bzip2-compressed data (only gzip is read; decompress it first)"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data (only gzip is read; decompress it first)"),
            ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data (only gzip is read; decompress it first)"),
            ([0x50, 0x4B, 0x03, 0x04], "a zip archive (not a news input; unpack it first)"),
            ("%PDF"u8.ToArray(), "a PDF document (not a news input)"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image (not a news input)"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image (not a news input)"),
        ];
        foreach (var (magic, kind) in known)
        {
            if (head.StartsWith(magic))
            {
                return kind;
            }
        }
        // Text never holds NUL (UTF-16 was decoded above) and few other control characters.
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return "binary data (NUL bytes), not text, HTML, a feed, JSON or WARC";
            }
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\u001B'))
            {
                controls++;
            }
        }
        return controls * 20 > text.Length ? "binary data (control bytes), not text, HTML, a feed, JSON or WARC" : null;
    }
}
