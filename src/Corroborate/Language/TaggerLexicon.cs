using System.Globalization;

namespace Corroborate.Language;

/// <summary>
/// What the tagger's training data says about each word it saw: the label of words it (nearly) always
/// tags one way, the set of labels each word took (its ambiguity class, a feature), and which words
/// occur in lower case (a capitalised word whose lower-case form is common is less likely a name).
/// </summary>
internal sealed class TaggerLexicon
{
    private readonly Dictionary<string, int> _unambiguous;
    private readonly Dictionary<string, string> _classes;
    private readonly HashSet<string> _lowerCase;

    private TaggerLexicon(Dictionary<string, int> unambiguous, Dictionary<string, string> classes, HashSet<string> lowerCase)
    {
        _unambiguous = unambiguous;
        _classes = classes;
        _lowerCase = lowerCase;
    }

    /// <summary>The label of a word seen 20 times or more with one label at least 99% of the time.</summary>
    public bool TryUnambiguous(string word, out int label) => _unambiguous.TryGetValue(word, out label);

    /// <summary>The labels a word seen 5 times or more took in training (each at least 5% of its occurrences), else "?".</summary>
    public string AmbiguityClass(string normalized) => _classes.GetValueOrDefault(normalized, "?");

    /// <summary>Whether the word's lower-case form occurs in lower case in training.</summary>
    public bool SeenInLowerCase(string word) => _lowerCase.Contains(word.ToLowerInvariant());

    public static TaggerLexicon Build(IEnumerable<(IReadOnlyList<string> Words, int[] Labels)> data, int labels, Func<string, string> normalize)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var normalizedCounts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (words, gold) in data)
        {
            for (var i = 0; i < words.Count; i++)
            {
                Count(counts, words[i], gold[i], labels);
                Count(normalizedCounts, normalize(words[i]), gold[i], labels);
                if (words[i].Length > 0 && char.IsLower(words[i][0]))
                {
                    lower.Add(words[i]);
                }
            }
        }
        var unambiguous = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, c) in counts)
        {
            var total = c.Sum();
            var best = Array.IndexOf(c, c.Max());
            if (total >= 20 && c[best] >= 0.99 * total)
            {
                unambiguous[word] = best;
            }
        }
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        // Only words seen often enough: the tagger must learn, in training, to tag words without a class.
        foreach (var (word, c) in normalizedCounts)
        {
            var total = c.Sum();
            if (total >= 5)
            {
                classes[word] = string.Join(',', Enumerable.Range(0, labels).Where(l => c[l] >= 0.05 * total));
            }
        }
        return new TaggerLexicon(unambiguous, classes, lower);
    }

    private static void Count(Dictionary<string, int[]> counts, string key, int label, int labels)
    {
        if (!counts.TryGetValue(key, out var c))
        {
            counts[key] = c = new int[labels];
        }
        c[label]++;
    }

    /// <summary>The lexicon as model-header properties.</summary>
    public void WriteTo(Dictionary<string, string> properties)
    {
        properties["unambiguous"] = string.Join('\u001E', _unambiguous.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e.Key + '\u001F' + e.Value.ToString(CultureInfo.InvariantCulture)));
        properties["classes"] = string.Join('\u001E', _classes.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + '\u001F' + e.Value));
        properties["lowercase"] = string.Join('\u001E', _lowerCase.Order(StringComparer.Ordinal));
    }

    public static TaggerLexicon ReadFrom(IReadOnlyDictionary<string, string> properties)
    {
        var unambiguous = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(properties.GetValueOrDefault("unambiguous", "")))
        {
            unambiguous[key] = int.Parse(value, CultureInfo.InvariantCulture);
        }
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(properties.GetValueOrDefault("classes", "")))
        {
            classes[key] = value;
        }
        var lowercase = properties.GetValueOrDefault("lowercase", "") is { Length: > 0 } words
            ? new HashSet<string>(words.Split('\u001E'), StringComparer.Ordinal)
            : [];
        return new TaggerLexicon(unambiguous, classes, lowercase);
    }

    private static IEnumerable<(string Key, string Value)> Pairs(string entries)
    {
        if (entries.Length == 0)
        {
            yield break;
        }
        foreach (var entry in entries.Split('\u001E'))
        {
            var tab = entry.LastIndexOf('\u001F');
            yield return (entry[..tab], entry[(tab + 1)..]);
        }
    }
}
