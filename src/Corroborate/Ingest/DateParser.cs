using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Documents;

namespace Corroborate.Ingest;

/// <summary>
/// Reads publication dates in the forms news inputs use: ISO 8601 (with or without time and zone),
/// RFC 822/1123 (feeds, HTTP, WARC), numeric datelines (<c>08/12/2023 - 14:21</c>) and written dates
/// (<c>7 December 2023</c>, <c>Dec. 7, 2023 10:30 AM</c>). The result keeps the precision the text had.
/// </summary>
/// <remarks>
/// Numeric dates with slashes or dots are read day-first (<c>08/12/2023</c> is 8 December), as most of
/// the world's outlets write them, unless the first number cannot be a day-of-month pair with the
/// second (<c>12/25/2023</c> is read month-first).
/// </remarks>
public static partial class DateParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1,
        ["feb"] = 2,
        ["mar"] = 3,
        ["apr"] = 4,
        ["may"] = 5,
        ["jun"] = 6,
        ["jul"] = 7,
        ["aug"] = 8,
        ["sep"] = 9,
        ["sept"] = 9,
        ["oct"] = 10,
        ["nov"] = 11,
        ["dec"] = 12,
    };

    // RFC 822 zone names; military single letters are too rare in news to be worth the ambiguity.
    private static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0,
        ["UTC"] = 0,
        ["GMT"] = 0,
        ["Z"] = 0,
        ["EST"] = -5,
        ["EDT"] = -4,
        ["CST"] = -6,
        ["CDT"] = -5,
        ["MST"] = -7,
        ["MDT"] = -6,
        ["PST"] = -8,
        ["PDT"] = -7,
        ["BST"] = 1,
        ["CET"] = 1,
        ["CEST"] = 2,
        ["EET"] = 2,
        ["EEST"] = 3,
        ["MSK"] = 3,
    };

    /// <summary>Parses <paramref name="text"/>, or returns null when it holds no date we can trust.</summary>
    public static PublicationDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var s = text.Trim();
        return ParseIso(s) ?? ParseNumeric(s) ?? ParseWritten(s);
    }

    private static PublicationDate? ParseIso(string s)
    {
        var m = Iso().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var year = Int(m.Groups["y"]);
        var month = m.Groups["mo"].Success ? Int(m.Groups["mo"]) : 1;
        var day = m.Groups["d"].Success ? Int(m.Groups["d"]) : 1;
        var precision = m.Groups["d"].Success ? DatePrecision.Day : m.Groups["mo"].Success ? DatePrecision.Month : DatePrecision.Year;
        int hour = 0, minute = 0, second = 0;
        if (m.Groups["h"].Success)
        {
            hour = Int(m.Groups["h"]);
            minute = Int(m.Groups["mi"]);
            precision = DatePrecision.Minute;
            if (m.Groups["s"].Success)
            {
                second = Int(m.Groups["s"]);
                precision = DatePrecision.Second;
            }
        }
        TimeSpan? offset = null;
        if (m.Groups["z"].Success)
        {
            offset = ParseOffset(m.Groups["z"].Value);
        }
        return Make(year, month, day, hour, minute, second, precision, offset);
    }

    private static PublicationDate? ParseNumeric(string s)
    {
        var m = Numeric().Match(s);
        if (!m.Success)
        {
            return null;
        }
        int a = Int(m.Groups["a"]), b = Int(m.Groups["b"]), year = Int(m.Groups["y"]);
        if (year < 100)
        {
            year += year < 70 ? 2000 : 1900;
        }
        var (day, month) = a > 12 || b <= 12 ? (a, b) : (b, a);
        return WithTime(year, month, day, m);
    }

    private static PublicationDate? ParseWritten(string s)
    {
        var m = WrittenDayFirst().Match(s);
        if (!m.Success)
        {
            m = WrittenMonthFirst().Match(s);
        }
        if (!m.Success)
        {
            m = WrittenMonthYear().Match(s);
            if (m.Success && Months.TryGetValue(m.Groups["mon"].Value[..3], out var onlyMonth))
            {
                return Make(Int(m.Groups["y"]), onlyMonth, 1, 0, 0, 0, DatePrecision.Month, null);
            }
            return null;
        }
        var name = m.Groups["mon"].Value;
        if (!Months.TryGetValue(name.Length > 3 && name.StartsWith("sept", StringComparison.OrdinalIgnoreCase) ? "sept" : name[..3], out var month))
        {
            return null;
        }
        var year = Int(m.Groups["y"]);
        if (year < 100)
        {
            year += year < 70 ? 2000 : 1900;
        }
        return WithTime(year, month, Int(m.Groups["d"]), m);
    }

    private static PublicationDate? WithTime(int year, int month, int day, Match m)
    {
        if (!m.Groups["h"].Success)
        {
            return Make(year, month, day, 0, 0, 0, DatePrecision.Day, null);
        }
        var hour = Int(m.Groups["h"]);
        var minute = Int(m.Groups["mi"]);
        var precision = DatePrecision.Minute;
        var second = 0;
        if (m.Groups["s"].Success)
        {
            second = Int(m.Groups["s"]);
            precision = DatePrecision.Second;
        }
        if (m.Groups["ampm"].Success)
        {
            var pm = m.Groups["ampm"].Value.StartsWith('p') || m.Groups["ampm"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }
        TimeSpan? offset = m.Groups["z"].Success ? ParseOffset(m.Groups["z"].Value) : null;
        return Make(year, month, day, hour, minute, second, precision, offset);
    }

    private static TimeSpan? ParseOffset(string zone)
    {
        if (Zones.TryGetValue(zone, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }
        var m = Offset().Match(zone);
        if (!m.Success)
        {
            return null;
        }
        var span = new TimeSpan(Int(m.Groups["h"]), m.Groups["m"].Success ? Int(m.Groups["m"]) : 0, 0);
        return m.Groups["sign"].Value == "-" ? -span : span;
    }

    private static PublicationDate? Make(int year, int month, int day, int hour, int minute, int second, DatePrecision precision, TimeSpan? offset)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60 || (offset is { } o && Math.Abs(o.TotalHours) > 14))
        {
            return null;
        }
        return new PublicationDate(new DateTime(year, month, day, hour, minute, Math.Min(second, 59)), precision, offset);
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<mo>\d{1,2})(?:-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|[A-Z]{3,4})?)?)?)?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<a>\d{1,2})[./](?<b>\d{1,2})[./](?<y>\d{4}|\d{2})(?:[\s,\-–|]+(?<h>\d{1,2})[:.](?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?\s*(?<z>[A-Z]{2,4}|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex Numeric();

    // "Thu, 07 Dec 2023 14:21:00 +0400", "7 December 2023", "07 Dec 2023 14:21 GMT"
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4}|\d{2})(?:,?\s+(?:at\s+)?(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?\s*(?<z>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?)?\s*$")]
    private static partial Regex WrittenDayFirst();

    // "December 7, 2023", "Dec. 7, 2023 10:30 AM EST", "Thursday, December 7, 2023"
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?:,?\s+(?:at\s+)?(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?\s*(?<z>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?)?\s*$")]
    private static partial Regex WrittenMonthFirst();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]{3,9})\.?\s+(?<y>\d{4})$")]
    private static partial Regex WrittenMonthYear();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})?$")]
    private static partial Regex Offset();
}
