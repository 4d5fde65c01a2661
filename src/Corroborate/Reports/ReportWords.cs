using System.Globalization;
using Corroborate.Claims;
using Corroborate.Events;

namespace Corroborate.Reports;

/// <summary>The words every renderer uses for facts, sources and citations, so that text, Markdown, HTML and
/// JSON say the same thing.</summary>
public static class ReportWords
{
    /// <summary>One line for a fact: who, did what, to whom, how many, when, where, and how sure the sentence is.</summary>
    public static string Describe(Fact fact)
    {
        var parts = new List<string>();
        switch (fact.Kind)
        {
            case FactKind.Quote:
                return $"{fact.Who?.Text} ({fact.Did}): {fact.Content}";
            case FactKind.Statement:
                parts.Add(fact.Did);
                break;
            case FactKind.Quantity:
                parts.Add($"{fact.Did.Split(':')[0]}: {Number(fact.HowMany)} {fact.HowManyRole}");
                break;
            default:
                parts.Add(Deed(fact));
                if (fact.HowMany is { } n && !(fact.Whom is { } whom && StartsWithCount(whom.Text)) && !(fact.Who is null && fact.Whom is null && fact.HowManyRole?.EndsWith("ed", StringComparison.Ordinal) == true))
                {
                    parts.Add($"{Number(n)} {fact.HowManyRole}");
                }
                break;
        }
        if (fact.When is { } when)
        {
            parts.Add(Date(when));
        }
        if (fact.Where is { } where)
        {
            parts.Add($"in {where}");
        }
        var line = string.Join("; ", parts);
        return fact.Modality == Modality.Asserted ? line : $"{line} ({fact.Modality.ToString().ToLowerInvariant()})";
    }

    // "Azerbaijan released 32 Armenian servicemen", "26 of the Armenians detained": the count's role is the
    // verb's past where there is one, and a deed without a doer reads as done to someone.
    private static string Deed(Fact fact)
    {
        var verb = fact.HowManyRole is { } role && role.EndsWith("ed", StringComparison.Ordinal) ? role : fact.Did;
        if (fact.Who is null && verb != fact.Did)
        {
            return fact.Whom is { } whom ? $"{whom.Text} {verb}" : $"{Number(fact.HowMany)} {verb}";
        }
        return string.Join(" ", new[] { fact.Who?.Text, verb, fact.Whom?.Text }.Where(p => p is not null));
    }

    private static bool StartsWithCount(string text)
    {
        // "32 Armenian servicemen", "two soldiers", "The remaining six Armenians" already say how many.
        return text.Split(' ').Take(3).Select(w => w.ToLowerInvariant()).Any(w => w.Length > 0 && (char.IsDigit(w[0]) || Language.NumberWords.IsNumberWord(w.Split('-')[0])));
    }

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A resolved ISO date in words: <c>2020-12</c> → "December 2020", <c>2023-12-07TEV</c> → "7 December 2023,
    /// evening", <c>2023-FA</c> → "autumn 2023", a span as its two ends.</summary>
    public static string Date(string iso)
    {
        if (iso.Split('/') is [var from, var to])
        {
            return $"{Date(from)} – {Date(to)}";
        }
        var (day, time) = iso.Split('T', 2) is [var d, var t] ? (d, t) : (iso, null);
        var parts = day.Split('-');
        string words;
        if (parts is [var y, var m] && m.Length == 2 && int.TryParse(m, out var month) && month is >= 1 and <= 12)
        {
            words = $"{Months[month - 1]} {y}";
        }
        else if (parts is [var y2, var m2, var d2] && int.TryParse(m2, out var month2) && month2 is >= 1 and <= 12 && int.TryParse(d2, out var dayNumber))
        {
            words = string.Create(CultureInfo.InvariantCulture, $"{dayNumber} {Months[month2 - 1]} {y2}");
        }
        else if (parts is [var y3, var season] && Seasons.TryGetValue(season, out var name))
        {
            words = $"{name} {y3}";
        }
        else
        {
            return iso;
        }
        return time is not null && TimesOfDay.TryGetValue(time, out var part) ? $"{words}, {part}" : time is null ? words : $"{words} {time}";
    }

    private static readonly Dictionary<string, string> Seasons = new(StringComparer.Ordinal) { ["SP"] = "spring", ["SU"] = "summer", ["FA"] = "autumn", ["WI"] = "winter" };

    private static readonly Dictionary<string, string> TimesOfDay = new(StringComparer.Ordinal) { ["MO"] = "morning", ["AF"] = "afternoon", ["EV"] = "evening", ["NI"] = "night" };

    /// <summary>The fact's sources, a relayed one with the outlet that relays it: <c>Azertag (via Sputnik), AzerNews</c>.</summary>
    public static string Sources(AlignedFact fact) => string.Join(", ", fact.Sources.Select(source =>
    {
        var via = fact.Statements.Where(s => s.Source.Equals(source, StringComparison.OrdinalIgnoreCase) && !s.Citation.Outlet.Equals(source, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Citation.Outlet).Distinct().ToList();
        return via.Count == 0 ? source : $"{source} (via {string.Join(", ", via)})";
    }));

    /// <summary>A citation's short label: outlet, article and sentence (1-based for readers).</summary>
    public static string Label(Citation c) => string.Create(CultureInfo.InvariantCulture, $"{c.Outlet}, article {c.Article}, sentence {c.Sentence + 1}");

    /// <summary>The anchor of a sentence in the HTML report and the key citations use in JSON.</summary>
    public static string Anchor(long article, int sentence) => string.Create(CultureInfo.InvariantCulture, $"a{article}-s{sentence}");

    public static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public static string Status(FactStatus status) => status == FactStatus.Corroborated ? "corroborated" : "single-source";

    public static string Kind(ConflictKind kind) => kind == ConflictKind.Disputed ? "disputed" : "self-inconsistent";

    /// <summary>A loaded phrase as shown, with whose words it is when the outlet quotes it: <c>separatist
    /// activities (quoting Ilyas Baktygaliyev)</c>.</summary>
    public static string Phrase(FramingCite cite) =>
        cite.Quoting is null ? cite.Cue.Phrase : $"{cite.Cue.Phrase} (quoting {cite.Quoting})";

    /// <summary>A category of loaded wording in words: <c>legal accusation</c>.</summary>
    public static string Category(FramingCategory category) => category switch
    {
        FramingCategory.LegalAccusation => "legal accusation",
        _ => category.ToString().ToLowerInvariant(),
    };
}
