using System.Text;
using System.Text.Json;

namespace Corroborate.Ingest.Readers;

/// <summary>Small helpers the JSON readers share: field access by alternative names, authors, errors.</summary>
internal static class JsonText
{
    /// <summary>Lenient about trailing commas, strict about depth (hostile nesting fails fast).</summary>
    public static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>The bytes as UTF-8 JSON: a BOM dropped, other encodings decoded and re-encoded (and reported).</summary>
    public static ReadOnlyMemory<byte> Utf8(byte[] bytes, Action<string>? warn = null)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return bytes.AsMemory(3);
        }
        if (TextDecoder.IsValidUtf8(span))
        {
            return bytes;
        }
        var decoded = TextDecoder.Decode(span, null);
        if (decoded.Warning is { } warning)
        {
            warn?.Invoke(warning);
        }
        return Encoding.UTF8.GetBytes(decoded.Text);
    }

    /// <summary>The first of <paramref name="names"/> that holds a non-blank string (or a number, as text).</summary>
    public static string? String(JsonElement element, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                continue;
            }
            switch (value.ValueKind)
            {
                case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()):
                    return value.GetString()!.Trim();
                case JsonValueKind.Number:
                    return value.GetRawText();
                case JsonValueKind.Object when String(value, "name") is { } nested:
                    return nested;
            }
        }
        return null;
    }

    /// <summary>Authors from <c>authors</c> or <c>author</c>: a string, an object with a name, or an array of either.</summary>
    public static IReadOnlyList<string> Authors(JsonElement element)
    {
        var names = new List<string>();
        foreach (var key in (ReadOnlySpan<string>)["authors", "author", "byline", "creator"])
        {
            if (element.TryGetProperty(key, out var value))
            {
                Collect(value, names);
            }
            if (names.Count > 0)
            {
                break;
            }
        }
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static void Collect(JsonElement value, List<string> names)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                names.AddRange(Html.HtmlMetadata.SplitAuthors(value.GetString()!));
                break;
            case JsonValueKind.Object when String(value, "name") is { } name:
                names.Add(name);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Collect(item, names);
                }
                break;
        }
    }

    /// <summary>System.Text.Json's reason without its position suffix (the caller names the line).</summary>
    public static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }
        return (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
    }

    public static string? Line(JsonException e) => e.LineNumber is { } line ? $"line {line + 1}" : null;
}
