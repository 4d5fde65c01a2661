using Corroborate.Language;

namespace Corroborate.Quotes;

/// <summary>Who a speaker span names, and the role the text gives them: the title before the name
/// ("international relations expert Ilyas Baktygaliyev"), or the apposition after it ("Hikmet Hajiyev,
/// assistant to the President,").</summary>
/// <remarks>A pronoun stands for the nearest person named before it; a bare surname for the fuller name
/// it was introduced with; "the expert" for the person named before with that role. The role of a person
/// named again is the one given where they were introduced.</remarks>
internal static class SpeakerNames
{
    /// <summary>The person <paramref name="words"/> of sentence <paramref name="s"/> name or stand for,
    /// and their role; nulls when the speaker is not one named person ("Azerbaijan and Armenia", "a
    /// spokesman for Aliyev").</summary>
    public static (string? Name, string? Role) Describe(Document document, int s, IReadOnlyCollection<int> words)
    {
        var sentence = document.Sentences[s];
        var sorted = words.Where(t => !sentence.IsPunctuation(t)).Order().ToList();
        if (sorted.Count == 0)
        {
            return (null, null);
        }
        if (sorted.Count == 1 && sentence.Lower(sorted[0]) is "he" or "she" or "him" or "her")
        {
            return Nearest(document, s, sorted[0]) is { } nearest ? Introduced(document, nearest.S, nearest.Entity) : (null, null);
        }
        if (sorted.Count == 1 && sentence.Lower(sorted[0]) == "who"
            && sentence.Entities.LastOrDefault(e => e.Label == EntityLabel.PER && e.End <= sorted[0] && sorted[0] - e.End <= 1) is { } antecedent)
        {
            // "President Ilham Aliyev, who has said ...": the relative pronoun is the person just named.
            return Introduced(document, s, antecedent);
        }
        var (first, last) = (sorted[0], sorted[^1]);
        var people = sentence.Entities.Where(e => e.Label == EntityLabel.PER && e.Start >= first && e.End - 1 <= last).ToList();
        if (people.Count == 0)
        {
            return ByRole(document, s, sorted) is { } described ? Introduced(document, described.S, described.Entity) : (null, null);
        }
        var person = people[^1];
        // The person is the speaker, not a word of it: what comes after the name is an apposition or a
        // parenthesis ("Rep. Gwen Moore (D-Wis.)"), and what comes before it a title.
        if (person.End <= last && sentence.Word(person.End) is not ("," or "("))
        {
            return (null, null);
        }
        var title = Enumerable.Range(first, person.Start - first).SkipWhile(t => sentence.Tags[t].Upos == "DET").ToList();
        if (title.Count > 0 && !IsTitle(sentence, title, person))
        {
            return (null, null);
        }
        string? role = null;
        if (title.Count > 0)
        {
            role = document.Words(s, title[0], title[^1]);
        }
        else if (person.End < last && sentence.Word(person.End) == ",")
        {
            // The parse put ", assistant to the President" in the speaker, so it belongs to the name.
            var from = person.End + 1;
            from += sentence.Tags[from].Upos == "DET" ? 1 : 0;
            var to = from;
            while (to + 1 <= last && !(sentence.IsPunctuation(to + 1) && sentence.Word(to + 1) is "," or "(" or ")"))
            {
                to++;
            }
            if (to >= from && Enumerable.Range(from, to - from + 1).All(t => sentence.Tags[t].Upos is not ("VERB" or "AUX" or "PRON" or "NUM")))
            {
                role = document.Words(s, from, to);
            }
        }
        if (role is not null)
        {
            document.Roles[(s, person.Start)] = role;
        }
        return Introduced(document, s, person);
    }

    // Words before a name that call the person something ("international relations expert", "Azerbaijan's
    // Foreign Minister", "Secretary of State"), not words that make the name someone else's ("a spokesman
    // for Aliyev", "Trump and Clinton").
    private static bool IsTitle(Sentence sentence, List<int> words, Entity person)
    {
        // A place or body right before the name says where or whose, and is no title ("In Baku Aliyev said").
        if (sentence.Entities.Any(e => e.Start <= words[^1] && words[^1] < e.End))
        {
            return false;
        }
        foreach (var t in words)
        {
            var lower = sentence.Lower(t);
            var upos = sentence.Tags[t].Upos;
            if (upos is "VERB" or "AUX" or "PRON" or "NUM" or "CCONJ" or "SCONJ"
                || (upos == "PUNCT" && lower is not ("-" or "." or "'s" or "’s"))
                || (Prepositions.Contains(lower) && !(lower is "of" or "to" && t + 1 < person.Start)))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "to", "for", "in", "on", "at", "by", "with", "from", "about", "against", "like", "over", "under", "after", "before",
        "behind", "near", "within", "without", "between", "among", "than", "via", "per", "into", "through", "toward", "towards",
    };

    // The name and role of a person mentioned at sentence s, taken from the fullest earlier mention of the
    // same surname where the mention is a bare surname or has no role of its own.
    private static (string? Name, string? Role) Introduced(Document document, int s, Entity person)
    {
        var name = document.Words(s, person.Start, person.End - 1);
        var role = Role(document, s, person);
        var surname = document.Sentences[s].Word(person.End - 1);
        string? fuller = null;
        string? earlierRole = null;
        for (var k = 0; k <= s; k++)
        {
            var sentence = document.Sentences[k];
            foreach (var e in sentence.Entities)
            {
                if (e.Label != EntityLabel.PER || (k == s && e.Start >= person.Start) || sentence.Word(e.End - 1) != surname)
                {
                    continue;
                }
                if (e.Length > person.Length && (fuller is null || e.Length > fuller.Split(' ').Length))
                {
                    fuller = document.Words(k, e.Start, e.End - 1);
                }
                earlierRole ??= Role(document, k, e);
            }
        }
        return (fuller ?? name, role ?? earlierRole);
    }

    /// <summary>The role the text gives a person where they are mentioned: the title before the name, else
    /// the apposition after it, else the title the recognizer bound to the name.</summary>
    public static string? Role(Document document, int s, Entity person)
    {
        if (document.Roles.TryGetValue((s, person.Start), out var known))
        {
            return known;
        }
        var sentence = document.Sentences[s];
        var start = TitleStart(sentence, person);
        if (start < person.Start)
        {
            return document.Words(s, start, person.Start - 1);
        }
        if (Apposition(sentence, person) is { } appos)
        {
            return document.Words(s, appos.From, appos.To);
        }
        return person.Role;
    }

    // Where the title right before a name starts ("international relations expert", "Foreign Minister",
    // "Secretary of State"): nouns, names and adjectives joined to the name by the parse, back to a word
    // of another kind. Person.Start when there is none.
    private static int TitleStart(Sentence sentence, Entity person)
    {
        var start = person.Start;
        for (var t = person.Start - 1; t >= 0; t--)
        {
            var upos = sentence.Tags[t].Upos;
            var joins = upos is "NOUN" or "PROPN" or "ADJ" || (sentence.Lower(t) == "of" && t > 0 && start < person.Start);
            if (!joins || sentence.Entities.Any(e => e.Start <= t && t < e.End && e.Label is not (EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP)))
            {
                break;
            }
            start = t;
        }
        if (start < person.Start && sentence.Lower(start) == "of")
        {
            start++;
        }
        if (start == person.Start || sentence.Heads.Length == 0)
        {
            return person.Start;
        }
        // The word next to the name must belong to it ("Minister Bayramov"), not to the verb ("In Baku Aliyev").
        var next = person.Start - 1;
        var inName = (int t) => t >= person.Start && t < person.End;
        var joined = inName(sentence.Head(next)) || Enumerable.Range(person.Start, person.Length).Any(t => sentence.Head(t) == next)
            || sentence.Head(next) == sentence.Head(person.End - 1) && sentence.Relation(next) == "compound";
        // A place or body right before the name is where or whose, not a title ("In Baku Aliyev said").
        if (!joined || sentence.Entities.Any(e => e.Start <= next && next < e.End))
        {
            return person.Start;
        }
        // A title has a noun in it: "Azerbaijani" alone is a nationality.
        return Enumerable.Range(start, person.Start - start).Any(t => sentence.Tags[t].Upos is "NOUN" or "PROPN") ? start : person.Start;
    }

    // ", assistant to the President," after a name: up to the next comma, parenthesis or the sentence's end,
    // with a common noun in it and no verb or pronoun ("Aliyev, who ..." is a clause, "Aliyev, 61," an age).
    private static (int From, int To)? Apposition(Sentence sentence, Entity person)
    {
        if (person.End + 1 >= sentence.Words || sentence.Word(person.End) != ",")
        {
            return null;
        }
        var from = person.End + 1;
        if (sentence.Tags[from].Upos is "DET")
        {
            from++;
        }
        var to = from;
        while (to < sentence.Words && !(sentence.IsPunctuation(to) && sentence.Word(to) is "," or ")" or "." or ";" or ":" or "\"" or "”"))
        {
            if (sentence.Tags[to].Upos is "VERB" or "AUX" or "PRON" or "NUM" or "CCONJ" || Sentence.IsOpeningQuote(sentence.Word(to)))
            {
                return null;
            }
            to++;
        }
        to--;
        if (to < from || to - from > 11 || sentence.Heads.Length == 0)
        {
            return null;
        }
        // The parse must hang the phrase on the name ("the deal matters" after "Ilyas Baktygaliyev," is the
        // sentence going on), as an apposition or at least a phrase with a noun in it.
        var run = Enumerable.Range(from, to - from + 1).ToList();
        var top = run.Where(t => !run.Contains(sentence.Head(t))).ToList();
        var onName = top.Count == 1 && sentence.Head(top[0]) >= person.Start && sentence.Head(top[0]) < person.End;
        return onName && (sentence.Relation(top[0]) == "appos" || run.Any(t => sentence.Tags[t].Upos == "NOUN")) ? (from, to) : null;
    }

    // The nearest person named before word t of sentence s, in this or the previous ten sentences.
    private static (int S, Entity Entity)? Nearest(Document document, int s, int t)
    {
        for (var k = s; k >= Math.Max(0, s - 10); k--)
        {
            var person = document.Sentences[k].Entities.LastOrDefault(e => e.Label == EntityLabel.PER && (k < s || e.End <= t));
            if (person is not null)
            {
                return (k, person);
            }
        }
        return null;
    }

    // "the expert" (or "the expert's perspective"): the person named before whose role ends in that noun.
    private static (int S, Entity Entity)? ByRole(Document document, int s, List<int> words)
    {
        var sentence = document.Sentences[s];
        var possessive = words.FindIndex(t => sentence.Word(t) is "'s" or "’s");
        var span = possessive > 0 ? words[..possessive] : words;
        if (span.Count is < 2 or > 3 || sentence.Lower(span[0]) != "the" || sentence.Tags[span[^1]].Upos != "NOUN")
        {
            return null;
        }
        var noun = sentence.Lower(span[^1]);
        for (var k = s; k >= 0; k--)
        {
            foreach (var e in document.Sentences[k].Entities.Reverse())
            {
                if (e.Label == EntityLabel.PER && (k < s || e.End <= span[0])
                    && Role(document, k, e) is { } role && role.Split(' ')[^1].Equals(noun, StringComparison.OrdinalIgnoreCase))
                {
                    return (k, e);
                }
            }
        }
        return null;
    }
}
