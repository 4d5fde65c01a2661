using Corroborate.Documents;
using Corroborate.Language;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Corroborate.Stories;

/// <summary>One weighted feature of an article for story clustering (see <see cref="ArticleFingerprint.Terms"/>).</summary>
public readonly record struct WeightedTerm(string Term, float Weight);

/// <summary>
/// What story clustering knows of an article: its time, outlet, syndication, a MinHash signature of its
/// text, and a bag of weighted terms — word stems, entities by type, numbers and dates.
/// </summary>
/// <remarks>
/// Term kinds are told apart by a prefix so that they never collide: a plain stem (<c>releas</c>);
/// <c>@aliyev</c> (a person by surname), <c>@bbc</c>, <c>@ARM</c> (a country by ISO code, so "Armenian" and
/// "Armenia" meet), <c>@hadrut</c>; <c>#32</c> for a count or amount; <c>%2023-12-07</c> for a date
/// to the day. Weights are before inverse document frequency, which the clusterer applies because
/// it depends on the stream. Immutable.
/// </remarks>
public sealed record ArticleFingerprint(
    DateTime? Time,
    string? Outlet,
    bool Syndicated,
    MinHashSignature Signature,
    IReadOnlyList<WeightedTerm> Terms)
{
    /// <summary>The end of the publication time's uncertainty: a date given only to the day is any time
    /// up to the next midnight (null: <see cref="Time"/> is exact).</summary>
    public DateTime? Until { get; init; }
}

/// <summary>
/// Makes <see cref="ArticleFingerprint"/>s from annotated articles. Thread-safe (a stemmer per thread).
/// </summary>
public static class Fingerprinter
{
    /// <summary>Changes whenever what a fingerprint holds changes (terms, weights, signature), so that stored ones are made again.</summary>
    public const string Version = "fp2";

    /// <summary>A headline word counts this many times a body word: headlines name the event.</summary>
    private const float TitleWeight = 2f;

    private const float EntityWeight = 2f;
    private const float NumberWeight = 1.5f;
    private const float DateWeight = 1.5f;

    /// <summary>Only the lead matters for what the story is; long tails (background, related links) blur it.</summary>
    private const int MaxBodyWords = 600;

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    /// <param name="article">The article (time, outlet, syndication, text for the signature).</param>
    /// <param name="title">The annotated headline.</param>
    /// <param name="body">The annotated body (may be cut to its lead: only the first 600 words count).</param>
    public static ArticleFingerprint Of(Article article, AnnotatedText title, AnnotatedText body)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        if (!article.TitleDerived)
        {
            Add(weights, title, TitleWeight, int.MaxValue);
        }
        Add(weights, body, 1f, MaxBodyWords);
        var terms = weights.Select(kv => new WeightedTerm(kv.Key,
            // Sublinear term frequency: the tenth "Armenia" says less than the second.
            kv.Key[0] is '@' or '#' or '%' ? kv.Value : 1f + MathF.Log(kv.Value)))
            .OrderBy(t => t.Term, StringComparer.Ordinal).ToArray();
        return new ArticleFingerprint(
            article.Published?.Local,
            article.Outlet?.Name,
            article.Attribution.CarriedBy is not null,
            MinHash.Of(article.Text.Length > 0 ? article.Text : article.Title),
            terms)
        {
            Until = article.Published switch
            {
                { Precision: DatePrecision.Day } p => p.Local.AddDays(1),
                { Precision: DatePrecision.Month } p => p.Local.AddMonths(1),
                { Precision: DatePrecision.Year } p => p.Local.AddYears(1),
                _ => null,
            },
        };
    }

    private static void Add(Dictionary<string, float> weights, AnnotatedText text, float weight, int maxWords)
    {
        var seen = 0;
        foreach (var sentence in text.Sentences)
        {
            if (seen >= maxWords)
            {
                break;
            }
            seen += sentence.Words.Count;
            string? previous = null;
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                if (Stem(sentence.Words[i], sentence.Tags.Count > i ? sentence.Tags[i].Upos : "X") is { } stem)
                {
                    Bump(weights, stem, weight);
                    if (weight > 1 && previous is not null)
                    {
                        // Headline word pairs ("time_warner", "mt_gox", "file_bankruptci"): two headlines sharing
                        // a pair are closer than two sharing its words apart (UCI dev 0.696 -> 0.714).
                        Bump(weights, previous + "_" + stem, weight);
                    }
                    previous = stem;
                }
            }
            foreach (var entity in sentence.Entities)
            {
                if (EntityTerm(sentence, entity) is { } key)
                {
                    // A name, count or date weighs the same however often it is repeated; in the headline a little more.
                    weights[key] = Math.Max(weights.GetValueOrDefault(key), KindWeight(key) * (weight > 1 ? 1.5f : 1f));
                }
            }
        }
    }

    private static float KindWeight(string key) => key[0] switch
    {
        '@' => EntityWeight,
        '#' => NumberWeight,
        _ => DateWeight,
    };

    private static void Bump(Dictionary<string, float> weights, string term, float by)
    {
        weights[term] = weights.GetValueOrDefault(term) + by;
    }

    /// <summary>The stem of a content word, or null for function words, punctuation and numbers.</summary>
    internal static string? Stem(string word, string upos)
    {
        if (upos is "PUNCT" or "SYM" or "NUM" or "DET" or "ADP" or "AUX" or "CCONJ" or "SCONJ" or "PART" or "PRON" or "X"
            || word.Length < 2 || !char.IsLetter(word[0]))
        {
            return null;
        }
        var lower = Clean(word);
        if (lower.Length < 2 || StopWords.Contains(lower))
        {
            return null;
        }
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(lower);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>The key of a name, count or date, or null for what does not identify an event.</summary>
    /// <remarks>Names are keyed by what they say, not by their type: on headlines in title case the
    /// recognizer calls one "Apple" a person here and an organization there, and the two must meet. The
    /// type still counts in the weight (see <see cref="Fingerprinter"/>).</remarks>
    internal static string? EntityTerm(AnnotatedSentence sentence, Entity entity)
    {
        switch (entity.Label)
        {
            case EntityLabel.GPE or EntityLabel.NORP when entity.Value is { Length: 3 } code && code.All(char.IsUpper):
                // Countries by ISO code, so that "Armenian" and "Armenia" meet.
                return "@" + code;
            case EntityLabel.PER when entity.Length > 1:
                // People by surname: "President Ilham Aliyev", "Aliyev" and "Mr Aliyev" meet.
                return "@" + Clean(sentence.Words[entity.End - 1]);
            case EntityLabel.PER or EntityLabel.ORG or EntityLabel.LOC or EntityLabel.GPE or EntityLabel.FAC or EntityLabel.NORP:
                return "@" + string.Join(' ', Enumerable.Range(entity.Start, entity.Length).Select(i => Clean(sentence.Words[i])));
            case EntityLabel.CARDINAL or EntityLabel.QUANTITY or EntityLabel.MONEY or EntityLabel.PERCENT
                when entity.Number is { } n && IsTelling(n, entity.Label):
                return "#" + n.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            case EntityLabel.DATE when entity.Precision == "day" && entity.Value is { } day:
                return "%" + day;
            default:
                return null;
        }
    }

    /// <summary>A word lower-cased without the quotes and possessive stuck to it ("rings’", "Chang'e's").</summary>
    private static string Clean(string word)
    {
        var lower = word.ToLowerInvariant().Trim('\'', '’', '‘', '"', '“', '”');
        return lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) ? lower[..^2] : lower;
    }

    /// <summary>Small counts (one, two) and years are in every story; they say nothing about which.</summary>
    private static bool IsTelling(double n, EntityLabel label) =>
        label is EntityLabel.MONEY or EntityLabel.PERCENT
            || (n >= 3 && !(n is >= 1900 and <= 2100 && Math.Floor(n) == n));

    /// <summary>Content words that every story uses (news verbs of saying, time words) on top of the
    /// function words the tagger already leaves out.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "saying", "told", "tell", "according", "reported", "report", "reports", "news", "also",
        "would", "could", "should", "may", "might", "must", "will", "can", "one", "new", "year", "years", "time", "day",
        "days", "week", "weeks", "month", "months", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "read", "more", "people", "like", "just", "get", "got", "make", "made",
        "many", "much", "even", "still", "well", "back", "first", "last", "way", "going", "know", "think", "see", "take",
        "come", "want", "use", "used", "including", "mr", "mrs", "ms", "dr", "not", "n't", "very", "really", "now", "then",
        "here", "there", "where", "when", "what", "which", "who", "how", "why", "all", "any", "some", "other", "such",
        "only", "own", "same", "than", "too", "so", "just", "being", "been", "have", "has", "had", "do", "does", "did",
        "image", "photo", "copyright", "getty", "images", "video", "click", "share", "advertisement", "subscribe",
    };
}
