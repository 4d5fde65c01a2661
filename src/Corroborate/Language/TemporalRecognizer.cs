using System.Collections.ObjectModel;
using System.Globalization;

namespace Corroborate.Language;

/// <summary>
/// Finds DATE and TIME mentions in one sentence's words and resolves them, TIMEX3-style, against the
/// article's publication date: absolute dates (<c>7 December 2023</c>, <c>Dec. 7</c>, <c>2023-12-07</c>,
/// <c>08/12/2023</c>, <c>December 2020</c>, <c>2020</c>, <c>the 1990s</c>, <c>the 19th century</c>),
/// weekdays and deictic dates (<c>Thursday</c>, <c>yesterday</c>, <c>last week</c>, <c>this autumn</c>),
/// ranges (<c>the past few months</c>, <c>earlier this year</c>, <c>recent days</c>), points counted back
/// (<c>three years ago</c>), durations (<c>for two weeks</c>) and times (<c>10:30</c>, <c>6 p.m.</c>,
/// <c>Thursday evening</c>, <c>midnight</c>).
/// </summary>
/// <remarks>
/// Values are ISO 8601 / TIMEX3 (<see cref="Entity.Value"/>); <see cref="Entity.Precision"/> names the
/// grain. Decisions:
/// <list type="bullet">
/// <item>Without a publication date only absolute mentions get a value; relative ones keep their label and
/// precision with a null value. A clock time with no day to hang on keeps its clock part: <c>T14:21</c>.</item>
/// <item>Numeric dates with slashes are read day-first, as <see cref="Ingest.DateParser"/> reads datelines,
/// unless the first number cannot be a month's day-of pair with the second (<c>12/25/2023</c> is month-first);
/// when both readings are valid and the publication date is known, the reading nearer to it wins
/// (<c>08/12/2023</c> published 2023-12-07 is 8 December; <c>12/7/2023</c> is 7 December). Dots are always
/// day-first, hyphens year-first.</item>
/// <item>A weekday is the most recent one on or before publication (news reports what happened); <c>last</c>
/// means strictly before, <c>next</c> strictly after, and <c>this</c>, <c>coming</c> or a future auxiliary
/// shortly before it (<c>will meet on Monday</c>) the first on or after. A month or month-day without a
/// year is in the publication year, or the first one on or after publication with the same future cues.</item>
/// <item>A part of the day is TIME (OntoNotes: units smaller than a day): <c>Thursday evening</c> →
/// <c>2023-12-07TEV</c>, precision <c>part-of-day</c>; <c>tonight</c> → <c>…TNI</c>.</item>
/// <item>Ranges are closed intervals of days, <c>start/end</c>, ending or starting at publication. An exact
/// count counts back exactly (<c>the past three years</c> → <c>2020-12-07/2023-12-07</c>); a vague one
/// (<c>few</c>, <c>several</c>, <c>recent</c>: 3; <c>a couple of</c>: 2) also widens to the start of its
/// unit (<c>the past few months</c> → <c>2023-09-01/2023-12-07</c>). <c>earlier this year</c> is
/// <c>2023-01-01/2023-12-07</c>, <c>later this month</c> <c>2023-12-07/2023-12-31</c>.</item>
/// <item><c>N units ago</c> is a point at the unit's grain (<c>three years ago</c> → <c>2020</c>,
/// <c>a few months ago</c> → <c>2023-09</c>).</item>
/// <item>Durations are DATE with precision <c>duration</c> only after a cue — <c>for</c>, <c>over</c>,
/// <c>within</c>, <c>during</c>, <c>after</c>, <c>lasting</c>, <c>spanning</c>, <c>throughout</c>, with an
/// optional <c>nearly</c>, <c>more than</c> and the like between — and span the count and unit only:
/// <c>for two weeks</c> → <c>two weeks</c> <c>P2W</c>, <c>for 44 days</c> → <c>P44D</c>, <c>for years</c> →
/// <c>PXY</c>. Without a cue (<c>3 years in prison</c>) and in the adjective form (<c>44-day war</c>) they
/// are the quantity recognizer's QUANTITY.</item>
/// <item>Month names and weekdays count only capitalised (or in capitals); <c>May</c> and month
/// abbreviations only beside a day or a year, and a bare month only after a preposition or modifier
/// (<c>in March</c>, <c>since December</c>), so "I may go", "march on" and "the sun" are not dates.</item>
/// <item>A bare four-digit number from 1800 to 2100 is a year unless a unit, currency or count word
/// comes with it (<see cref="IsYear"/>).</item>
/// <item>"the" belongs to the span of decades, centuries, seasons, quarters, ranges and "the 7th of
/// December"; not to plain years (<c>the 2020 escalation</c> marks <c>2020</c>).</item>
/// </list>
/// Stateless and thread-safe; the results are read-only.
/// </remarks>
internal static class TemporalRecognizer
{
    private static readonly Dictionary<string, (int Month, bool Full)> Months = BuildMonths();

    /// <summary>Whether <paramref name="word"/> names a month ("December", "Dec", "Dec.").</summary>
    internal static bool IsMonthName(string word) => Months.ContainsKey(word);

    private static readonly Dictionary<string, (DayOfWeek Day, bool Full)> Weekdays = BuildWeekdays();

    private static readonly Dictionary<string, Grain> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = Grain.Second,
        ["seconds"] = Grain.Second,
        ["minute"] = Grain.Minute,
        ["minutes"] = Grain.Minute,
        ["hour"] = Grain.Hour,
        ["hours"] = Grain.Hour,
        ["day"] = Grain.Day,
        ["days"] = Grain.Day,
        ["week"] = Grain.Week,
        ["weeks"] = Grain.Week,
        ["month"] = Grain.Month,
        ["months"] = Grain.Month,
        ["year"] = Grain.Year,
        ["years"] = Grain.Year,
        ["decade"] = Grain.Decade,
        ["decades"] = Grain.Decade,
        ["century"] = Grain.Century,
        ["centuries"] = Grain.Century,
    };

    private static readonly Dictionary<string, string> PartsOfDay = new(StringComparer.OrdinalIgnoreCase)
    {
        ["morning"] = "MO",
        ["afternoon"] = "AF",
        ["evening"] = "EV",
        ["night"] = "NI",
    };

    private static readonly Dictionary<string, int> Seasons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = 0,
        ["summer"] = 1,
        ["autumn"] = 2,
        ["fall"] = 2,
        ["winter"] = 3,
    };

    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    // Words that start or continue a deictic expression, mapped to lower case (see MatchWords).
    private static readonly Dictionary<string, string> Keywords = BuildKeywords(
        "today", "yesterday", "tomorrow", "tonight", "noon", "midday", "midnight", "last", "this", "next", "coming", "past",
        "previous", "following", "the", "earlier", "later", "recent", "spring", "summer", "autumn", "fall", "winter", "week",
        "month", "year", "decade", "century", "weekend", "quarter");

    // Words before a bare month that make it a date ("in March"), not a name or a verb.
    private static readonly HashSet<string> MonthCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "from", "through", "to", "during", "before", "after", "between", "of", "early",
        "late", "mid", "last", "this", "next", "and", "or", "throughout", "around", "end", "beginning", "start",
    };

    // Words before a season that make it a date ("in the autumn", "this summer"), not a verb ("prices fall").
    private static readonly HashSet<string> SeasonCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "last", "next", "in", "since", "until", "by", "during", "early", "late", "mid", "past", "coming",
    };

    private static readonly HashSet<string> DurationCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "over", "within", "during", "after", "lasting", "spanning", "throughout", "lasted", "spent", "took",
    };

    // Hedges between a duration cue and the count: "for nearly two weeks", "for more than a year".
    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "under", "just", "only", "more",
        "less", "fewer", "than", "at", "least", "most", "up", "to", "another", "the", "first", "last", "past", "next",
    };

    // Words shortly before a date that put it in the future ("will meet on Monday").
    private static readonly HashSet<string> FutureCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "’ll", "shall", "wo", "upcoming", "scheduled", "due", "expected", "plans", "planned", "plan", "set",
    };

    // Words that end the search for a future cue: the report of something done.
    private static readonly HashSet<string> PastStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "announced", "reported", "was", "were", "had", "did", "stated", "added", "confirmed",
    };

    // Count words in front of a four-digit number that make it a count, not a year ("some 2000").
    private static readonly HashSet<string> CountModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "some", "nearly", "than", "around", "almost", "approximately", "roughly", "no.", "number", "#", "$", "€",
        "£", "only", "just",
    };

    private static readonly HashSet<string> Zones = new(StringComparer.Ordinal)
    {
        "GMT", "UTC", "Z", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST", "CDT", "PST", "PDT", "BST", "AZT", "AMT",
        "GET", "IST",
    };

    private enum Grain
    {
        Second,
        Minute,
        Hour,
        Day,
        Week,
        Month,
        Year,
        Decade,
        Century,
    }

    /// <summary>
    /// The DATE and TIME mentions in one sentence's words, in order and not overlapping, resolved against
    /// <paramref name="published"/> (its own calendar date and offset) where they are relative.
    /// </summary>
    public static IReadOnlyList<Entity> Find(IReadOnlyList<string> words, DateTimeOffset? published)
    {
        List<Entity>? found = null;
        var context = new Context(words, published is { } p ? DateOnly.FromDateTime(p.DateTime) : null, published);
        var i = 0;
        while (i < words.Count)
        {
            var entity = MatchAt(context, i);
            if (entity is null)
            {
                i++;
                continue;
            }
            (found ??= []).Add(entity);
            i = entity.End;
        }
        if (found is null)
        {
            return ReadOnlyCollection<Entity>.Empty;
        }
        AnchorTimes(found, context.Published);
        return found.AsReadOnly();
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a year: four digits from 1800 to 2100 with no unit,
    /// currency or count word beside it (<c>in 2020</c>, <c>December 2020</c>, <c>the 2020 escalation</c>;
    /// not <c>2020 km</c>, <c>$2000</c>, <c>some 2000</c>).
    /// </summary>
    /// <summary>Whether <paramref name="word"/> is a weekday's full name ("Wednesday", "WEDNESDAY").</summary>
    internal static bool IsWeekday(string word) => Weekdays.TryGetValue(word, out var weekday) && weekday.Full;

    internal static bool IsYear(IReadOnlyList<string> words, int i)
    {
        var w = words[i];
        if (w.Length != 4 || !char.IsAsciiDigit(w[0]) || !char.IsAsciiDigit(w[1]) || !char.IsAsciiDigit(w[2]) || !char.IsAsciiDigit(w[3]))
        {
            return false;
        }
        var year = Digits(w);
        if (year is < 1800 or > 2100)
        {
            return false;
        }
        if (i + 1 < words.Count)
        {
            var next = words[i + 1];
            if (QuantityRecognizer.IsUnitOrCurrency(next)
                || next == "-" && i + 2 < words.Count && QuantityRecognizer.IsUnitOrCurrency(words[i + 2]))
            {
                return false;
            }
        }
        if (i > 0)
        {
            var prev = words[i - 1];
            if (CountModifiers.Contains(prev) || QuantityRecognizer.IsUnitOrCurrency(prev) && prev.Length == 3 && char.IsUpper(prev[0]))
            {
                return false;
            }
        }
        if (i + 1 < words.Count && IsCountedPlural(words[i + 1]))
        {
            // "added 2000 people", "from 1000 to 2000 hires": a count of the plural after it, unless a
            // preposition makes it a time ("by 2030 emissions fall", "in 2000 troops left").
            var prev = i > 0 ? words[i - 1].ToLowerInvariant() : "";
            if (prev == "to" && i > 2 && words[i - 3].Equals("from", StringComparison.OrdinalIgnoreCase)
                && NumberWords.TryParseDigits(words[i - 2], out var low, out _) && low is < 1800 or > 2100)
            {
                return false;
            }
            return TimePrepositions.Contains(prev) || prev is "to" or "-" or "and" or "or" or "," || i > 0 && char.IsUpper(words[i - 1][0]) && i > 1;
        }
        return true;
    }

    private static readonly HashSet<string> TimePrepositions = new(StringComparer.Ordinal)
    {
        "in", "by", "since", "until", "till", "of", "during", "before", "after", "from", "through", "for", "circa", "c.", "early", "late",
        "below", "above", // "80 percent below 1990 levels"
        "mid", "spring", "summer", "autumn", "fall", "winter", "year", "season",
        // "the 2022 results", "its 2019 report", "Apple's 2023 sales": a year before the noun it dates.
        "the", "its", "their", "his", "her", "our", "this", "that", "last", "next", "'s", "’s", "s",
    };

    // Words ending in s that are not plural nouns counted by a number before them.
    private static readonly HashSet<string> NotPlurals = new(StringComparer.Ordinal)
    {
        "was", "is", "has", "as", "its", "this", "thus", "his", "hers", "ours", "yours", "theirs", "plus", "us", "less", "unless",
        "across", "always", "perhaps", "whereas", "yes", "besides", "towards", "afterwards", "does", "goes", "sees", "says", "news",
        "series", "elections", "olympics", "games", "finals", "playoffs", "census", "crisis", "status",
    };

    /// <summary>A plural common noun (<c>people</c>, <c>hires</c>, <c>troops</c>) that a number before it may count.</summary>
    private static bool IsCountedPlural(string word) =>
        word is "people" or "men" or "women" or "children"
        || word.Length > 3 && word[^1] == 's' && char.IsLower(word[0]) && word[^2] is not ('\'' or 's' or 'u' or 'i') && !NotPlurals.Contains(word);

    private sealed record Context(IReadOnlyList<string> Words, DateOnly? Published, DateTimeOffset? Moment);

    private static Entity? MatchAt(Context c, int i)
    {
        var w = c.Words[i];
        if (w.Length == 0)
        {
            return null;
        }
        // "early 2024", "late last year", "mid-December": the modifier joins the span, the value stays.
        if (w is "early" or "Early" or "late" or "Late" or "mid" or "Mid" && i + 1 < c.Words.Count)
        {
            var inner = MatchCore(c, i + 1);
            if (inner is { Precision: "month" or "year" or "decade" or "century" or "season" or "week" or "quarter" } && inner.Start == i + 1)
            {
                return inner with { Start = i };
            }
            return null;
        }
        if (w.Length > 4 && w.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            return MatchMidToken(c, i, w[4..]);
        }
        return MatchCore(c, i);
    }

    /// <summary>The longest DATE or TIME starting at <paramref name="i"/>.</summary>
    private static Entity? MatchCore(Context c, int i)
    {
        var w = c.Words[i];
        var first = w[0];
        Entity? best = null;
        if (char.IsAsciiDigit(first) || first is '\'' or '’' or 'Q')
        {
            Take(ref best, MatchNumericToken(c, i));
            Take(ref best, MatchDayMonth(c, i, i));
            Take(ref best, MatchYearOrDecade(c, i, i));
            Take(ref best, MatchCentury(c, i, i));
            Take(ref best, MatchClock(c, i));
            Take(ref best, MatchQuarter(c, i, i));
        }
        if (char.IsAsciiDigit(first) || NumberWords.IsNumberWord(w) || first is 'a' or 'A' or 'f' or 'F' or 's' or 'S'
            || Units.ContainsKey(w))
        {
            Take(ref best, MatchCountedBack(c, i));
            Take(ref best, MatchDuration(c, i));
        }
        if (NumberWords.IsNumberWord(w))
        {
            Take(ref best, MatchClock(c, i));
            Take(ref best, MatchCentury(c, i, i));
            Take(ref best, MatchQuarter(c, i, i));
        }
        if (Months.ContainsKey(w))
        {
            Take(ref best, MatchMonthFirst(c, i, i));
            Take(ref best, MatchBareMonth(c, i, i));
        }
        if (Weekdays.TryGetValue(w, out var weekday))
        {
            Take(ref best, MatchWeekdayDate(c, i));
            if (weekday.Full)
            {
                Take(ref best, MatchWeekday(c, i, i, null));
            }
        }
        if (char.IsLetter(first))
        {
            Take(ref best, MatchWords(c, i));
        }
        return best;
    }

    private static void Take(ref Entity? best, Entity? candidate)
    {
        if (candidate is not null && (best is null || candidate.End > best.End))
        {
            best = candidate;
        }
    }

    // ---- absolute dates ---------------------------------------------------------------------------

    /// <summary><c>2023-12-07</c>, <c>07.12.2023</c>, <c>08/12/2023</c>, <c>2020-2023</c>: one token.</summary>
    private static Entity? MatchNumericToken(Context c, int i)
    {
        var w = c.Words[i];
        if (w.Length < 6 || w.Length > 10)
        {
            return null;
        }
        var separator = '\0';
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var count = 0;
        var length = 0;
        var value = 0;
        foreach (var ch in w)
        {
            if (char.IsAsciiDigit(ch))
            {
                value = value * 10 + (ch - '0');
                length++;
                continue;
            }
            if (ch is not ('-' or '.' or '/') || separator != '\0' && ch != separator || length == 0 || count == 2)
            {
                return null;
            }
            separator = ch;
            parts[count] = value;
            lengths[count] = length;
            count++;
            value = 0;
            length = 0;
        }
        if (length == 0)
        {
            return null;
        }
        parts[count] = value;
        lengths[count] = length;
        count++;
        if (count == 2)
        {
            // "2020-2023": a range of years.
            if (separator == '-' && lengths[0] == 4 && lengths[1] == 4 && parts[0] is >= 1800 and <= 2100 && parts[1] > parts[0] && parts[1] <= 2100)
            {
                return Date(i, i + 1, Invariant($"{parts[0]:D4}/{parts[1]:D4}"), "range");
            }
            return null;
        }
        int year, month, day;
        if (lengths[0] == 4 && separator is '-' or '/' && lengths[1] <= 2 && lengths[2] <= 2)
        {
            (year, month, day) = (parts[0], parts[1], parts[2]);
        }
        else if (lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] is 2 or 4 && separator is '.' or '/' || lengths[2] == 4 && separator == '-'))
        {
            year = lengths[2] == 2 ? parts[2] + (parts[2] < 70 ? 2000 : 1900) : parts[2];
            (day, month) = (parts[0], parts[1]);
            if (separator == '/' && IsValid(year, parts[0], parts[1]))
            {
                // Both readings may be valid; see remarks.
                if (!IsValid(year, month, day) || c.Published is { } pub && Math.Abs(Days(year, parts[0], parts[1], pub)) < Math.Abs(Days(year, month, day, pub)))
                {
                    (day, month) = (parts[1], parts[0]);
                }
            }
        }
        else
        {
            return null;
        }
        return IsValid(year, month, day) ? Date(i, i + 1, Day(new DateOnly(year, month, day)), "day") : null;
    }

    private static int Days(int year, int month, int day, DateOnly pub) =>
        IsValid(year, month, day) ? new DateOnly(year, month, day).DayNumber - pub.DayNumber : int.MaxValue;

    /// <summary><c>7 December 2023</c>, <c>7th of Dec.</c>, <c>the 7th of December</c>, <c>7-8 December</c>.</summary>
    private static Entity? MatchDayMonth(Context c, int i, int start)
    {
        var words = c.Words;
        var j = i;
        var day = DayNumber(words[j]);
        if (day == 0)
        {
            return null;
        }
        var lastDay = 0;
        if (j + 3 < words.Count && words[j + 1] is "-" or "–" or "to" or "and" && DayNumber(words[j + 2]) is var second && second > day)
        {
            lastDay = second;
            j += 2;
        }
        j++;
        if (j + 1 < words.Count && words[j] == "of")
        {
            j++;
        }
        if (j >= words.Count || !Months.TryGetValue(words[j], out var month))
        {
            return null;
        }
        j++;
        return WithYear(c, start, j, month.Month, day, lastDay);
    }

    /// <summary><c>December 7, 2023</c>, <c>Dec. 7</c>, <c>December 7th</c>, <c>December 2020</c>, <c>December of 2020</c>.</summary>
    private static Entity? MatchMonthFirst(Context c, int i, int start)
    {
        var words = c.Words;
        if (!Months.TryGetValue(words[i], out var month) || i + 1 >= words.Count)
        {
            return null;
        }
        var j = i + 1;
        var day = DayNumber(words[j]);
        if (day > 0 && !IsYear(words, j))
        {
            var lastDay = 0;
            if (j + 2 < words.Count && words[j + 1] is "-" or "–" && DayNumber(words[j + 2]) is var second && second > day)
            {
                lastDay = second;
                j += 2;
            }
            return WithYear(c, start, j + 1, month.Month, day, lastDay);
        }
        if (j + 1 < words.Count && words[j] == "of" && IsYear(words, j + 1))
        {
            j++;
        }
        if (IsYear(words, j))
        {
            return Date(start, j + 1, Invariant($"{Digits(words[j]):D4}-{month.Month:D2}"), "month");
        }
        return null;
    }

    /// <summary>A day and month at <c>[start, j)</c>, then an optional year; a range when <paramref name="lastDay"/> is set.</summary>
    private static Entity? WithYear(Context c, int start, int j, int month, int day, int lastDay)
    {
        var words = c.Words;
        var end = j;
        int? year = null;
        var at = j < words.Count && words[j] == "," ? j + 1 : j;
        if (at < words.Count && IsYear(words, at))
        {
            year = Digits(words[at]);
            end = at + 1;
        }
        if (!IsValid(year ?? 2000, month, Math.Max(day, lastDay)))
        {
            return null;
        }
        if (year is null && c.Published is { } pub)
        {
            year = pub.Year;
            if (IsFuture(words, start) && new DateOnly(pub.Year, month, Math.Min(day, DateTime.DaysInMonth(pub.Year, month))) < pub)
            {
                year++;
            }
            if (!IsValid(year.Value, month, Math.Max(day, lastDay)))
            {
                return null;
            }
        }
        if (year is not { } y)
        {
            return Date(start, end, null, lastDay > 0 ? "range" : "day");
        }
        var first = Day(new DateOnly(y, month, day));
        return lastDay > 0
            ? Date(start, end, first + "/" + Day(new DateOnly(y, month, lastDay)), "range")
            : Date(start, end, first, "day");
    }

    /// <summary>A bare month after a preposition or modifier: <c>in March</c>, <c>since December</c>.</summary>
    private static Entity? MatchBareMonth(Context c, int i, int start)
    {
        var w = c.Words[i];
        if (!Months.TryGetValue(w, out var month) || !month.Full || w is "May" or "MAY" || i == 0 || !MonthCues.Contains(c.Words[i - 1]))
        {
            return null;
        }
        if (c.Published is not { } pub)
        {
            return Date(start, i + 1, null, "month");
        }
        var year = pub.Year;
        var prev = c.Words[i - 1];
        if (prev.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            year = month.Month < pub.Month ? pub.Year : pub.Year - 1;
        }
        else if (prev.Equals("next", StringComparison.OrdinalIgnoreCase) || IsFuture(c.Words, i) && month.Month < pub.Month)
        {
            year = month.Month > pub.Month ? pub.Year : pub.Year + 1;
        }
        return Date(start, i + 1, Invariant($"{year:D4}-{month.Month:D2}"), "month");
    }

    /// <summary><c>Thursday, December 7, 2023</c>, <c>Thu, 07 Dec 2023</c>: a weekday before a full date joins it.</summary>
    private static Entity? MatchWeekdayDate(Context c, int i)
    {
        var j = i + 1;
        if (j < c.Words.Count && c.Words[j] == ",")
        {
            j++;
        }
        if (j >= c.Words.Count)
        {
            return null;
        }
        var date = MatchDayMonth(c, j, i) ?? MatchMonthFirst(c, j, i);
        return date is { Precision: "day" or "range" } ? date : null;
    }

    /// <summary><c>2020</c>; <c>the 1990s</c> → <c>199</c>; <c>the '90s</c>; <c>the 1800s</c> → century <c>18</c>.</summary>
    private static Entity? MatchYearOrDecade(Context c, int i, int start)
    {
        var words = c.Words;
        var w = words[i];
        var withThe = start > 0 && words[start - 1] is "the" or "The" ? start - 1 : start;
        if (w.Length == 4 && w[0] is '\'' or '’' && char.IsAsciiDigit(w[1]) && char.IsAsciiDigit(w[2]) && w[3] is 's' && w[2] == '0')
        {
            var tens = (w[1] - '0') * 10;
            var century = 1900;
            if (c.Published is { } pub && 2000 + tens <= pub.Year)
            {
                century = 2000;
            }
            return Date(withThe, i + 1, Invariant($"{(century + tens) / 10}"), "decade");
        }
        // "the 1990s" is one token (as in EWT); "1990 s" two, when a text spaces it so.
        var whole = w.Length == 5 && w[4] is 's' && w[3] == '0' && char.IsAsciiDigit(w[0]);
        if (whole || w.Length == 4 && char.IsAsciiDigit(w[0]) && i + 1 < words.Count && words[i + 1] == "s" && w[3] == '0')
        {
            var decade = Digits(w.AsSpan(0, 4));
            if (decade is < 1000 or > 2100)
            {
                return null;
            }
            var end = whole ? i + 1 : i + 2;
            return decade % 100 == 0 && decade < 2000
                ? Date(withThe, end, Invariant($"{decade / 100}"), "century")
                : Date(withThe, end, Invariant($"{decade / 10}"), "decade");
        }
        return IsYear(words, i) ? Date(start, i + 1, w, "year") : null;
    }

    /// <summary><c>the 19th century</c> → <c>18</c> (TIMEX3 names a century by its first two digits).</summary>
    private static Entity? MatchCentury(Context c, int i, int start)
    {
        var words = c.Words;
        int n;
        int end;
        if (NumberWords.TryParseDigitOrdinal(words[i], out var digits))
        {
            n = digits;
            end = i + 1;
        }
        else if (NumberWords.TryParseWords(words, i, out var spelled, out end, out var ordinal) && ordinal)
        {
            n = (int)spelled;
        }
        else
        {
            return null;
        }
        if (end >= words.Count || !words[end].Equals("century", StringComparison.OrdinalIgnoreCase) || n is < 1 or > 30)
        {
            return null;
        }
        var from = start > 0 && words[start - 1] is "the" or "The" ? start - 1 : start;
        return Date(from, end + 1, Invariant($"{n - 1:D2}"), "century");
    }

    /// <summary><c>Q3 2023</c>, <c>the third quarter of 2023</c>, <c>the first quarter</c> → <c>2023-Q1</c>.</summary>
    private static Entity? MatchQuarter(Context c, int i, int start)
    {
        var words = c.Words;
        var w = words[i];
        int quarter;
        int end;
        if (w.Length == 2 && w[0] == 'Q' && w[1] is >= '1' and <= '4')
        {
            quarter = w[1] - '0';
            end = i + 1;
        }
        else if (NumberWords.TryParseWords(words, i, out var n, out var ordinalEnd, out var ordinal) && ordinal && n is >= 1 and <= 4)
        {
            var at = ordinalEnd < words.Count && words[ordinalEnd] == "-" ? ordinalEnd + 1 : ordinalEnd;
            if (at >= words.Count || !words[at].Equals("quarter", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            quarter = (int)n;
            end = at + 1;
        }
        else
        {
            return null;
        }
        var from = start > 0 && words[start - 1] is "the" or "The" ? start - 1 : start;
        var year = YearAfter(words, ref end);
        if (year is null && w[0] != 'Q' && from == start)
        {
            // "third quarter" without "the" or a year is too often a sports period or a share.
            return null;
        }
        year ??= c.Published?.Year;
        return Date(from, end, year is { } y ? Invariant($"{y:D4}-Q{quarter}") : null, "quarter");
    }

    /// <summary><c>mid-December</c>, <c>mid-2023</c>: the tokenizer keeps the prefix on.</summary>
    private static Entity? MatchMidToken(Context c, int i, string rest)
    {
        if (rest.Length == 4 && char.IsAsciiDigit(rest[0]) && Digits(rest) is >= 1800 and <= 2100)
        {
            return Date(i, i + 1, rest, "year");
        }
        if (Months.TryGetValue(rest, out var month) && month.Full)
        {
            if (i + 1 < c.Words.Count && IsYear(c.Words, i + 1))
            {
                return Date(i, i + 2, Invariant($"{Digits(c.Words[i + 1]):D4}-{month.Month:D2}"), "month");
            }
            var year = c.Published?.Year;
            return Date(i, i + 1, year is { } y ? Invariant($"{y:D4}-{month.Month:D2}") : null, "month");
        }
        return null;
    }

    // ---- weekdays and deictic words ----------------------------------------------------------------

    /// <summary><c>Thursday</c>, <c>last Thursday</c>, <c>Thursday evening</c>; <paramref name="modifier"/> is "last", "next", "this".</summary>
    private static Entity? MatchWeekday(Context c, int i, int start, string? modifier)
    {
        var words = c.Words;
        if (!Weekdays.TryGetValue(words[i], out var weekday) || !weekday.Full)
        {
            return null;
        }
        string? value = null;
        if (c.Published is { } pub)
        {
            var today = (int)pub.DayOfWeek;
            var target = (int)weekday.Day;
            var offset = modifier switch
            {
                "last" => -((today - target + 6) % 7 + 1),
                "next" => (target - today + 6) % 7 + 1,
                "this" or "coming" => (target - today + 7) % 7,
                _ => IsFuture(words, start) ? (target - today + 7) % 7 : -((today - target + 7) % 7),
            };
            value = Day(pub.AddDays(offset));
        }
        if (i + 1 < words.Count && PartsOfDay.TryGetValue(words[i + 1], out var part))
        {
            return Time(start, i + 2, value is null ? null : value + "T" + part, "part-of-day");
        }
        return Date(start, i + 1, value, "day");
    }

    /// <summary>Deictic and relative expressions that start with a word.</summary>
    private static Entity? MatchWords(Context c, int i)
    {
        var words = c.Words;
        // One look-up decides: most words are none of these, and lower-casing each would allocate.
        if (!Keywords.TryGetValue(words[i], out var w))
        {
            return null;
        }
        var pub = c.Published;
        switch (w)
        {
            case "today" or "yesterday" or "tomorrow":
                {
                    var shift = w == "today" ? 0 : w == "yesterday" ? -1 : 1;
                    var value = pub is { } p ? Day(p.AddDays(shift)) : null;
                    if (i + 1 < words.Count && PartsOfDay.TryGetValue(words[i + 1], out var part))
                    {
                        return Time(i, i + 2, value is null ? null : value + "T" + part, "part-of-day");
                    }
                    return Date(i, i + 1, value, "day");
                }
            case "tonight":
                return Time(i, i + 1, pub is { } t ? Day(t) + "TNI" : null, "part-of-day");
            case "noon" or "midday" or "midnight":
                return Time(i, i + 1, w == "midnight" ? "T00:00" : "T12:00", "hour");
            case "last" or "this" or "next" or "coming" or "past" or "previous" or "following":
                return MatchDeictic(c, i, i, w);
            case "the":
                if (i + 1 < words.Count)
                {
                    var after = Keywords.GetValueOrDefault(words[i + 1], "");
                    if (DayNumber(words[i + 1]) > 0 && !char.IsAsciiDigit(words[i + 1][^1]))
                    {
                        // "the 7th of December"
                        return MatchDayMonth(c, i + 1, i);
                    }
                    if (after is "past" or "last" or "next" or "coming" or "previous" or "following")
                    {
                        return MatchRange(c, i, i + 1, after);
                    }
                    if (Seasons.ContainsKey(after))
                    {
                        return MatchSeason(c, i, i + 1, null);
                    }
                    if (words[i + 1] == "day" && i + 3 < words.Count && words[i + 2] is "before" or "after" && words[i + 3] is "yesterday" or "tomorrow")
                    {
                        var shift = words[i + 2] == "before" ? -2 : 2;
                        return Date(i, i + 4, pub is { } p ? Day(p.AddDays(shift)) : null, "day");
                    }
                }
                return null;
            case "earlier" or "later":
                return MatchEarlierLater(c, i, w == "earlier");
            case "recent":
                return MatchRecent(c, i, i);
            default:
                if (Seasons.ContainsKey(w) && i > 0 && SeasonCues.Contains(words[i - 1]))
                {
                    return MatchSeason(c, i, i, null);
                }
                return null;
        }
    }

    /// <summary><c>last week</c>, <c>this year</c>, <c>next month</c>, <c>last Thursday</c>, <c>this autumn</c>, <c>last December</c>.</summary>
    private static Entity? MatchDeictic(Context c, int start, int i, string modifier)
    {
        var words = c.Words;
        if (i + 1 >= words.Count)
        {
            return null;
        }
        var next = words[i + 1];
        if (PartsOfDay.TryGetValue(next, out var part) && modifier is "this" or "last")
        {
            // "this morning", "last night" (and "last evening"): parts of the publication day or the one before.
            var day = c.Published is { } p ? Day(p.AddDays(modifier == "last" ? -1 : 0)) : null;
            return modifier == "this" || part is "NI" or "EV" ? Time(start, i + 2, day is null ? null : day + "T" + part, "part-of-day") : null;
        }
        if (modifier is "past" or "previous" or "following")
        {
            // "past week" without "the" reads as "the past week".
            return modifier == "past" ? MatchRange(c, start, i, modifier) : null;
        }
        if (Weekdays.TryGetValue(next, out var weekday) && weekday.Full)
        {
            return MatchWeekday(c, i + 1, start, modifier);
        }
        if (Months.TryGetValue(next, out var month) && month.Full)
        {
            if (c.Published is not { } mp)
            {
                return Date(start, i + 2, null, "month");
            }
            var year = modifier switch
            {
                "last" => month.Month < mp.Month ? mp.Year : mp.Year - 1,
                "next" or "coming" => month.Month > mp.Month ? mp.Year : mp.Year + 1,
                _ => mp.Year,
            };
            return Date(start, i + 2, Invariant($"{year:D4}-{month.Month:D2}"), "month");
        }
        if (Seasons.ContainsKey(next))
        {
            return MatchSeason(c, start, i + 1, modifier);
        }
        var lower = Keywords.GetValueOrDefault(next, "");
        if (modifier == "coming" || !(lower is "week" or "month" or "year" or "decade" or "century" or "weekend" or "quarter"))
        {
            return null;
        }
        var end = i + 2;
        var shift = modifier switch { "last" => -1, "next" => 1, _ => 0 };
        if (c.Published is not { } pub)
        {
            return Date(start, end, null, lower == "weekend" ? "week" : lower);
        }
        switch (lower)
        {
            case "week":
                return Date(start, end, Week(pub.AddDays(7 * shift)), "week");
            case "weekend":
                return Date(start, end, Week(pub.AddDays(7 * shift)) + "-WE", "week");
            case "month":
                var m = pub.AddMonths(shift);
                return Date(start, end, Invariant($"{m.Year:D4}-{m.Month:D2}"), "month");
            case "quarter":
                var q = pub.AddMonths(3 * shift);
                return Date(start, end, Invariant($"{q.Year:D4}-Q{(q.Month - 1) / 3 + 1}"), "quarter");
            case "year":
                return Date(start, end, Invariant($"{pub.Year + shift:D4}"), "year");
            case "decade":
                return Date(start, end, Invariant($"{pub.Year / 10 + shift}"), "decade");
            default:
                return Date(start, end, Invariant($"{pub.Year / 100 + shift:D2}"), "century");
        }
    }

    /// <summary>A year right after a quarter or season, alone or after "of" ("summer 2023", "the third quarter
    /// of 2023"); <paramref name="end"/> moves past it.</summary>
    private static int? YearAfter(IReadOnlyList<string> words, ref int end)
    {
        if (end < words.Count && IsYear(words, end))
        {
            return Digits(words[end++]);
        }
        if (end + 1 < words.Count && words[end] == "of" && IsYear(words, end + 1))
        {
            end += 2;
            return Digits(words[end - 1]);
        }
        return null;
    }

    /// <summary><c>this autumn</c> → <c>2023-FA</c>, <c>last winter</c>, <c>the summer of 2023</c>, <c>summer 2023</c>.</summary>
    private static Entity? MatchSeason(Context c, int start, int i, string? modifier)
    {
        var words = c.Words;
        var season = Seasons[words[i]];
        var end = i + 1;
        var year = YearAfter(words, ref end);
        if (year is null && (end < words.Count && words[end] == "of" || words[i] is "fall" or "Fall" && start == i && !(i > 0 && words[i - 1] is "in" or "by" or "since" or "until" or "early" or "late")))
        {
            // "the spring of discontent", "the fall of the regime", "prices fall" are not seasons.
            return null;
        }
        if (year is null && c.Published is { } pub)
        {
            // Winter is named by the year of its December; Dec–Feb, Mar–May, Jun–Aug, Sep–Nov.
            var current = pub.Month == 12 ? pub.Year * 4 + 3 : pub.Month <= 2 ? (pub.Year - 1) * 4 + 3 : pub.Year * 4 + (pub.Month - 3) / 3;
            var thisYear = season == 3 && pub.Month <= 2 ? pub.Year - 1 : pub.Year;
            var key = thisYear * 4 + season;
            if (modifier == "last")
            {
                key = key < current ? key : key - 4;
            }
            else if (modifier is "next" or "coming")
            {
                key = key > current ? key : key + 4;
            }
            year = key / 4;
        }
        return Date(start, end, year is { } y ? Invariant($"{y:D4}-{SeasonCodes[season]}") : null, "season");
    }

    /// <summary>
    /// <c>the past few months</c>, <c>the last three years</c>, <c>the next two weeks</c>, <c>the past week</c>
    /// (<paramref name="i"/> is at past/last/next/coming; see remarks for the values).
    /// </summary>
    private static Entity? MatchRange(Context c, int start, int i, string direction)
    {
        var words = c.Words;
        var j = i + 1;
        if (j >= words.Count)
        {
            return null;
        }
        double count = 1;
        var vague = false;
        if (TryCount(words, j, out var n, out var countEnd, out var isVague))
        {
            count = n;
            vague = isVague;
            j = countEnd;
        }
        if (j >= words.Count || !Units.TryGetValue(words[j], out var grain))
        {
            return null;
        }
        var end = j + 1;
        var counted = j > i + 1;
        if (!counted && words[j].EndsWith('s'))
        {
            // "the past months": as vague as "the past few months".
            (count, vague) = (3, true);
        }
        else if (!counted && (direction is "following" or "previous" || grain is Grain.Day or Grain.Hour or Grain.Minute or Grain.Second))
        {
            // "the next day", "the following week": told from the events, not from publication; "the last day
            // of the summit" is no range at all.
            return direction is "last" or "past" && grain is Grain.Day ? null : Date(start, end, null, PrecisionOf(grain));
        }
        if (direction is "previous" or "following")
        {
            // Counted from the events told, not from publication.
            return Date(start, end, null, "range");
        }
        if (c.Published is not { } pub || count != Math.Floor(count))
        {
            return Date(start, end, null, "range");
        }
        var past = direction is "past" or "last";
        var (from, to) = past ? (Shift(c, grain, -(int)count), pub) : (pub, Shift(c, grain, (int)count));
        if (vague)
        {
            (from, to) = past ? (StartOf(from, grain), to) : (from, EndOf(to, grain));
        }
        return Date(start, end, Day(from) + "/" + Day(to), "range");
    }

    /// <summary><c>recent days</c>, <c>recent months</c>: the vague past, as <c>the past few</c>.</summary>
    private static Entity? MatchRecent(Context c, int start, int i)
    {
        var words = c.Words;
        if (i + 1 >= words.Count || !Units.TryGetValue(words[i + 1], out var grain) || !words[i + 1].EndsWith('s'))
        {
            return null;
        }
        var from = start > 0 && words[start - 1] is "the" or "The" ? start - 1 : start;
        if (c.Published is not { } pub)
        {
            return Date(from, i + 2, null, "range");
        }
        return Date(from, i + 2, Day(StartOf(Shift(c, grain, -3), grain)) + "/" + Day(pub), "range");
    }

    /// <summary><c>earlier this year</c>, <c>later this month</c>, <c>earlier this week</c>.</summary>
    private static Entity? MatchEarlierLater(Context c, int i, bool earlier)
    {
        var words = c.Words;
        if (i + 2 >= words.Count || !words[i + 1].Equals("this", StringComparison.OrdinalIgnoreCase)
            || !Units.TryGetValue(words[i + 2], out var grain) || grain is not (Grain.Week or Grain.Month or Grain.Year))
        {
            return null;
        }
        if (c.Published is not { } pub)
        {
            return Date(i, i + 3, null, "range");
        }
        var value = earlier ? Day(StartOf(pub, grain)) + "/" + Day(pub) : Day(pub) + "/" + Day(EndOf(pub, grain));
        return Date(i, i + 3, value, "range");
    }

    // ---- counted expressions -----------------------------------------------------------------------

    /// <summary><c>three years ago</c> → <c>2020</c>; <c>a few months ago</c> → <c>2023-09</c>; <c>two hours ago</c> (TIME).</summary>
    private static Entity? MatchCountedBack(Context c, int i)
    {
        var words = c.Words;
        if (!TryCount(words, i, out var count, out var j, out _) || j + 1 >= words.Count
            || !Units.TryGetValue(words[j], out var grain) || !words[j + 1].Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var end = j + 2;
        var n = (int)Math.Round(count);
        if (grain is Grain.Hour or Grain.Minute or Grain.Second)
        {
            if (c.Moment is not { } moment)
            {
                return Time(i, end, null, grain == Grain.Hour ? "hour" : "minute");
            }
            var then = grain switch { Grain.Hour => moment.AddHours(-n), Grain.Minute => moment.AddMinutes(-n), _ => moment.AddSeconds(-n) };
            return grain == Grain.Hour
                ? Time(i, end, then.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture), "hour")
                : Time(i, end, then.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), "minute");
        }
        if (c.Published is null)
        {
            return Date(i, end, null, PrecisionOf(grain));
        }
        var point = Shift(c, grain, -n);
        return Date(i, end, Point(point, grain), PrecisionOf(grain));
    }

    /// <summary><c>for two weeks</c> → span <c>two weeks</c>, <c>P2W</c>; <c>for years</c> → <c>PXY</c> (see remarks).</summary>
    private static Entity? MatchDuration(Context c, int i)
    {
        var words = c.Words;
        if (!HasDurationCue(words, i))
        {
            return null;
        }
        // "for years", "for months": a plural unit alone.
        if (Units.TryGetValue(words[i], out var bare))
        {
            if (!words[i].EndsWith('s') || i + 1 < words.Count && words[i + 1].Equals("ago", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            return Date(i, i + 1, Duration(bare, null), "duration") with { Unit = UnitName(bare) };
        }
        if (!TryCount(words, i, out var count, out var j, out var vague) || j >= words.Count || !Units.TryGetValue(words[j], out var grain)
            || j + 1 < words.Count && words[j + 1].Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return Date(i, j + 1, Duration(grain, vague ? null : count), "duration") with { Number = vague ? null : count, Unit = UnitName(grain) };
    }

    private static bool HasDurationCue(IReadOnlyList<string> words, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (DurationCues.Contains(words[k]))
            {
                return true;
            }
            if (!Hedges.Contains(words[k]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A count before a unit: digits, number words, <c>a</c>/<c>an</c>, or the vague <c>a few</c>, <c>several</c>, <c>a couple of</c>.</summary>
    private static bool TryCount(IReadOnlyList<string> words, int i, out double count, out int end, out bool vague)
    {
        vague = false;
        var w = words[i];
        if (NumberWords.TryParseDigits(w, out count, out _) && count >= 0)
        {
            end = i + 1;
            return true;
        }
        if (w is "a" or "A" or "an" or "An")
        {
            if (i + 1 < words.Count && words[i + 1].Equals("few", StringComparison.OrdinalIgnoreCase))
            {
                (count, end, vague) = (3, i + 2, true);
                return true;
            }
            if (i + 2 < words.Count && words[i + 1].Equals("couple", StringComparison.OrdinalIgnoreCase) && words[i + 2] == "of")
            {
                (count, end, vague) = (2, i + 3, true);
                return true;
            }
            if (i + 1 < words.Count && Units.ContainsKey(words[i + 1]))
            {
                (count, end) = (1, i + 1);
                return true;
            }
        }
        if (w.Equals("few", StringComparison.OrdinalIgnoreCase) || w.Equals("several", StringComparison.OrdinalIgnoreCase))
        {
            (count, end, vague) = (3, i + 1, true);
            return true;
        }
        if (NumberWords.TryParseWords(words, i, out count, out end, out var ordinal) && !ordinal)
        {
            return true;
        }
        (count, end) = (0, i);
        return false;
    }

    // ---- times -------------------------------------------------------------------------------------

    /// <summary><c>10:30</c>, <c>18:00 local time</c>, <c>6 p.m.</c>, <c>7:30pm</c>, <c>six o'clock</c>.</summary>
    private static Entity? MatchClock(Context c, int i)
    {
        var words = c.Words;
        var w = words[i];
        int hour, minute = 0, second = -1;
        var end = i + 1;
        var precision = "minute";
        var colon = w.IndexOf(':', StringComparison.Ordinal);
        if (colon is 1 or 2 && w.Length is 4 or 5 or 7 or 8)
        {
            if (!TryClock(w, colon, out hour, out minute, out second))
            {
                return null;
            }
        }
        else if (NumberWords.TryParseDigits(w, out var digits, out var integer) && integer)
        {
            hour = (int)digits;
            precision = "hour";
        }
        else if (NumberWords.TryParseWords(words, i, out var spelled, out var wordsEnd, out var ordinal) && !ordinal)
        {
            hour = (int)spelled;
            end = wordsEnd;
            precision = "hour";
        }
        else
        {
            return null;
        }
        var meridiem = end < words.Count ? Meridiem(words[end]) : 0;
        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }
            hour = hour % 12 + (meridiem == 2 ? 12 : 0);
            end++;
        }
        else if (precision == "hour")
        {
            // A bare number is a time only with "o'clock".
            if (end >= words.Count || words[end] is not ("o'clock" or "o’clock") || hour is < 1 or > 12)
            {
                return null;
            }
            end++;
        }
        var zone = "";
        if (end + 1 < words.Count && words[end + 1] == "time" && (words[end] == "local" || char.IsUpper(words[end][0])))
        {
            end += 2;
        }
        else if (end < words.Count && Zones.Contains(words[end]))
        {
            zone = words[end] is "GMT" or "UTC" or "Z" ? "Z" : "";
            end++;
        }
        var clock = second >= 0 ? Invariant($"T{hour:D2}:{minute:D2}:{second:D2}") : Invariant($"T{hour:D2}:{minute:D2}");
        return Time(i, end, clock + zone, precision);
    }

    private static bool TryClock(string w, int colon, out int hour, out int minute, out int second)
    {
        hour = minute = 0;
        second = -1;
        for (var k = 0; k < w.Length; k++)
        {
            if (k != colon && !(w.Length > colon + 3 && k == colon + 3 && w[k] == ':') && !char.IsAsciiDigit(w[k]))
            {
                return false;
            }
        }
        if (w.Length < colon + 3)
        {
            return false;
        }
        hour = Digits(w.AsSpan(0, colon));
        minute = Digits(w.AsSpan(colon + 1, 2));
        if (w.Length > colon + 3)
        {
            if (w.Length != colon + 6)
            {
                return false;
            }
            second = Digits(w.AsSpan(colon + 4, 2));
        }
        return hour <= 24 && minute <= 59 && second <= 59;
    }

    /// <summary>1 for a.m., 2 for p.m., 0 otherwise.</summary>
    private static int Meridiem(string w) => w switch
    {
        "am" or "a.m." or "AM" or "A.M." or "a.m" => 1,
        "pm" or "p.m." or "PM" or "P.M." or "p.m" => 2,
        _ => 0,
    };

    /// <summary>Times found without a day take the nearest day in the sentence, else the publication day.</summary>
    private static void AnchorTimes(List<Entity> found, DateOnly? published)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var time = found[k];
            if (time.Label != EntityLabel.TIME || time.Value is not ['T', ..])
            {
                continue;
            }
            string? day = null;
            var distance = int.MaxValue;
            foreach (var other in found)
            {
                if (other.Label == EntityLabel.DATE && other.Precision == "day" && other.Value is { Length: 10 } v)
                {
                    var d = Math.Min(Math.Abs(other.End - time.Start), Math.Abs(time.End - other.Start));
                    if (d < distance)
                    {
                        (day, distance) = (v, d);
                    }
                }
            }
            day ??= published is { } p ? Day(p) : null;
            if (day is not null)
            {
                found[k] = time with { Value = day + time.Value };
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static bool IsFuture(IReadOnlyList<string> words, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            var w = words[k];
            if (PastStops.Contains(w))
            {
                return false;
            }
            if (FutureCues.Contains(w) || w == "going" && k + 1 < words.Count && words[k + 1] == "to")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A day of the month: <c>7</c>, <c>07</c>, <c>7th</c>.</summary>
    private static int DayNumber(string w)
    {
        if (w.Length is 1 or 2 && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[^1]))
        {
            var d = Digits(w);
            return d is >= 1 and <= 31 ? d : 0;
        }
        return NumberWords.TryParseDigitOrdinal(w, out var o) && o is >= 1 and <= 31 ? o : 0;
    }

    private static int Digits(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var ch in s)
        {
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static DateOnly Shift(Context c, Grain grain, int n)
    {
        var pub = c.Published!.Value;
        return grain switch
        {
            Grain.Second or Grain.Minute or Grain.Hour when c.Moment is { } m =>
                DateOnly.FromDateTime((grain == Grain.Hour ? m.AddHours(n) : grain == Grain.Minute ? m.AddMinutes(n) : m.AddSeconds(n)).DateTime),
            Grain.Second or Grain.Minute or Grain.Hour => pub,
            Grain.Day => pub.AddDays(n),
            Grain.Week => pub.AddDays(7 * n),
            Grain.Month => pub.AddMonths(n),
            Grain.Year => pub.AddYears(n),
            Grain.Decade => pub.AddYears(10 * n),
            _ => pub.AddYears(100 * n),
        };
    }

    private static DateOnly StartOf(DateOnly d, Grain grain) => grain switch
    {
        Grain.Week => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)),
        Grain.Month => new DateOnly(d.Year, d.Month, 1),
        Grain.Year => new DateOnly(d.Year, 1, 1),
        Grain.Decade => new DateOnly(d.Year - d.Year % 10, 1, 1),
        Grain.Century => new DateOnly(Math.Max(1, d.Year - d.Year % 100), 1, 1),
        _ => d,
    };

    private static DateOnly EndOf(DateOnly d, Grain grain) => grain switch
    {
        Grain.Week => StartOf(d, grain).AddDays(6),
        Grain.Month => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)),
        Grain.Year => new DateOnly(d.Year, 12, 31),
        Grain.Decade => new DateOnly(d.Year - d.Year % 10 + 9, 12, 31),
        Grain.Century => new DateOnly(d.Year - d.Year % 100 + 99, 12, 31),
        _ => d,
    };

    private static string Point(DateOnly d, Grain grain) => grain switch
    {
        Grain.Week => Week(d),
        Grain.Month => Invariant($"{d.Year:D4}-{d.Month:D2}"),
        Grain.Year => Invariant($"{d.Year:D4}"),
        Grain.Decade => Invariant($"{d.Year / 10}"),
        Grain.Century => Invariant($"{d.Year / 100:D2}"),
        _ => Day(d),
    };

    private static string PrecisionOf(Grain grain) => grain switch
    {
        Grain.Second or Grain.Minute => "minute",
        Grain.Hour => "hour",
        Grain.Day => "day",
        Grain.Week => "week",
        Grain.Month => "month",
        Grain.Year => "year",
        Grain.Decade => "decade",
        _ => "century",
    };

    private static string UnitName(Grain grain) => grain.ToString().ToLowerInvariant();

    /// <summary>ISO 8601 duration; decades and centuries in years, as ISO has no unit for them; <c>X</c> for an unknown count.</summary>
    private static string Duration(Grain grain, double? count)
    {
        var n = count is { } v ? NumberWords.Format(grain switch { Grain.Decade => v * 10, Grain.Century => v * 100, _ => v }) : "X";
        return grain switch
        {
            Grain.Second => "PT" + n + "S",
            Grain.Minute => "PT" + n + "M",
            Grain.Hour => "PT" + n + "H",
            Grain.Day => "P" + n + "D",
            Grain.Week => "P" + n + "W",
            Grain.Month => "P" + n + "M",
            Grain.Decade when count is null => "PXDE",
            Grain.Century when count is null => "PXCE",
            _ => "P" + n + "Y",
        };
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Week(DateOnly d) =>
        Invariant($"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static Entity Date(int start, int end, string? value, string precision) =>
        new(EntityLabel.DATE, start, end) { Value = value, Precision = precision };

    private static Entity Time(int start, int end, string? value, string precision) =>
        new(EntityLabel.TIME, start, end) { Value = value, Precision = precision };

    private static Dictionary<string, string> BuildKeywords(params string[] words)
    {
        var keywords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            keywords[word] = word;
        }
        return keywords;
    }

    private static Dictionary<string, (int Month, bool Full)> BuildMonths()
    {
        string[] names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        var months = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        for (var m = 0; m < names.Length; m++)
        {
            // Capitalised or in capitals only: "march on" and "may" are not months.
            months[names[m]] = (m + 1, true);
            months[names[m].ToUpperInvariant()] = (m + 1, true);
            var abbreviation = names[m][..3];
            if (abbreviation != "May")
            {
                months[abbreviation] = (m + 1, false);
                months[abbreviation + "."] = (m + 1, false);
                months[abbreviation.ToUpperInvariant()] = (m + 1, false);
            }
        }
        months["Sept"] = (9, false);
        months["Sept."] = (9, false);
        return months;
    }

    private static Dictionary<string, (DayOfWeek, bool)> BuildWeekdays()
    {
        var days = new Dictionary<string, (DayOfWeek, bool)>(StringComparer.Ordinal);
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString();
            days[name] = (day, true);
            days[name.ToUpperInvariant()] = (day, true);
            // Abbreviations only ever join a full date ("Thu, 07 Dec 2023"); "Sun" and "Sat" are words too.
            days[name[..3]] = (day, false);
            days[name[..3] + "."] = (day, false);
        }
        foreach (var (abbreviation, day) in (ReadOnlySpan<(string, DayOfWeek)>)[("Tues", DayOfWeek.Tuesday), ("Thur", DayOfWeek.Thursday), ("Thurs", DayOfWeek.Thursday)])
        {
            days[abbreviation] = (day, false);
            days[abbreviation + "."] = (day, false);
        }
        return days;
    }
}
