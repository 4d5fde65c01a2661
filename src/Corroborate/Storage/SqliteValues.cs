using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corroborate.Documents;

namespace Corroborate.Storage;

/// <summary>How model values are written to and read from columns.</summary>
internal static class SqliteValues
{
    // Authors stay readable (and searchable with LIKE) in the sqlite3 shell; the text is never put in HTML.
    private static readonly JsonWriterOptions AuthorsWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Column value for <c>published_utc</c>: one fixed-width form for every precision so that
    /// text order is time order; UTC when the source stated an offset, else its local wall-clock time.</summary>
    public static string SortableTime(PublicationDate date)
    {
        var time = date.Offset is { } offset ? date.Local - offset : date.Local;
        return time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string AuthorsJson(IReadOnlyList<string> authors)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, AuthorsWriterOptions))
        {
            writer.WriteStartArray();
            foreach (var author in authors)
            {
                writer.WriteStringValue(author);
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<string> ParseAuthors(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(author => author.GetString()!)];
    }
}
