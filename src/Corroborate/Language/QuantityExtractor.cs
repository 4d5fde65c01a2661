using System.Collections.ObjectModel;
using System.Text;
using Corroborate.Language.Knowledge;

namespace Corroborate.Language;

/// <summary>
/// The quantities of an annotated sentence in NewsQuant's sense (see <see cref="Quantity"/>), built on what
/// <see cref="QuantityRecognizer"/> and <see cref="TemporalRecognizer"/> found in it: numbers with their
/// units, counted nouns and durations, joined into ranges where the sentence states one, with the change
/// words before them read.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Works on the annotator's entities, so a number the rules leave inside a date (<c>February 11</c>),
/// a year, an ordinal or a number inside a name (<c>Channel 4</c>) is not a quantity; a duration
/// (<c>for two weeks</c>, DATE with precision <c>duration</c>) is.</item>
/// <item>A CARDINAL counts the noun after it, through adjectives and <c>of the</c> (<c>13,000 workers</c>,
/// <c>one of the students</c> → student), by the tagger's tags; with no noun it is a bare number,
/// unit <c>-</c>.</item>
/// <item>Unit names come from <c>Knowledge/units.tsv</c>, by the recognizer's symbol; counted nouns are
/// their singular, lower case.</item>
/// <item>A vague plural is a range of one order of magnitude: <c>millions of</c> → 1000000–10000000.</item>
/// <item>A share of a group is its ratio with <c>%</c> and the group's noun: <c>one of four concepts</c> →
/// 0.25 <c>% concept</c>.</item>
/// </list>
/// Stateless and thread-safe; the results are read-only.
/// </remarks>
public static class QuantityExtractor
{
    private static readonly Dictionary<string, string> UnitNames = LoadUnitNames();

    /// <summary>The quantities of one annotated sentence, in word order.</summary>
    public static IReadOnlyList<Quantity> Find(AnnotatedSentence sentence) => Find(sentence.Words, sentence.Tags, sentence.Entities);

    /// <summary>The quantities of one sentence given its words, tags and the annotator's entities.</summary>
    internal static IReadOnlyList<Quantity> Find(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, IReadOnlyList<Entity> entities)
    {
        List<Quantity>? found = null;
        IReadOnlyList<Entity>? raw = null;
        var shares = Shares(words, tags, entities);
        foreach (var q in shares)
        {
            Add(ref found, words, tags, q);
        }
        foreach (var e in entities)
        {
            if (shares.Any(q => q.Start < e.End && e.Start < q.End))
            {
                continue;
            }
            if (e.Label == EntityLabel.DATE && e.Precision != "duration")
            {
                // "the past two years", "three years ago": the count inside a date is a quantity too.
                raw ??= QuantityRecognizer.Find(words);
                foreach (var inside in raw)
                {
                    if (inside.Label == EntityLabel.QUANTITY && e.Start <= inside.Start && inside.End <= e.End)
                    {
                        Add(ref found, words, tags, Measured(words, inside));
                    }
                }
                continue;
            }
            if (e.Label == EntityLabel.CARDINAL && NamedNumber(words, tags, entities, e))
            {
                continue;
            }
            var q = e.Label switch
            {
                EntityLabel.CARDINAL => Counted(words, tags, e),
                EntityLabel.QUANTITY when MillionsCounted(words, tags, e) is { } millions => millions,
                EntityLabel.PERCENT or EntityLabel.MONEY or EntityLabel.QUANTITY => Measured(words, e),
                EntityLabel.DATE when e is { Number: not null, Unit: not null } => Measured(words, e),
                _ => null,
            };
            Add(ref found, words, tags, q);
        }
        var ages = DecadeAges(words);
        foreach (var q in ages)
        {
            Add(ref found, words, tags, q);
        }
        if (found is null)
        {
            return ReadOnlyCollection<Quantity>.Empty;
        }
        if (shares.Count > 0 || ages.Count > 0)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        DropDigitGroups(words, found);
        return Ranges(words, found).AsReadOnly();
    }

    /// <summary>A whole number written right after a name is part of the name, not a count: "Windows 11",
    /// "Boeing 737", "Chapter 11", "ISO 3888", "Apollo 13" (not "May 5", "Gaza 2,000" or "US$ 5").</summary>
    private static bool NamedNumber(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, IReadOnlyList<Entity> entities, Entity e)
    {
        var named = e.Start > 0 && (tags[e.Start - 1].Xpos is "NNP" or "NNPS"
            || entities.Any(n => n.End == e.Start && n.Label is EntityLabel.ORG or EntityLabel.PER or EntityLabel.FAC))
            && !entities.Any(n => n.End == e.Start && n.Label is EntityLabel.GPE or EntityLabel.LOC or EntityLabel.NORP);
        // "the Sea of Japan 125 to 155 miles", "the Indians 8-7": a place's distance, a team's score.
        var ranged = e.End + 1 < words.Count && words[e.End] is "-" or "–" or "to" or "or" or "and" && char.IsAsciiDigit(words[e.End + 1][0]);
        if (e.Length != 1 || !named || ranged || !char.IsUpper(words[e.Start - 1][0]) || words[e.Start].Any(c => !char.IsAsciiDigit(c)))
        {
            return false;
        }
        var name = words[e.Start - 1];
        return !TemporalRecognizer.IsMonthName(name) && !QuantityRecognizer.IsUnitOrCurrency(name) && !QuantityRecognizer.IsCurrencySign(name);
    }

    /// <summary>
    /// "255 m monthly active users": a spaced "m" before a plural noun phrase counts millions of it, not metres.
    /// The recognizer reads "5 m people" so already, from the word after the "m"; adjectives in between need the tags.
    /// </summary>
    private static Quantity? MillionsCounted(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, Entity e)
    {
        if (e.Unit != "m" || e.Length != 2 || words[e.End - 1] is not ("m" or "M") || e.Number is not { } number)
        {
            return null;
        }
        var j = e.End;
        while (j < tags.Count && j < e.End + 3 && tags[j].Xpos is "JJ" or "NN" or "VBG")
        {
            j++;
        }
        if (j >= tags.Count || tags[j].Xpos is not ("NNS" or "NNPS"))
        {
            return null;
        }
        var millions = new Entity(EntityLabel.CARDINAL, e.Start, e.End) { Number = NumberWords.Times(number, 1e6) };
        return Counted(words, tags, millions) is { NormalizedUnit: not "-" } counted ? counted : null;
    }

    /// <summary>Whether the name at <paramref name="j"/> runs into a plural common noun ("the six lead Senate GOP
    /// negotiators"), so that it is inside the counted noun rather than the start of what follows.</summary>
    private static bool NameBeforePlural(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, int j)
    {
        var k = j;
        while (k < tags.Count && k < j + 3 && tags[k].Xpos is "NNP" or "NNPS" && char.IsUpper(words[k][0]))
        {
            k++;
        }
        return k > j && k < tags.Count && tags[k].Xpos == "NNS" && char.IsLower(words[k][0]);
    }

    /// <summary>
    /// Ages in decades: "a woman in her 60s", "in his early 30s", "in their mid-50s" (one token, as EWT
    /// writes them; no entity of their own): the decade's years of age, which NewsQuant gives as stated (=).
    /// </summary>
    private static List<Quantity> DecadeAges(IReadOnlyList<string> words)
    {
        var ages = new List<Quantity>();
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            var digits = w.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) ? w[4..] : w;
            if (digits is not [>= '1' and <= '9', '0', 's'])
            {
                continue;
            }
            var before = i - 1;
            if (digits.Length == w.Length && words[before].ToLowerInvariant() is "early" or "mid" or "late" && before > 0)
            {
                before--;
            }
            if (words[before].ToLowerInvariant() is "his" or "her" or "their" or "my" or "your" or "our")
            {
                ages.Add(new Quantity(i, i + 1, (digits[0] - '0') * 10, null, "s", "year of age", QuantityChange.Equal));
            }
        }
        return ages;
    }

    /// <summary>
    /// Removes bare numbers that are groups of one code written with spaces ("call 0800 123 456"): two bare
    /// numbers in adjacent words, or digits with a leading zero, count nothing.
    /// </summary>
    private static void DropDigitGroups(IReadOnlyList<string> words, List<Quantity> found)
    {
        static bool Bare(Quantity q, IReadOnlyList<string> words) =>
            q.NormalizedUnit == "-" && !q.IsRange && q.End == q.Start + 1 && words[q.Start].Length > 0 && char.IsAsciiDigit(words[q.Start][0]);
        var drop = new bool[found.Count];
        for (var k = 0; k < found.Count; k++)
        {
            var q = found[k];
            if (!Bare(q, words))
            {
                continue;
            }
            var w = words[q.Start];
            if (w.Length >= 3 && w[0] == '0' && !w.Contains('.', StringComparison.Ordinal))
            {
                drop[k] = true;
            }
            if (k + 1 < found.Count && Bare(found[k + 1], words) && found[k + 1].Start == q.End)
            {
                drop[k] = drop[k + 1] = true;
            }
        }
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (drop[k])
            {
                found.RemoveAt(k);
            }
        }
    }

    // The denominators of fractions written as words: "a third of", "two fifths of".
    private static readonly Dictionary<string, int> FractionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2,
        ["halves"] = 2,
        ["third"] = 3,
        ["thirds"] = 3,
        ["quarter"] = 4,
        ["quarters"] = 4,
        ["fourth"] = 4,
        ["fourths"] = 4,
        ["fifth"] = 5,
        ["fifths"] = 5,
        ["sixth"] = 6,
        ["sixths"] = 6,
        ["seventh"] = 7,
        ["sevenths"] = 7,
        ["eighth"] = 8,
        ["eighths"] = 8,
        ["ninth"] = 9,
        ["ninths"] = 9,
        ["tenth"] = 10,
        ["tenths"] = 10,
    };

    /// <summary>
    /// Shares of a group: <c>one of four mission concepts</c>, <c>one out of three Germans</c>, <c>3 in 10 voters</c>,
    /// <c>a third of the population</c>. NewsQuant gives them as the ratio (0.25) with the unit <c>%</c> and the
    /// group's noun (<c>% mission concept</c>); a share of nothing named is left to the numbers.
    /// </summary>
    private static List<Quantity> Shares(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, IReadOnlyList<Entity> entities)
    {
        var shares = new List<Quantity>();
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            // Not the second half of a score: "saw off the Indians 8-7 in ten innings".
            var n = e.Label == EntityLabel.CARDINAL && e.Value is not ['~', ..] && e.Number is { } number && number == Math.Floor(number)
                && !(e.Start > 0 && words[e.Start - 1] == "-") ? number : 0;
            var at = e.End;
            var hyphen = n > 0 && at + 2 < words.Count && words[at] == "-" && FractionWords.ContainsKey(words[at + 1]) ? 1 : 0;
            if (n > 0 && at + hyphen + 1 < words.Count && FractionWords.TryGetValue(words[at + hyphen], out var parts) && words[at + hyphen + 1] == "of")
            {
                // "One fourth of the US population", "two-thirds of": the fraction word may be an ORDINAL of its own.
                at += hyphen;
                AddShare(shares, words, tags, e.Start, at + 1, n / parts);
                continue;
            }
            if (e.Label == EntityLabel.ORDINAL && FractionWords.TryGetValue(words[e.Start], out parts) && e.Length == 1 && e.Start > 0
                && words[e.Start - 1].ToLowerInvariant() is "a" or "an" && at < words.Count && words[at] == "of")
            {
                AddShare(shares, words, tags, e.Start - 1, at, 1.0 / parts);
                continue;
            }
            if (n == 0 || k + 1 >= entities.Count || entities[k + 1] is not { Label: EntityLabel.CARDINAL, Number: { } of } group || of <= n || of != Math.Floor(of))
            {
                continue;
            }
            var connector = at < words.Count ? words[at].ToLowerInvariant() : "";
            var width = connector is "of" or "in" ? 1 : connector == "out" && at + 1 < words.Count && words[at + 1] == "of" ? 2 : 0;
            if (width > 0 && group.Start == at + width && Counted(words, tags, group) is { } counted && counted.NormalizedUnit is not ("-" or "year of age"))
            {
                shares.Add(new Quantity(e.Start, counted.End, n / of, null, "% " + counted.Unit, "% " + counted.NormalizedUnit, QuantityChange.Equal));
                k++;
            }
        }
        for (var i = 0; i + 2 < words.Count; i++)
        {
            // "one in eight US adults", where the tagger took "one" for a pronoun and no entity holds it.
            if (words[i].Equals("one", StringComparison.OrdinalIgnoreCase) && words[i + 1] == "in" && !entities.Any(n => n.Start == i)
                && entities.FirstOrDefault(n => n.Start == i + 2) is { Label: EntityLabel.CARDINAL, Number: { } of } group && of > 1 && of == Math.Floor(of)
                && Counted(words, tags, group) is { } counted && counted.NormalizedUnit is not ("-" or "year of age"))
            {
                shares.Add(new Quantity(i, counted.End, 1 / of, null, "% " + counted.Unit, "% " + counted.NormalizedUnit, QuantityChange.Equal));
            }
        }
        for (var i = 1; i + 1 < words.Count; i++)
        {
            // "a quarter of the vote", "a half of": no entity of their own.
            if (words[i].ToLowerInvariant() is "quarter" or "half" && words[i - 1].ToLowerInvariant() is "a" or "an" && words[i + 1] == "of"
                && !shares.Any(q => q.Start <= i && i < q.End))
            {
                AddShare(shares, words, tags, i - 1, i + 1, 1.0 / FractionWords[words[i]]);
            }
        }
        return shares;
    }

    /// <summary>A fraction of the words <paramref name="start"/> up to <paramref name="end"/> of the group after it, when it names one.</summary>
    private static void AddShare(List<Quantity> shares, IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, int start, int end, double value)
    {
        var fraction = new Entity(EntityLabel.CARDINAL, start, end) { Number = value };
        if (Counted(words, tags, fraction) is { } counted && counted.NormalizedUnit is not ("-" or "year of age"))
        {
            shares.Add(counted with { Unit = "% " + counted.Unit, NormalizedUnit = "% " + counted.NormalizedUnit });
        }
    }

    private static void Add(ref List<Quantity>? found, IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, Quantity? q)
    {
        if (q is null)
        {
            return;
        }
        if (q.End == q.Start + 2 && q.Start > 0 && words[q.Start - 1] is not ("." or "\"" or "“") && words[q.End - 1] is [>= 'A' and <= 'Z', >= 'a' and <= 'z', ..] unit
            && unit.ToLowerInvariant() is "minutes" or "hours" or "days" or "weeks" or "months" or "years" && char.IsLower(words[q.Start - 1][0]))
        {
            // "told 60 Minutes", "28 Days Later": a title, in the capitals of a name.
            return;
        }
        q = PerUnit(words, tags, q);
        var change = ChangeBefore(words, tags, q.Start);
        if (change == QuantityChange.Equal && q.Change is QuantityChange.MoreThan or QuantityChange.LessThan or QuantityChange.Approximate)
        {
            // "15-plus years": the change the number's own words say.
            change = q.Change;
        }
        if (q.End < words.Count && words[q.End].Equals("more", StringComparison.OrdinalIgnoreCase) && q.NormalizedUnit == "-")
        {
            change = QuantityChange.MoreThan;
        }
        (found ??= []).Add(q with { Change = change });
    }

    /// <summary>A number with its unit: money, a percentage, a measure or a duration.</summary>
    private static Quantity Measured(IReadOnlyList<string> words, Entity e)
    {
        var unit = e.Label == EntityLabel.PERCENT ? "%" : e.Unit!;
        var surface = UnitWords(words, e);
        var value = e.Number!.Value;
        var end = e.End;
        var lastWord = words[e.End - 1].ToLowerInvariant();
        if ((e.Start > 1 && words[e.Start - 1] == "-" && words[e.Start - 2].Equals("minus", StringComparison.OrdinalIgnoreCase)
            || e.Start > 0 && words[e.Start - 1].ToLowerInvariant() is "minus" or "negative") && value > 0)
        {
            value = -value;
        }
        double? high = e.Value is ['~', ..] ? value * 10 : null;
        var pence = lastWord.Length > 1 && lastWord[^1] == 'p' && char.IsAsciiDigit(lastWord[^2]);
        if (e.Label == EntityLabel.MONEY && (lastWord is "cent" or "cents" or "penny" or "pence" || pence))
        {
            // NewsQuant counts cents as cents ("up 19 cents"), where the recognizer gives the share of the dollar.
            value = Math.Round(value * 100, 8);
            // Share prices glued to their "p" ("164p") are points in NewsQuant's normalization, as
            // quantulum3 reads the letter; pence spelled out stay pennies.
            unit = lastWord.StartsWith('c') ? "cent" : pence ? "point" : "penny";
        }
        if (unit is "year" or "month" or "week" or "day" && AgeEnd(words, e) is var ageEnd and > 0)
        {
            // "a 50-year-old", "15 year-old", "30 years old", "18 months of age".
            return new Quantity(e.Start, ageEnd, value, null, surface, unit + " of age", QuantityChange.Equal);
        }
        if (unit is "year" or "month" && AfterAgeOf(words, e.Start))
        {
            // "under the age of 5 years".
            return new Quantity(e.Start, end, value, null, surface, unit + " of age", QuantityChange.Equal);
        }
        return new Quantity(e.Start, end, value, high, surface.Length > 0 ? surface : unit, NameOf(unit), QuantityChange.Equal);
    }

    /// <summary>Where an age ends (<c>old</c>, <c>-old</c>, <c>of age</c> after the time unit), or 0 when it is not one.</summary>
    private static int AgeEnd(IReadOnlyList<string> words, Entity e)
    {
        var end = e.End;
        if (words[end - 1].Equals("old", StringComparison.OrdinalIgnoreCase))
        {
            return end;
        }
        if (end < words.Count && words[end] == "-")
        {
            end++;
        }
        if (end < words.Count && words[end].ToLowerInvariant() is "old" or "olds")
        {
            return end + 1;
        }
        return end + 1 < words.Count && words[end] == "of" && words[end + 1].Equals("age", StringComparison.OrdinalIgnoreCase) ? end + 2 : 0;
    }

    /// <summary>Whether <c>aged</c> is before <paramref name="start"/>, or before the low end of a range that ends there (<c>aged 18 to 34</c>).</summary>
    private static bool AfterAged(IReadOnlyList<string> words, int start) =>
        start > 0 && words[start - 1].ToLowerInvariant() is "aged" or "ages"
        || start > 2 && words[start - 1] is "to" or "and" or "-" && NumberWords.TryParseDigits(words[start - 2], out _, out _)
            && words[start - 3].ToLowerInvariant() is "aged" or "ages";

    /// <summary>
    /// Whether a bare number at <paramref name="start"/> (its words ending at <paramref name="end"/>) is a
    /// person's age: after <c>he/she/who was</c> and before the clause goes on, or after <c>died at</c>.
    /// </summary>
    private static bool IsAgeOfPerson(IReadOnlyList<string> words, int start, int end)
    {
        if (start < 2)
        {
            return false;
        }
        var (w1, w2) = (words[start - 1].ToLowerInvariant(), words[start - 2].ToLowerInvariant());
        if (w1 == "at" && w2 is "died" or "dies" or "dead" or "retired" or "retires" or "retiring")
        {
            return true;
        }
        if (w1 == "age" && w2 is "at" or "by" or "until" or "since" or "from")
        {
            // "in 1983, at age 30, he was hired".
            return true;
        }
        if (w1 == "as" && w2 is "old" or "young" && start > 2 && words[start - 3].Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            // "as old as 32", "children as young as 6".
            return true;
        }
        if (w1 is "turned" or "turns" && w2 is "he" or "she" or "who")
        {
            // "the gorilla, who turned 17 on Friday".
            return end >= words.Count || words[end].ToLowerInvariant() is "." or "," or "on" or "in" or "last" or "this" or "and" or "when" or "years";
        }
        var after = end < words.Count ? words[end].ToLowerInvariant() : ".";
        if (w1 == "be" && start > 2 && w2 is "would" or "will" && words[start - 3].ToLowerInvariant() is "he" or "she" or "you" or "i" or "who")
        {
            // "you would be 82 when you're sworn in".
            w2 = words[start - 3].ToLowerInvariant() is "you" or "i" ? "he" : words[start - 3].ToLowerInvariant();
        }
        return w1 is "was" or "is" or "'s" or "be" && w2 is "he" or "she" or "who"
            && after is "." or "," or "when" or "and" or "at" or "as" or "then" or "now" or ";";
    }

    /// <summary>Whether the words before <paramref name="start"/> are <c>the age of</c>, or a life expectancy a few
    /// words back ("life expectancy for men in Glasgow is around 73").</summary>
    private static bool AfterAgeOf(IReadOnlyList<string> words, int start)
    {
        if (start > 1 && words[start - 1] == "of" && words[start - 2].ToLowerInvariant() is "age" or "ages")
        {
            return true;
        }
        for (var k = start - 1; k >= 0 && k >= start - 8; k--)
        {
            if (words[k].Equals("expectancy", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (words[k] is "," or ";" or "." || char.IsAsciiDigit(words[k][0]))
            {
                return false;
            }
        }
        return false;
    }

    private static string NameOf(string unit) => UnitNames.TryGetValue(unit, out var known) ? known : unit.ToLowerInvariant();

    /// <summary>A rate: <c>$3,500 a month</c>, <c>63 cents per share</c>, <c>140 km/h</c>, <c>52,000 barrel-a-day</c>.</summary>
    private static Quantity PerUnit(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, Quantity q)
    {
        if (q.NormalizedUnit == "-" || q.End >= words.Count)
        {
            return q;
        }
        var i = q.End;
        if (words[i] == "of" && q.NormalizedUnit != "percentage")
        {
            // "52,000 barrels of oil a day", "2.4 billion gallons of jet fuel a year": the rate after what is measured.
            for (var w = i + 1; w + 1 < words.Count && w <= i + 4; w++)
            {
                if (words[w] is "a" or "an" or "per" && words[w + 1].ToLowerInvariant() is "day" or "week" or "month" or "year" or "hour")
                {
                    i = w;
                    break;
                }
                if (!words[w].All(char.IsLetter) || tags.Count > w && tags[w].Xpos is "IN" or "CC" or "VBD" or "VBZ" or "VBP" or "MD")
                {
                    break;
                }
            }
        }
        var by = words[i].ToLowerInvariant();
        if (by == "-" && i + 2 < words.Count && words[i + 1] is "a" or "an" or "per" && words[i + 2] == "-")
        {
            i += 2;
            by = "a";
        }
        if (by is not ("a" or "an" or "per" or "/" or "each") || i + 1 >= words.Count)
        {
            return q;
        }
        var j = i + 1;
        string name;
        if (words[j] is "square" or "sq" && j + 1 < words.Count && QuantityRecognizer.TryUnit(words[j + 1], out var side))
        {
            name = NameOf(side + "2");
            j++;
        }
        else if (QuantityRecognizer.TryUnit(words[j], out var unit)
            && !(j + 1 < words.Count && words[j + 1].ToLowerInvariant() is "earlier" or "later" or "ago" or "before" or "after"))
        {
            name = NameOf(unit);
        }
        else if (by is "per" or "/" && tags.Count > j && tags[j].Xpos is "NN" or "NNS" or "NNP")
        {
            if (tags[j].Xpos == "NNP" && j + 1 < tags.Count && tags[j + 1].Xpos is "NN" or "NNS" && char.IsLower(words[j + 1][0]))
            {
                // "$82 per Qualcomm share": the name says whose; the noun is the unit.
                j++;
            }
            name = Singular(words[j]).ToLowerInvariant();
        }
        else if (by is "a" or "an" && words[j].ToLowerInvariant() is "share" or "head" or "piece" or "person" or "barrel" or "ounce" or "pound" or "tonne" or "ton" or "gallon" or "litre")
        {
            name = Singular(words[j]).ToLowerInvariant();
        }
        else
        {
            return q;
        }
        var unitWord = words[j];
        if (j + 2 < words.Count && words[j + 1] == "-" && words[j + 2].All(char.IsLetter) && char.IsLower(words[j + 2][0]))
        {
            // "$4,800 per man-hour".
            unitWord = words[j] + "-" + words[j + 2];
            name = name + "-" + Singular(words[j + 2]).ToLowerInvariant();
            j += 2;
        }
        var per = by is "a" or "an" or "/" ? "per" : by;
        return q with { End = j + 1, Unit = q.Unit + " " + per + " " + unitWord, NormalizedUnit = q.NormalizedUnit + " per " + name };
    }

    /// <summary>A number that counts the noun after it, or a bare number.</summary>
    private static Quantity? Counted(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, Entity e)
    {
        var value = e.Number!.Value;
        double? high = null;
        if (e.Value is ['~', ..])
        {
            // "hundreds", "millions of": an order of magnitude (see remarks).
            high = value * 10;
        }
        var before = e.Start > 0 ? words[e.Start - 1] : "";
        var sentenceStart = e.Start == 1 || e.Start > 1 && words[e.Start - 2] is "." or "!" or "?" or "\"" or "“";
        var measureNext = e.End < words.Count && (words[e.End] is "points" or "percent" or "votes" or "seats" or "goals" or "runs" or "years" or "months" or "days"
            // "beat Carolina 49-15" (but "ISO 3888-2" is a name's number)
            || words[e.End] == "-" && e.End + 1 < words.Count && char.IsAsciiDigit(words[e.End + 1][0]) && words[e.Start].Length <= 3 && words[e.End + 1].Length <= 3
            || words[e.End] == "to" && e.End + 2 < words.Count && char.IsAsciiDigit(words[e.End + 1][0]) && QuantityRecognizer.TryUnit(words[e.End + 2], out _));
        if (before.Any(char.IsUpper) && before != "I" && !measureNext
            && (!sentenceStart || tags.Count > e.Start - 1 && tags[e.Start - 1].Xpos is "NNP" or "NNPS" || before.Length >= 2 && before.All(char.IsAsciiLetterUpper))
            || References.Contains(before))
        {
            // "Game 2", "iPhone 11", "S&P 500", "SB 8": a name's number; "Section 230", "number 23 shirt", "page 3": a reference.
            return null;
        }
        if (e.Start == 0 && e.End < words.Count && words[e.End] is "." or ")" && words[e.Start].All(char.IsAsciiDigit))
        {
            // "2. He has strong support": a list item's number.
            return null;
        }
        var i = e.End;
        if (i < words.Count && words[i].ToLowerInvariant() is "am" or "pm" or "a.m." or "p.m.")
        {
            return null;
        }
        if (e.Start > 1 && words[e.Start - 1] == "-" && words[e.Start] is [>= '0' and <= '9', >= '0' and <= '9']
            && words[e.Start - 2] is ['1' or '2', >= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9'])
        {
            // "in 2015-16": a season's second year.
            return null;
        }
        if (words[e.Start] is "911" or "999" or "112" && i < words.Count && words[i].ToLowerInvariant() is "call" or "calls" or "caller" or "callers"
            or "dispatcher" or "dispatchers" or "operator" or "operators" or "center" or "centre" or "system" or "line")
        {
            // "a 911 caller": an emergency number, not a count.
            return null;
        }
        if (AfterAged(words, e.Start) && high is null)
        {
            // "men aged 18 to 34", "those aged 65 and over": years of age, whatever noun follows.
            return new Quantity(e.Start, e.End, value, null, "-", "year of age", QuantityChange.Equal);
        }
        var own = QuantityChange.Equal;
        if (i < words.Count && words[i].Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            // "eight more picks": NewsQuant marks the count as more than.
            own = QuantityChange.MoreThan;
            i++;
            if (i < words.Count && tags.Count > i && tags[i].Xpos == "VBZ" && words[i].Length > 3 && words[i][^1] == 's' && char.IsLower(words[i][0]))
            {
                // "with eight more picks": after "more" the plural the tagger took for a verb is what is counted.
                tags = [.. tags.Select((tag, k) => k == i ? tag with { Xpos = "NNS" } : tag)];
            }
        }
        if (i + 1 < words.Count && words[i] == "or" && words[i + 1].ToLowerInvariant() is "more" or "greater" or "fewer" or "less" or "so")
        {
            // "50 or more workers", "40 or so representatives": the bound is the number's own.
            own = words[i + 1].ToLowerInvariant() switch
            {
                "more" or "greater" => QuantityChange.MoreThan,
                "so" => QuantityChange.Approximate,
                _ => QuantityChange.LessThan,
            };
            i += 2;
        }
        if (i + 1 < words.Count && words[i] == "of" && (IsDeterminer(words[i + 1]) || tags.Count > i + 1 && tags[i + 1].Xpos is "NNS" or "NNPS"))
        {
            i += IsDeterminer(words[i + 1]) ? 2 : 1;
        }
        else if (i + 2 < words.Count && words[i] == "of" && words[i + 1].Equals("all", StringComparison.OrdinalIgnoreCase)
            && (IsDeterminer(words[i + 2]) || tags.Count > i + 2 && tags[i + 2].Xpos is "NNS" or "NNPS"))
        {
            // "one-fourth of all beneficiaries", "of all the votes".
            i += IsDeterminer(words[i + 2]) ? 3 : 2;
        }
        else if (high is not null && i + 2 < words.Count && words[i] == "of" && tags.Count > i + 2 && tags[i + 1].Xpos is "JJ" or "VBN" && tags[i + 2].Xpos is "NNS" or "NNPS")
        {
            // "dozens of Republican senators", "hundreds of angry protesters".
            i++;
        }
        if (i > e.End + 1 && words[i - 1].Equals("the", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && tags.Count > i
            && tags[i].Xpos == "CD" && words[i + 1] != "-")
        {
            // "three of the four agents": the count of the group is its own; the share counts its noun.
            i++;
        }
        if (i + 1 < words.Count && words[i] == "-" && words[i + 1] is "," or "and" or "or" or "to" && SuspendedNoun(words, tags, i + 1) is { } shared)
        {
            // "four-, five- and six-cylinder engines": the noun of the last is the others' too.
            var noun = QuantityRecognizer.TryUnit(words[shared], out var symbol) ? NameOf(symbol) : Singular(words[shared]).ToLowerInvariant();
            if (symbol is "year" or "month" && shared + 2 < words.Count && words[shared + 1] == "-" && words[shared + 2].ToLowerInvariant() is "old" or "olds")
            {
                // "18- to 24-year-olds".
                noun += " of age";
            }
            return new Quantity(e.Start, i + 1, value, high, words[shared], noun, QuantityChange.Equal);
        }
        if (i + 2 < words.Count && words[i] == "-" && words[i + 1].ToLowerInvariant() is "plus" or "odd"
            && tags.Count > i + 2 && tags[i + 2].Xpos is "NNS" or "NN" or "NNPS")
        {
            // "15-plus years": more than 15 years; "the 30-odd Republicans": about 30.
            own = words[i + 1].Equals("plus", StringComparison.OrdinalIgnoreCase) ? QuantityChange.MoreThan : QuantityChange.Approximate;
            i += 2;
        }
        if (i + 2 < words.Count && words[i] == "-" && words[i + 1].Equals("strong", StringComparison.OrdinalIgnoreCase))
        {
            // "a 100,000-strong army": the number counts the noun after "strong".
            i += 2;
        }
        if (i + 1 < words.Count && words[i] == "-" && tags.Count > i + 1 && tags[i + 1].Xpos is "NN" or "NNS")
        {
            // "three-point range", "six-cylinder engine": the noun of the adjective is the unit.
            var noun = words[i + 1].ToLowerInvariant() is "pound" ? "pound-mass" // "a 450-pound gorilla": a weight, not money
                : QuantityRecognizer.TryUnit(words[i + 1], out var symbol) ? NameOf(symbol)
                : words[i + 1].ToLowerInvariant() is "percent" or "pct" ? "percentage" // "a 70-percent tax rate"
                : Singular(words[i + 1]).ToLowerInvariant();
            return new Quantity(e.Start, i + 2, value, high, words[i + 1], noun, QuantityChange.Equal);
        }
        var (head, first) = (-1, i);
        var unitAt = -1;
        for (var j = i; j < words.Count && j < tags.Count; j++)
        {
            var t = tags[j].Xpos;
            if (j == i && t == "VBZ" && words[j].Length > 3 && words[j][^1] == 's' && char.IsLower(words[j][0]) && e.Start > 0
                && words[e.Start - 1].ToLowerInvariant() is "to" or "from")
            {
                // "from 1000 to 2000 hires": a plural the tagger took for a verb; after "to" or "from", a number
                // is no subject, so the word is a noun.
                t = "NNS";
                tags = [.. tags.Select((tag, k) => k == j ? tag with { Xpos = "NNS" } : tag)];
            }
            if (t == "CD" && words[j].Length > 1 && words[j].All(char.IsAsciiLetterUpper))
            {
                // "87,000 IRS agents": an acronym the tagger took for a number.
                t = "NNP";
            }
            if (t is "NN" or "NNS" or "NNPS" or "NNP")
            {
                if (head < 0 && TemporalRecognizer.IsWeekday(words[j]))
                {
                    // "voted 23-16 Wednesday": the day of it.
                    break;
                }
                if (head >= 0 && words[j].ToLowerInvariant() is "today" or "tonight" or "yesterday" or "tomorrow")
                {
                    // "the release of 21 schoolgirls today".
                    break;
                }
                if (head >= 0 && tags[head].Xpos is "NNS" or "NNPS" && words[j].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(words[j][0]))
                {
                    // "ten Republicans voting in favor": a participle the tagger took for a noun.
                    break;
                }
                if (head >= 0 && char.IsUpper(words[j][0]) && char.IsLower(words[head][0]) && t is not ("NNPS" or "NNS") && !NameBeforePlural(words, tags, j))
                {
                    // "one reason Pixel 2 earned": a name after a common noun starts what comes next.
                    break;
                }
                head = j;
                if (QuantityRecognizer.TryUnit(words[j], out _) && !(j > i && words[j - 1] == "-"))
                {
                    // "517 rushing yards", "50 previous years worth": the unit ends it.
                    unitAt = j;
                    break;
                }
                continue;
            }
            if (head == j - 1 && j + 1 < tags.Count && (t == "HYPH" || words[j] == "-") && char.IsLower(words[j + 1][0])
                && (tags[j + 1].Xpos is "NN" or "NNS" || tags[j + 1].Xpos is "VBN" or "JJ" or "VBG" && j + 2 < tags.Count && tags[j + 2].Xpos is "NN" or "NNS"))
            {
                // "250,000 asylum-seekers", written "asylum - seekers" by the tokenizer: one noun; "2 million
                // gas-powered cars" too.
                continue;
            }
            if (t is "VBN" or "JJ" or "VBG" && j > 1 && words[j - 1] == "-" && head == j - 2 && j + 1 < tags.Count && tags[j + 1].Xpos is "NN" or "NNS")
            {
                // The "powered" of "gas-powered cars".
                continue;
            }
            if (head < 0 && words[j].ToLowerInvariant() is "last" or "next" or "this" or "past" && j + 1 < words.Count
                && words[j + 1].ToLowerInvariant() is "week" or "month" or "year" or "season" or "weekend" or "night" or "summer" or "spring" or "autumn" or "fall" or "winter")
            {
                // "voted 250-173 last month": the time of it, not what was counted.
                break;
            }
            if (head < 0 && t == "CD" && j == i && i > e.End && j + 2 < words.Count && words[j + 1] == "-" && tags[j + 2].Xpos is "NN" or "JJ")
            {
                // "five of the three-ton satellites": a measure inside the counted noun.
                continue;
            }
            if (head < 0 && t == "CC" && j > i && tags[j - 1].Xpos == "JJ" && j + 1 < tags.Count && tags[j + 1].Xpos == "JJ")
            {
                // "12 current or former world leaders".
                continue;
            }
            if (t == "CD" && head == j - 1 && char.IsUpper(words[head][0]) && j + 1 < tags.Count && tags[j + 1].Xpos is "NNS" && char.IsLower(words[j + 1][0]))
            {
                // "three Falcon 9 rockets": a model's number inside the counted noun.
                continue;
            }
            if (head < 0 && j + 1 < tags.Count && (t == "VBN" && (tags[j + 1].Xpos is "NN" or "NNS"
                    || tags[j + 1].Xpos == "NNP" && j + 2 < tags.Count && tags[j + 2].Xpos is "NNS" or "NNPS")
                || t == "RB" && j + 2 < tags.Count && (tags[j + 1].Xpos is "VBN" or "JJ" && tags[j + 2].Xpos is "NN" or "NNS" or "NNPS"
                    || tags[j + 1].Xpos == "NN" && tags[j + 2].Xpos is "NNS" or "NNPS"
                    || words[j + 1] == "-" && tags[j + 2].Xpos is "JJ" or "VBN")))
            {
                // "1,000 privately owned aircraft", "300 wounded soldiers": a participle, and its adverb, before the noun;
                // "nine mostly centrist Democrats", "40 far-right representatives".
                continue;
            }
            if (t is "JJ" or "JJR" or "JJS" or "VBG" or "HYPH" && j + 1 < words.Count && (head < 0 || head == j - 1 && j - 1 == first && t == "JJ" && tags[first].Xpos == "NNP"))
            {
                // "55,000 US public schools": a name before the adjectives is the noun's modifier.
                continue;
            }
            break;
        }
        if (unitAt >= 0)
        {
            QuantityRecognizer.TryUnit(words[unitAt], out var symbol);
            return new Quantity(e.Start, unitAt + 1, value, high, words[unitAt], NameOf(symbol), own);
        }
        if (head >= 0 && IsAcronymPlural(words[head]))
        {
            // "650 MPs", "101 RBIs": a plural of an acronym counts things; a name is not plural.
            tags = [.. tags.Select((t, j) => j == head ? t with { Xpos = "NNS" } : t)];
        }
        if (head < 0 || tags[head].Xpos == "NNP" && (head == first || tags[first].Xpos == "NNP"))
        {
            var rangeNext = i + 1 < words.Count && words[i] is "to" or "or" or "-" && (NumberWords.IsNumberWord(words[i + 1]) || char.IsAsciiDigit(words[i + 1][0]));
            if (head >= 0 || e.Length == 1 && words[e.Start].Equals("one", StringComparison.OrdinalIgnoreCase) && !rangeNext)
            {
                // "787 Dreamliner", "575 Wilbraham Road": a name; "get their hands on one": a pronoun.
                return null;
            }
            if (AfterAgeOf(words, e.Start))
            {
                // "under the age of 18": years of age.
                return new Quantity(e.Start, e.End, value, null, "-", "year of age", QuantityChange.Equal);
            }
            if (IsAgeOfPerson(words, e.Start, i) && value == Math.Floor(value) && value is > 0 and < 120)
            {
                // "Maria, who was 10", "she was 34 when", "he died at 82": a person's age.
                return new Quantity(e.Start, e.End, value, null, "-", "year of age", QuantityChange.Equal);
            }
            if (e.Start > 1 && before == "," && i < words.Count
                && (words[i] is "," or ";" || words[i] == "." && i + 1 == words.Count || words[i] == "and" && i + 1 < words.Count && char.IsUpper(words[i + 1][0]))
                && value == Math.Floor(value) && value is > 0 and < 120 && tags.Count > e.Start
                && (tags[e.Start - 2].Xpos == "NNP" || words[e.Start - 2] is [>= 'A' and <= 'Z', >= 'a' and <= 'z', ..] && tags[e.Start - 2].Xpos.StartsWith("NN", StringComparison.Ordinal)))
            {
                // "Maddon, 66, has", "a daughter, Josephine, 5.": an age after a name, as news gives it (a name the tagger
                // took for a plural, "Arians, 65, said", too).
                return new Quantity(e.Start, e.End, value, null, "-", "year of age", QuantityChange.Equal);
            }
            if (e.Start >= 3 && before == "or" && words[e.Start - 3].ToLowerInvariant() is "a" or "an" && QuantityRecognizer.TryUnit(words[e.Start - 2], out var unitBefore))
            {
                // "a year or two", "a mile or two": the unit of the "a" before.
                return new Quantity(e.Start, e.End, value, high, words[e.Start - 2], NameOf(unitBefore), own);
            }
            return new Quantity(e.Start, e.End, value, high, "-", "-", own);
        }
        var name = new StringBuilder();
        var surface = new StringBuilder();
        for (var j = first; j <= head; j++)
        {
            var w = words[j];
            if (w == "-")
            {
                name.Append('-');
                surface.Append('-');
                continue;
            }
            if (j > first && words[j - 1] != "-")
            {
                name.Append(' ');
                surface.Append(' ');
            }
            surface.Append(w);
            var t = tags[j].Xpos;
            name.Append((t switch
            {
                "NNS" => Singular(w),
                "JJR" or "JJS" => Positive(w),
                _ => w,
            }).ToLowerInvariant());
        }
        return new Quantity(e.Start, head + 1, value, high, surface.ToString(), name.ToString(), own);
    }

    /// <summary>Whether <paramref name="word"/> is an acronym with a plural s: <c>MPs</c>, <c>SUVs</c>.</summary>
    private static bool IsAcronymPlural(string word) =>
        word.Length >= 3 && word[^1] == 's' && !word.AsSpan(0, word.Length - 1).ContainsAnyExceptInRange('A', 'Z');

    /// <summary>Where the noun of a list of hyphened numbers is (<c>five- and six-cylinder</c>: <c>cylinder</c>), from <paramref name="from"/> on, or null.</summary>
    private static int? SuspendedNoun(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, int from)
    {
        for (var j = from; j + 1 < words.Count && j + 1 < tags.Count && j < from + 8; j++)
        {
            var w = words[j];
            if (w == "-" && j > 0 && (NumberWords.TryParseDigits(words[j - 1], out _, out _) || NumberWords.IsNumberWord(words[j - 1])))
            {
                if (tags[j + 1].Xpos is "NN" or "NNS")
                {
                    return j + 1;
                }
                continue;
            }
            if (w is not ("," or "and" or "or" or "to") && !NumberWords.TryParseDigits(w, out _, out _) && !NumberWords.IsNumberWord(w))
            {
                return null;
            }
        }
        return null;
    }

    // Words whose number names one of a series rather than counting anything: "Section 230", "page 3".
    private static readonly HashSet<string> References = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "article", "chapter", "page", "pages", "room", "number", "no.", "no", "nos.", "platform", "gate", "route", "highway",
        "flight", "episode", "volume", "vol.", "paragraph", "figure", "fig.", "clause", "amendment", "item", "rule", "resolution",
        "row", "seat", "terminal", "pier", "exit", "junction", "channel", "version", "model", "type", "phase", "level", "stage",
    };

    private static bool IsDeterminer(string word) =>
        word.ToLowerInvariant() is "the" or "those" or "these" or "his" or "her" or "its" or "their" or "our" or "my" or "your" or "them";

    /// <summary>The words of an entity that are not its number: <c>$</c>, <c>per cent</c>, <c>mph</c>.</summary>
    private static string UnitWords(IReadOnlyList<string> words, Entity e)
    {
        var text = new StringBuilder();
        for (var i = e.Start; i < e.End; i++)
        {
            var w = words[i];
            if (w is "-" or "and" or "a" or "A" or "an" or "half" or "Half" or "quarter" or "Quarter" || NumberWords.TryParseDigits(w, out _, out _) || NumberWords.IsNumberWord(w) || NumberWords.TryMagnitude(w, out _))
            {
                continue;
            }
            if (w.AsSpan().IndexOfAnyInRange('0', '9') is var digit and >= 0 && !(digit > 0 && w[digit - 1] is 'm' or 'M' or 'c' && w.Length == digit + 1))
            {
                // A glued amount ("US$5", "164p", "sub-300"): its currency or suffix letters only. "km2" stays.
                var prefix = w[..digit];
                var suffix = w[(w.AsSpan().LastIndexOfAnyInRange('0', '9') + 1)..];
                w = (prefix.EndsWith('-') ? "" : prefix) + suffix;
                if (w.Length == 0 || NumberWords.TryMagnitude(suffix, out _) || suffix is "m" or "b")
                {
                    w = prefix.EndsWith('-') ? "" : prefix;
                }
                if (w.Length == 0)
                {
                    continue;
                }
            }
            if (text.Length > 0)
            {
                text.Append(' ');
            }
            text.Append(w);
        }
        return text.ToString();
    }

    /// <summary>
    /// Joins <c>5 to 10 miles</c>, <c>between 2 and 3</c>, <c>from 252 miles to 287 miles</c>, <c>from 20 mpg in
    /// 2008 to 29 mpg</c> and <c>to 138,285 lots from 212,577 lots</c> into ranges, the "from" value first as
    /// NewsQuant writes them; <c>from $160 to $180 to $200</c> is two.
    /// </summary>
    private static List<Quantity> Ranges(IReadOnlyList<string> words, List<Quantity> found)
    {
        var joined = new List<Quantity>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            var q = found[k];
            if (k + 1 >= found.Count || found[k + 1] is not { } next || q.IsRange && next.IsRange)
            {
                joined.Add(q);
                continue;
            }
            var fromBefore = q.Start > 0 && words[q.Start - 1].Equals("from", StringComparison.OrdinalIgnoreCase);
            if (!q.IsRange && !next.IsRange && next.Start == q.End && next.Value < 0 && -next.Value > q.Value && words[next.Start].StartsWith('-')
                && (next.NormalizedUnit == q.NormalizedUnit || q.NormalizedUnit == "-"))
            {
                // "5.25%-5.5%", "75 -300mm": the tokenizer reads the high end's hyphen as a minus sign.
                joined.Add(q with { End = next.End, High = -next.Value, Unit = next.Unit, NormalizedUnit = next.NormalizedUnit });
                k++;
                continue;
            }
            if (!q.IsRange && !next.IsRange && next.Start == q.End + 1 && words[q.End] is "-" or "–" && q.Start < words.Count
                && QuantityRecognizer.IsCurrencySign(words[q.Start]) && Magnitude(words, q) == 1 && Magnitude(words, next) is > 1 and var scale
                && NumberWords.Times(q.Value, scale) < next.Value)
            {
                // "$14-18 billion": the sign of the low end and the magnitude of the high end are both's.
                var end = next.Start;
                while (end + 1 < next.End && !NumberWords.TryMagnitude(words[end], out _))
                {
                    end++;
                }
                joined.Add(q with { End = end + 1, Value = NumberWords.Times(q.Value, scale), High = next.Value });
                k++;
                continue;
            }
            if (!q.IsRange && !next.IsRange && IsRangeBetween(words, q, next))
            {
                if (q.NormalizedUnit == next.NormalizedUnit || q.NormalizedUnit == "-" || next.NormalizedUnit.StartsWith(q.NormalizedUnit + " per ", StringComparison.Ordinal))
                {
                    // "$10 to $15 billion", "2 to 3 million people": the magnitude of the high end is the low end's too.
                    var magnitude = Magnitude(words, next);
                    var low = Magnitude(words, q) == 1 && q.Value * magnitude <= next.Value ? q.Value * magnitude : q.Value;
                    joined.Add(next with { Start = q.Start, Value = low, High = next.Value, Change = q.Change });
                    k += Chained(words, found, k + 1) ? 0 : 1;
                    continue;
                }
                if (next.NormalizedUnit == "-" && (fromBefore || q.NormalizedUnit == "year of age"))
                {
                    // "from 208 pounds to 193"; "between the ages of 5 and 31".
                    joined.Add(q with { End = next.End, High = next.Value });
                    k += Chained(words, found, k + 1) ? 0 : 1;
                    continue;
                }
            }
            if (!q.IsRange && !next.IsRange && fromBefore && IsGapBeforeTo(words, q.End, next.Start) && SameOrBare(q, next))
            {
                // "from 20 miles per gallon in 2008 to 29 mpg", "from $36,040 at 10.45pm to $34,935": the same
                // range with when or where in between.
                var unitOf = q.NormalizedUnit == "-" ? next : q;
                joined.Add(q with { End = next.End, High = next.Value, Unit = unitOf.Unit, NormalizedUnit = unitOf.NormalizedUnit });
                k += Chained(words, found, k + 1) ? 0 : 1;
                continue;
            }
            if (!q.IsRange && !next.IsRange && next.Start == q.End + 1 && words[q.End].Equals("from", StringComparison.OrdinalIgnoreCase)
                && q.Start > 0 && words[q.Start - 1].Equals("to", StringComparison.OrdinalIgnoreCase) && SameOrBare(q, next) && q.NormalizedUnit != "-")
            {
                // "narrowed to 138,285 lots from 212,577 lots": the range from the second to the first.
                joined.Add(q with { End = next.End, Value = next.Value, High = q.Value });
                k++;
                continue;
            }
            joined.Add(q);
        }
        SharedUnits(words, joined);
        return joined;
    }

    /// <summary>Gives a bare number the unit its neighbour states for it: <c>8 or $9</c>, <c>rose 64 points to 4,577</c>.</summary>
    private static void SharedUnits(IReadOnlyList<string> words, List<Quantity> found)
    {
        var listed = new bool[found.Count];
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var (q, next) = (found[k], found[k + 1]);
            // A comma only inside a list that an "and" or "or" closes: "ended at 16,644, 16 per cent above" is no list.
            if (q.NormalizedUnit == "-" && next.NormalizedUnit != "-" && !q.IsRange && next.Start == q.End + 1
                && (words[q.End] is "and" or "or" || words[q.End] == "," && listed[k + 1]))
            {
                listed[k] = true;
                // "45 and 50 mg", "3, 4 and 5 percent", "about 8 or $9", "5 and 10 million dollars": a bare number in a
                // list takes the unit of the number that ends it, and its magnitude when it has none of its own.
                var factor = 1.0;
                if (q.End - q.Start == 1 && NumberWords.TryParseDigits(words[q.Start], out _, out _))
                {
                    for (var i = next.Start; i < next.End; i++)
                    {
                        factor = NumberWords.TryMagnitude(words[i], out var f) ? f : factor;
                    }
                }
                found[k] = q with { Value = q.Value * factor, Unit = next.Unit, NormalizedUnit = next.NormalizedUnit };
            }
        }
        for (var k = 0; k + 1 < found.Count; k++)
        {
            var (q, next) = (found[k], found[k + 1]);
            var fromBefore = q.Start > 0 && words[q.Start - 1].Equals("from", StringComparison.OrdinalIgnoreCase);
            if (next.NormalizedUnit == "-" && q.NormalizedUnit is not ("-" or "percentage") && !next.IsRange && words[next.Start - 1] == "to"
                && (next.Start == q.End + 1 && (q.IsRange || q.Change is QuantityChange.Up or QuantityChange.Down)
                    || (q.IsRange || fromBefore) && IsGapBeforeTo(words, q.End, next.Start)))
            {
                // "rose 64.06 points to 4,577.10", "from about 14-18 mpg to 24": where the change led, in its unit.
                found[k + 1] = next with { NormalizedUnit = q.NormalizedUnit };
                continue;
            }
            if (q.NormalizedUnit == "point" && q.Change is QuantityChange.Up or QuantityChange.Down && next.NormalizedUnit == "-" && !next.IsRange
                && next.Start == q.End + 1 && words[q.End] == "at")
            {
                // "closed down 45 points at 7,600": the level the index closed at, in points.
                found[k + 1] = next with { NormalizedUnit = q.NormalizedUnit };
                continue;
            }
            if (q.Change is QuantityChange.Up or QuantityChange.Down && next.NormalizedUnit == "percentage" && next.Change == QuantityChange.Equal
                && next.Start == q.End + 2 && words[q.End] == "," && words[q.End + 1] == "or"
                && !(k + 2 < found.Count && found[k + 2].NormalizedUnit == "-"))
            {
                // "lost 800 points, or 2.9%", "cut 1,200 jobs, or 8% of its staff": the share is the same change.
                found[k + 1] = next with { Change = q.Change };
                continue;
            }
            if (q.NormalizedUnit == "point" && q.Change is QuantityChange.Up or QuantityChange.Down && k + 2 < found.Count
                && next.NormalizedUnit == "percentage" && next.Start == q.End + 2 && words[q.End] == "," && words[q.End + 1] == "or"
                && found[k + 2] is { NormalizedUnit: "-", IsRange: false } level && level.Start == next.End + 2 && words[next.End] == ","
                && words[next.End + 1] is "to" or "at")
            {
                // "fell 500 points, or 1.5%, to 33,000": the share is the same change; the level is in points.
                found[k + 1] = next with { Change = q.Change };
                found[k + 2] = level with { NormalizedUnit = q.NormalizedUnit };
            }
        }
    }

    /// <summary>Whether the high end of a range at <paramref name="k"/> is also the low end of the next (<c>from $160 to $180 to $200</c>).</summary>
    private static bool Chained(IReadOnlyList<string> words, List<Quantity> found, int k) =>
        k + 1 < found.Count && found[k].End < words.Count && words[found[k].End] == "to" && found[k + 1].Start == found[k].End + 1
        && (found[k + 1].NormalizedUnit == found[k].NormalizedUnit || found[k].NormalizedUnit == "-");

    private static bool SameOrBare(Quantity low, Quantity high) =>
        low.NormalizedUnit == high.NormalizedUnit || low.NormalizedUnit == "-" || high.NormalizedUnit == "-";

    /// <summary>
    /// Whether a few words of no other quantity, clause or aside stand between a range's low end (ending at
    /// <paramref name="end"/>) and the <c>to</c> before its high end (at <paramref name="high"/>).
    /// </summary>
    private static bool IsGapBeforeTo(IReadOnlyList<string> words, int end, int high)
    {
        if (high - 1 <= end || high - 1 - end > 6 || !words[high - 1].Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        for (var i = end; i < high - 1; i++)
        {
            if (words[i] is "," or ";" or ":" or "." or "(" or ")" or "and" or "but" or "while" or "from" or "to")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The magnitude word in a quantity's words (<c>billion</c>: 1e9), or 1.</summary>
    private static double Magnitude(IReadOnlyList<string> words, Quantity q)
    {
        for (var i = q.Start; i < q.End; i++)
        {
            if (NumberWords.TryMagnitude(words[i], out var factor))
            {
                return factor;
            }
            if (words[i] is "m" or "b" && i > q.Start && NumberWords.TryParseDigits(words[i - 1], out _, out _))
            {
                return words[i] == "m" ? 1e6 : 1e9;
            }
        }
        return 1;
    }

    private static bool IsRangeBetween(IReadOnlyList<string> words, Quantity low, Quantity high)
    {
        if (high.Start == low.End + 3 && words[low.End] == "-" && words[low.End + 1].Equals("to", StringComparison.OrdinalIgnoreCase) && words[low.End + 2] == "-")
        {
            // "0-to-60-mph".
            return true;
        }
        if (high.Start != low.End + 1)
        {
            return false;
        }
        var between = words[low.End];
        var before = low.Start > 0 ? words[low.Start - 1].ToLowerInvariant() : "";
        if (between is "to" && low.NormalizedUnit != "-" && (before is "by" or "up" or "down" || low.Change is QuantityChange.Up or QuantityChange.Down))
        {
            // "increased by $43.6 billion to $419.2 billion": a change and where it led.
            return false;
        }
        var agesBetween = low.Start > 3 && words[low.Start - 1] == "of" && words[low.Start - 2].Equals("ages", StringComparison.OrdinalIgnoreCase)
            && words[low.Start - 4].Equals("between", StringComparison.OrdinalIgnoreCase);
        return between is "-" or "–" or "to" || between == "and" && (before == "between" || agesBetween)
            || between == "/" && low.NormalizedUnit != "-" && low.NormalizedUnit == high.NormalizedUnit;
    }

    /// <summary>How the words before a quantity make it stand to its value.</summary>
    private static QuantityChange ChangeBefore(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, int start)
    {
        var w1 = start > 0 ? words[start - 1].ToLowerInvariant() : "";
        var w2 = start > 1 ? words[start - 2].ToLowerInvariant() + " " + w1 : "";
        // "no more than 7 percent" is at most 7; "no fewer than 40" at least 40.
        var negated = start > 2 && words[start - 3].ToLowerInvariant() is "no" or "not";
        if (w2 is "more than" or "greater than" or "higher than" or "at least" or "upwards of" or "in excess of" or "or more")
        {
            return negated && w2 is "more than" or "greater than" or "higher than" ? QuantityChange.LessThan : QuantityChange.MoreThan;
        }
        if (w2 is "less than" or "fewer than" or "lower than" or "at most" or "up to")
        {
            return negated && w2 is "less than" or "fewer than" or "lower than" ? QuantityChange.MoreThan : QuantityChange.LessThan;
        }
        if (w2 == "age of" && start > 3 && words[start - 4].ToLowerInvariant() is var limit && limit is "under" or "below" or "over" or "above")
        {
            // "under the age of 5".
            return limit is "under" or "below" ? QuantityChange.LessThan : QuantityChange.MoreThan;
        }
        if (w2 is "close to" or "an estimated" or "an average")
        {
            return QuantityChange.Approximate;
        }
        if (w1 is "over" or "above" or "exceeding" or "exceeded")
        {
            return QuantityChange.MoreThan;
        }
        if (w1 is "under" or "below" || w2 is "sub -" || start < words.Count && words[start].StartsWith("sub-", StringComparison.OrdinalIgnoreCase))
        {
            return QuantityChange.LessThan;
        }
        if (w1 is "about" or "around" or "approximately" or "roughly" or "some" or "nearly" or "almost" or "estimated" or "circa" or "approx." or "~"
            or "averaged" or "averaging" or "average")
        {
            return QuantityChange.Approximate;
        }
        var at = w1 == "by" ? start - 2 : start - 1;
        var verb = at >= 0 ? words[at].ToLowerInvariant() : "";
        if (verb == "up" && tags.Count > at && tags[at].Xpos == "RP"
            && !(at > 0 && words[at - 1].ToLowerInvariant() is "closed" or "ended" or "finished" or "opened" or "traded" or "was" or "is" or "were" or "are"))
        {
            // "gave up 517 yards": a particle, not a rise; "closed up 0.5%" is a market's rise.
            return QuantityChange.Equal;
        }
        if (verb is "up" or "rose" or "risen" or "rises" or "rise" or "rising" or "increased" or "increase" or "gained" or "gains" or "climbed" or "jumped"
            or "grew" or "added" or "higher" or "soared" or "surged" or "advancing" or "advanced" or "upward" or "+")
        {
            return QuantityChange.Up;
        }
        if (verb is "down" or "fell" or "fallen" or "falls" or "fall" or "falling" or "dropped" or "dropping" or "declined" or "decreased" or "decrease"
            or "lost" or "loses" or "losing" or "slid" or "slipped" or "shed" or "cut" or "tumbled" or "plunged" or "plummeted" or "sank" or "lower"
            or "eased" or "decline")
        {
            return QuantityChange.Down;
        }
        return QuantityChange.Equal;
    }

    /// <summary>The plain form of a comparative or superlative adjective: <c>smaller</c> → small, <c>hottest</c> → hot, <c>best</c> → good.</summary>
    internal static string Positive(string adjective)
    {
        var lower = adjective.ToLowerInvariant();
        switch (lower)
        {
            case "best" or "better": return "good";
            case "worst" or "worse": return "bad";
            case "most" or "more": return "many";
            case "least" or "less": return "little";
            case "further" or "furthest" or "farther" or "farthest": return "far";
        }
        var stem = lower.EndsWith("est", StringComparison.Ordinal) ? lower[..^3] : lower.EndsWith("er", StringComparison.Ordinal) ? lower[..^2] : null;
        if (stem is null || stem.Length < 2)
        {
            return lower;
        }
        if (stem[^1] == 'i')
        {
            return stem[..^1] + "y";
        }
        if (stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's'))
        {
            return stem[..^1];
        }
        // "wid", "lat", "larg": a consonant that wants its "e" back.
        if (stem.Length >= 3 && stem[^1] is 'c' or 'd' or 'g' or 's' or 't' or 'v' or 'z' && IsVowel(stem[^2]) && !IsVowel(stem[^3]) || stem.EndsWith("rg", StringComparison.Ordinal))
        {
            return stem + "e";
        }
        return stem;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The singular of a plural noun by the regular English rules and a few irregular plurals.</summary>
    internal static string Singular(string noun)
    {
        if (IsAcronymPlural(noun))
        {
            // "MPs", "SUVs", "RBIs".
            return noun[..^1];
        }
        if (noun.Length > 1 && noun.All(char.IsAsciiLetterUpper))
        {
            // "IRS", "GPS": an acronym whose last letter is its own.
            return noun;
        }
        var lower = noun.ToLowerInvariant();
        switch (lower)
        {
            case "men": return noun[..^2] + "an";
            case "women": return noun[..^2] + "an";
            case "children": return noun[..^3];
            case "feet": return noun[..^3] + "oot";
            case "teeth": return noun[..^4] + "ooth";
            case "mice": return noun[..^3] + "ouse";
            case "people" or "series" or "species" or "news" or "police" or "staff": return noun;
        }
        if (lower.Length > 3 && lower.EndsWith("men", StringComparison.Ordinal))
        {
            // "fishermen", "chairmen"
            return noun[..^2] + "an";
        }
        if (lower.Length > 3 && lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return noun[..^3] + "y";
        }
        if (lower.Length > 3 && (lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)
            || lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal) || lower.EndsWith("uses", StringComparison.Ordinal)))
        {
            return noun[..^2];
        }
        if (lower.Length > 2 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i'))
        {
            return noun[..^1];
        }
        return noun;
    }

    private static Dictionary<string, string> LoadUnitNames()
    {
        const string Resource = "Corroborate.Knowledge.units.tsv";
        using var stream = typeof(QuantityExtractor).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The library has no embedded resource {Resource}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = KnowledgeTable.Read("units", reader, "unit", "name");
        var (unit, name) = (table.Column("unit"), table.Column("name"));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows)
        {
            if (!names.TryAdd(cells[unit], cells[name]))
            {
                throw table.Error(line, $"unit '{cells[unit]}' is given twice");
            }
        }
        return names;
    }
}
