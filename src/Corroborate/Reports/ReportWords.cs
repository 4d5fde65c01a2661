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
                parts.Add(string.Join(" ", new[] { fact.Who?.Text, fact.Did, fact.Whom?.Text }.Where(p => p is not null)));
                if (fact.HowMany is { } n)
                {
                    parts.Add($"{Number(n)} {fact.HowManyRole}");
                }
                break;
        }
        if (fact.When is { } when)
        {
            parts.Add(when);
        }
        if (fact.Where is { } where)
        {
            parts.Add($"in {where}");
        }
        var line = string.Join("; ", parts);
        return fact.Modality == Modality.Asserted ? line : $"{line} ({fact.Modality.ToString().ToLowerInvariant()})";
    }

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
