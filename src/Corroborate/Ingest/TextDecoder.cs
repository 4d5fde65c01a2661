using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Ingest;

/// <summary>
/// Turns bytes into text, honouring, in order: a byte-order mark, the charset an envelope declared
/// (HTTP Content-Type), the document's own declaration (XML <c>encoding=</c>, HTML <c>&lt;meta charset&gt;</c>),
/// valid UTF-8, and finally statistical detection (UTF.Unknown) for undeclared legacy encodings such as
/// KOI8-R or windows-1251. A declaration that the bytes contradict (UTF-8 declared, invalid UTF-8 found)
/// is not trusted.
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>, saying which encoding was used and whether that was a repair.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredContentType)
    {
        var (bom, bomLength) = DetectBom(bytes);
        if (bom is not null)
        {
            return new DecodedText(bom.GetString(bytes[bomLength..]), bom.WebName, null);
        }

        string? contradicted = null;
        foreach (var candidate in new[] { CharsetOf(declaredContentType), SniffDeclaration(bytes) })
        {
            if (candidate is null || GetEncoding(candidate) is not { } declared)
            {
                continue;
            }
            if (declared.CodePage == Encoding.UTF8.CodePage || declared.CodePage == 20127 /* ascii */)
            {
                if (IsValidUtf8(bytes))
                {
                    return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", null);
                }
                contradicted ??= candidate; // declared UTF-8 but is not: detect instead
                continue;
            }
            return new DecodedText(declared.GetString(bytes), declared.WebName, null);
        }

        if (IsValidUtf8(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", null);
        }

        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        var sure = detected?.Encoding is not null && detected.Confidence >= 0.3f;
        var encoding = sure ? detected!.Encoding : GetEncoding("windows-1252")!;
        var how = sure ? $"read as {encoding.WebName} (detected)" : $"read as {encoding.WebName} (a guess)";
        var warning = contradicted is not null
            ? $"declared {contradicted} but is not valid UTF-8; {how}"
            : $"not UTF-8 and no charset declared; {how}";
        return new DecodedText(encoding.GetString(bytes), encoding.WebName, warning);
    }

    /// <summary>The <c>charset=</c> parameter of a Content-Type value, if any.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }
        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Looks up an encoding by web name, tolerating common aliases; null when unknown.</summary>
    public static Encoding? GetEncoding(string name)
    {
        var trimmed = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // Browsers read latin-1 and ascii labels as windows-1252 (WHATWG Encoding Standard); so do we.
        if (trimmed is "iso-8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii")
        {
            trimmed = trimmed.Contains("ascii", StringComparison.Ordinal) ? "utf-8" : "windows-1252";
        }
        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }
        return (null, 0);
    }

    /// <summary>Finds an XML or HTML charset declaration in the first 4 KiB (read as ASCII).</summary>
    private static string? SniffDeclaration(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var xml = XmlEncoding().Match(head);
        if (xml.Success)
        {
            return xml.Groups[1].Value;
        }
        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups[1].Value : null;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<\?xml[^>]*\bencoding\s*=\s*[""']([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}

/// <summary>Decoded text, the encoding it was read with, and a warning when that was detected or repaired.</summary>
public readonly record struct DecodedText(string Text, string Encoding, string? Warning);
