using Corroborate.Language;
using Corroborate.Language.Knowledge;

namespace Corroborate.Claims;

/// <summary>One mention of a name in a story's article: its text, label, outlet and place.</summary>
public sealed record NameMention(string Text, EntityLabel Label, string Outlet, long Article, int Sentence, int Start, int End)
{
    /// <summary>The title or role bound to the name ("expert", "President"), when the recognizer found one.</summary>
    public string? Role { get; init; }

    /// <summary>The sentence's content words other than the name, lower case: the context that lets a loose
    /// spelling match stand ("26", "december", "2020", "detained").</summary>
    public IReadOnlyList<string> Context { get; init; } = [];
}

/// <summary>One spelling of a name and where it is used.</summary>
public sealed record NameVariant(string Text, IReadOnlyList<NameMention> Mentions);

/// <summary>The spellings of one entity across a story, the one shown (<paramref name="Canonical"/>) and why
/// they are taken for one (<paramref name="Evidence"/>).</summary>
public sealed record NameGroup(string Canonical, EntityLabel Label, IReadOnlyList<NameVariant> Variants, string Evidence)
{
    /// <summary>Whether the spellings differ beyond a name and its surname: "Gadroot" and "Hadrut", "NKR" and
    /// "Nagorno-Karabakh Republic", but not "Ilyas Baktygaliyev" and "Baktygaliyev".</summary>
    public bool Respelled
    {
        get
        {
            var keys = Variants.Select(v => NameKeys.Key(v.Text)).Distinct().ToList();
            return keys.Any(a => keys.Any(b => a != b && !b.EndsWith(' ' + a, StringComparison.Ordinal) && !a.EndsWith(' ' + b, StringComparison.Ordinal)));
        }
    }
}

/// <summary>
/// Unifies the names of one story: spellings that differ only by case, accents or script; names our
/// gazetteer gives as one place; initials ("NKR"); transliteration variants by <see cref="NameKeys.Match"/>
/// (a loose rule only where the two names' sentences share context or their roles agree); and a person's
/// surname alone, when only one person of the story bears it.
/// </summary>
public static class NameVariants
{
    private const int ContextNeeded = 2;

    public static IReadOnlyList<NameGroup> Unify(IReadOnlyList<NameMention> mentions)
    {
        var variants = mentions
            .GroupBy(m => (Text: Trimmed(m.Text), Family: Family(m.Label)))
            .Select(g => new NameVariant(g.Key.Text, [.. g]))
            .ToList();
        var parent = Enumerable.Range(0, variants.Count).ToArray();
        var evidence = new List<(int A, int B, string Why)>();
        var words = variants.Select(v => NameKeys.Key(v.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var labels = variants.Select(Label).ToArray();

        for (var a = 0; a < variants.Count; a++)
        {
            for (var b = a + 1; b < variants.Count; b++)
            {
                if (Family(labels[a]) != Family(labels[b]) || Find(parent, a) == Find(parent, b))
                {
                    continue;
                }
                if (Alike(variants[a], variants[b], words[a], words[b], labels[a]) is { } why)
                {
                    parent[Find(parent, a)] = Find(parent, b);
                    evidence.Add((a, b, why));
                }
            }
        }
        Surnames(variants, words, labels, parent, evidence);

        return [.. Enumerable.Range(0, variants.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => Group([.. g], variants, labels, evidence))
            .OrderBy(g => g.Variants.Min(v => (v.Mentions[0].Article, v.Mentions[0].Start)))];
    }

    private static NameGroup Group(List<int> members, List<NameVariant> variants, EntityLabel[] labels, List<(int A, int B, string Why)> evidence)
    {
        var canonical = members
            .OrderByDescending(i => Gazetteer.Default.Lookup(variants[i].Text) is not null)
            .ThenByDescending(i => variants[i].Text.Split(' ').Length)
            .ThenByDescending(i => variants[i].Mentions.Count)
            .ThenByDescending(i => variants[i].Mentions.Select(m => m.Outlet).Distinct().Count())
            .ThenBy(i => variants[i].Text, StringComparer.Ordinal)
            .First();
        var why = string.Join("; ", evidence.Where(e => members.Contains(e.A)).Select(e => $"{variants[e.A].Text} / {variants[e.B].Text}: {e.Why}"));
        return new NameGroup(variants[canonical].Text, labels[canonical], [.. members.Select(i => variants[i])], why);
    }

    // Why two spellings name one entity, or null when nothing says they do.
    private static string? Alike(NameVariant a, NameVariant b, string[] aWords, string[] bWords, EntityLabel label)
    {
        if (aWords.SequenceEqual(bWords))
        {
            return "the same letters once case, accents and script are set aside";
        }
        if (Family(label) == EntityLabel.GPE && Gazetteer.Default.Lookup(a.Text) is { } ea && Gazetteer.Default.Lookup(b.Text) is { } eb && ReferenceEquals(ea, eb))
        {
            return $"both are names of {ea.Name} in our gazetteer";
        }
        if (label != EntityLabel.PER && (Initials(a.Text, b.Text) || Initials(b.Text, a.Text)))
        {
            return "the initials of the full name";
        }
        var (alike, reasons, loose) = NameKeys.Match(aWords, bWords);
        if (!alike)
        {
            return null;
        }
        var why = string.Join(", ", reasons);
        if (!loose)
        {
            return why;
        }
        return Support(a, b) is { } context ? $"{why}; {context}" : null;
    }

    // Context that a loose match is one entity: a role both carry, or words both names' sentences share.
    private static string? Support(NameVariant a, NameVariant b)
    {
        foreach (var ma in a.Mentions)
        {
            foreach (var mb in b.Mentions)
            {
                if (ma.Role is { } role && string.Equals(role, mb.Role, StringComparison.OrdinalIgnoreCase))
                {
                    return $"both are called {role}";
                }
                var shared = ma.Context.Intersect(mb.Context, StringComparer.OrdinalIgnoreCase).ToList();
                if (shared.Count >= ContextNeeded)
                {
                    return $"both sentences mention {string.Join(", ", shared.Take(4))}";
                }
            }
        }
        return null;
    }

    // A person named by surname alone joins the one full name of the story that ends in it (spelled alike).
    private static void Surnames(List<NameVariant> variants, string[][] words, EntityLabel[] labels, int[] parent, List<(int A, int B, string Why)> evidence)
    {
        for (var s = 0; s < variants.Count; s++)
        {
            if (labels[s] != EntityLabel.PER || words[s].Length != 1)
            {
                continue;
            }
            var matches = new List<(int Full, string Why)>();
            for (var f = 0; f < variants.Count; f++)
            {
                if (labels[f] != EntityLabel.PER || words[f].Length < 2)
                {
                    continue;
                }
                var surname = words[f][^1];
                if (surname == words[s][0])
                {
                    matches.Add((f, "the surname alone"));
                }
                else if (NameKeys.Match([surname], words[s]) is { Alike: true } m && (!m.Loose || Support(variants[s], variants[f]) is not null))
                {
                    matches.Add((f, $"the surname alone, {string.Join(", ", m.Reasons)}"));
                }
            }
            // Two people of one surname ("Aliyev" with Ilham and Mehriban Aliyev): the surname alone stays apart.
            if (matches.Select(m => Find(parent, m.Full)).Distinct().Count() == 1)
            {
                var (full, why) = matches[0];
                if (Find(parent, s) != Find(parent, full))
                {
                    parent[Find(parent, s)] = Find(parent, full);
                    evidence.Add((s, full, why));
                }
            }
        }
    }

    // "NKR" for "Nagorno-Karabakh Republic": the capitals of the words (and of hyphen parts), small words aside.
    private static bool Initials(string shortName, string fullName)
    {
        if (shortName.Length is < 2 or > 6 || !shortName.All(char.IsAsciiLetterUpper))
        {
            return false;
        }
        var initials = fullName.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("of" or "the" or "and" or "for" or "de" or "on"))
            .Select(w => char.ToUpperInvariant(w[0]));
        return string.Concat(initials) == shortName;
    }

    /// <summary>A mention's text as a spelling: trimmed, a leading "the" aside.</summary>
    internal static string Trimmed(string text)
    {
        var t = text.Trim();
        return t.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? t[4..] : t;
    }

    private static EntityLabel Label(NameVariant v) =>
        v.Mentions.GroupBy(m => m.Label).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    // Places are one family: the recognizer and the gazetteer do not always agree on GPE, LOC or FAC.
    private static EntityLabel Family(EntityLabel label) => label is EntityLabel.LOC or EntityLabel.FAC ? EntityLabel.GPE : label;

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
