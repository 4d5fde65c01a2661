using System.Globalization;

namespace Corroborate.Documents;

/// <summary>How much of a <see cref="PublicationDate"/> the source actually stated.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    Minute,
    Second,
}

/// <summary>
/// When an article was published, as precisely as its source said and no more precisely.
/// </summary>
/// <remarks>
/// A dateline such as <c>08/12/2023 - 14:21</c> gives a wall-clock time with no zone, so
/// <see cref="Offset"/> is null and the value is the outlet's local time. An ISO or RFC 822 date
/// with a zone keeps its offset. Parts finer than <see cref="Precision"/> are zero and mean nothing.
/// Immutable and thread-safe.
/// </remarks>
public sealed record PublicationDate
{
    public PublicationDate(DateTime local, DatePrecision precision, TimeSpan? offset = null)
    {
        Local = DateTime.SpecifyKind(Truncate(local, precision), DateTimeKind.Unspecified);
        Precision = precision;
        Offset = precision >= DatePrecision.Minute ? offset : null;
    }

    /// <summary>The stated wall-clock date and time, zeroed below <see cref="Precision"/>.</summary>
    public DateTime Local { get; }

    public DatePrecision Precision { get; }

    /// <summary>The UTC offset the source stated, or null when it stated none.</summary>
    public TimeSpan? Offset { get; }

    /// <summary>ISO 8601 text with exactly the stated precision: <c>2023-12</c>, <c>2023-12-07</c>,
    /// <c>2023-12-08T14:21</c>, <c>2023-12-07T10:00:00+04:00</c>.</summary>
    public override string ToString()
    {
        var text = Precision switch
        {
            DatePrecision.Year => Local.ToString("yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => Local.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DatePrecision.Day => Local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Minute => Local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            _ => Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        };
        if (Offset is { } offset)
        {
            text += offset == TimeSpan.Zero
                ? "Z"
                : (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        }
        return text;
    }

    /// <summary>Parses the output of <see cref="ToString"/> back (used by storage).</summary>
    public static PublicationDate Parse(string text, DatePrecision precision)
    {
        if (precision <= DatePrecision.Day)
        {
            var padded = precision switch
            {
                DatePrecision.Year => text + "-01-01",
                DatePrecision.Month => text + "-01",
                _ => text,
            };
            return new PublicationDate(DateTime.ParseExact(padded, "yyyy-MM-dd", CultureInfo.InvariantCulture), precision);
        }
        var hasOffset = text.EndsWith('Z') || (text.Length > 19 && (text[^6] == '+' || text[^6] == '-'));
        if (hasOffset)
        {
            var dto = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
            return new PublicationDate(dto.DateTime, precision, dto.Offset);
        }
        return new PublicationDate(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None), precision);
    }

    private static DateTime Truncate(DateTime value, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateTime(value.Year, 1, 1),
        DatePrecision.Month => new DateTime(value.Year, value.Month, 1),
        DatePrecision.Day => value.Date,
        DatePrecision.Minute => new DateTime(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0),
        _ => new DateTime(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second),
    };
}
