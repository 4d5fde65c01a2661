using System.Text.RegularExpressions;
using Corroborate.Documents;

namespace Corroborate.Stories;

/// <summary>An article in a story; <see cref="CopyOf"/> is the id of the article it reproduces, if any.</summary>
public sealed record StoryMember(long Id, Article Article, long? CopyOf);

/// <summary>Articles judged to report one real-world event, with the names and numbers they share.</summary>
public sealed record Story(
    int Number,
    string Title,
    IReadOnlyList<StoryMember> Members,
    PublicationDate? First,
    PublicationDate? Last,
    IReadOnlyList<string> SharedTerms)
{
    /// <summary>Outlets that reported the story themselves (syndicated copies not counted).</summary>
    public IReadOnlyList<string> IndependentOutlets =>
        [.. Members.Where(m => m.CopyOf is null).Select(m => m.Article.Outlet?.Name ?? "(unknown outlet)").Distinct()];
}

/// <summary>
/// A first story grouping for small batches: articles that share enough rare names (or fewer names and
/// two or more counts), and were published within a week of each other, go into one story; near-identical texts are marked
/// as copies of the earlier (or the one a syndicator did not carry).
/// </summary>
/// <remarks>
/// Names are runs of capitalised words found by pattern, not by an entity recognizer; shared terms are
/// weighted by how rare they are in the batch (idf) and compared by cosine. Cost is quadratic in the
/// batch, which is fine for the hundreds of articles an <c>analyze</c> run holds; the streaming
/// clusterer of the stories issue replaces it. Deterministic and thread-safe.
/// </remarks>
public static partial class StoryGrouper
{
    private const double LinkThreshold = 0.22;
    private const double CopyThreshold = 0.6;

    /// <summary>Two reports that give the same two or more counts ("32", "26") need fewer shared names.</summary>
    private const double NumbersLinkThreshold = 0.08;
    private const int MaxDaysApart = 7;

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "but", "or", "in", "on", "at", "to", "for", "of", "by", "with", "from", "as", "it", "its",
        "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "there",
        "yet", "so", "if", "when", "while", "after", "before", "thus", "however", "also", "besides", "overall", "according",
        "recall", "therefore", "additionally", "meanwhile", "read", "more", "source", "mr", "mrs", "ms", "dr",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    public static IReadOnlyList<Story> Group(IReadOnlyList<(long Id, Article Article)> articles)
    {
        var terms = articles.Select(a => Terms(a.Article)).ToArray();
        var idf = InverseDocumentFrequency(terms);
        var shingles = articles.Select(a => Shingles(a.Article.Text)).ToArray();
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        var copyOf = new long?[articles.Count];

        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = i + 1; j < articles.Count; j++)
            {
                if (TooFarApart(articles[i].Article.Published, articles[j].Article.Published))
                {
                    continue;
                }
                if (Jaccard(shingles[i], shingles[j]) >= CopyThreshold)
                {
                    var (copy, original) = CopyAndOriginal(articles, i, j);
                    copyOf[copy] ??= articles[original].Id;
                    Union(parent, i, j);
                }
                else if (Cosine(terms[i], terms[j], idf) is var cosine
                    && (cosine >= LinkThreshold || (cosine >= NumbersLinkThreshold && SharedCounts(terms[i], terms[j]) >= 2)))
                {
                    Union(parent, i, j);
                }
            }
        }

        var stories = new List<Story>();
        foreach (var group in Enumerable.Range(0, articles.Count).GroupBy(i => Find(parent, i)).OrderBy(g => g.Min()))
        {
            var members = group.Select(i => new StoryMember(articles[i].Id, articles[i].Article, copyOf[i]))
                .OrderBy(m => m.Article.Published?.Local ?? DateTime.MaxValue).ThenBy(m => m.Id).ToList();
            var dates = members.Select(m => m.Article.Published).OfType<PublicationDate>().OrderBy(d => d.Local).ToList();
            var shared = group.Count() < 2 ? [] : SharedTerms([.. group.Select(i => terms[i])], idf);
            var lead = members.FirstOrDefault(m => m.CopyOf is null && !m.Article.TitleDerived) ?? members[0];
            stories.Add(new Story(stories.Count + 1, lead.Article.Title, members, dates.FirstOrDefault(), dates.LastOrDefault(), shared));
        }
        return stories;
    }

    /// <summary>Lower-cased names (whole runs and their words), numbers and the title's names.</summary>
    internal static HashSet<string> Terms(Article article)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in new[] { article.Title, article.Text })
        {
            foreach (Match match in NameRun().Matches(source))
            {
                var words = match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w)
                    .Select(w => w.ToLowerInvariant())
                    .Where(w => !NotNames.Contains(w))
                    .ToList();
                foreach (var word in words)
                {
                    terms.Add(word);
                }
                if (words.Count > 1)
                {
                    terms.Add(string.Join(' ', words));
                }
            }
            foreach (Match number in Number().Matches(source))
            {
                terms.Add("#" + number.Value.Replace(",", "", StringComparison.Ordinal));
            }
        }
        return terms;
    }

    /// <summary>Numbers both articles state, years left out (every story of a season shares those).</summary>
    private static int SharedCounts(HashSet<string> a, HashSet<string> b) =>
        a.Count(t => t.StartsWith('#') && b.Contains(t) && !(t.Length == 5 && t[1] is '1' or '2'));

    private static Dictionary<string, double> InverseDocumentFrequency(HashSet<string>[] terms)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in terms)
        {
            foreach (var term in set)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }
        // Smoothed so that a term every article shares still counts a little in a batch of one story.
        return df.ToDictionary(kv => kv.Key, kv => Math.Log(1.0 + (terms.Length + 1.0) / kv.Value), StringComparer.Ordinal);
    }

    private static double Cosine(HashSet<string> a, HashSet<string> b, Dictionary<string, double> idf)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var t in a)
        {
            var w = idf[t] * idf[t];
            na += w;
            if (b.Contains(t))
            {
                dot += w;
            }
        }
        foreach (var t in b)
        {
            nb += idf[t] * idf[t];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private static IReadOnlyList<string> SharedTerms(List<HashSet<string>> sets, Dictionary<string, double> idf)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in sets.SelectMany(s => s))
        {
            counts[t] = counts.GetValueOrDefault(t) + 1;
        }
        var needed = Math.Max(2, (sets.Count + 1) / 2);
        return [.. counts.Where(kv => kv.Value >= needed && !kv.Key.StartsWith('#') && !kv.Key.Contains(' ', StringComparison.Ordinal))
            .OrderByDescending(kv => kv.Value).ThenByDescending(kv => idf[kv.Key]).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(12).Select(kv => kv.Key)];
    }

    private static HashSet<long> Shingles(string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var set = new HashSet<long>();
        for (var i = 0; i + 5 <= words.Length; i++)
        {
            set.Add(HashCode.Combine(words[i], words[i + 1], words[i + 2], words[i + 3], words[i + 4]));
        }
        return set;
    }

    private static double Jaccard(HashSet<long> a, HashSet<long> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static (int Copy, int Original) CopyAndOriginal(IReadOnlyList<(long Id, Article Article)> articles, int i, int j)
    {
        var a = articles[i].Article;
        var b = articles[j].Article;
        if ((a.Attribution.CarriedBy is null) != (b.Attribution.CarriedBy is null))
        {
            return a.Attribution.CarriedBy is not null ? (i, j) : (j, i);
        }
        var da = a.Published?.Local ?? DateTime.MaxValue;
        var db = b.Published?.Local ?? DateTime.MaxValue;
        return da > db || (da == db && articles[i].Id > articles[j].Id) ? (i, j) : (j, i);
    }

    private static bool TooFarApart(PublicationDate? a, PublicationDate? b) =>
        a is not null && b is not null && Math.Abs((a.Local - b.Local).TotalDays) > MaxDaysApart;

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)*")]
    private static partial Regex NameRun();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,]\d)|(?<![\d.,])\d{2,}(?![\d.,]\d)")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex WordPattern();
}
