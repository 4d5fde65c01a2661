using Corroborate.Documents;
using Corroborate.Language;

namespace Corroborate.Stories;

/// <summary>
/// The stories stage in one call: fingerprints a batch of articles (in parallel), then clusters them
/// in order of publication (see <see cref="StoryClusterer"/>). Thread-safe; the batch is not changed.
/// </summary>
public static class StoryFinder
{
    /// <summary>Characters of a body annotated for its fingerprint: the lead, a little more than the 600 words that count.</summary>
    private const int LeadCharacters = 5000;

    /// <summary>The annotator for fingerprints: entities and tags, no parse, fast tagging (tags only feed entities here).</summary>
    public static Annotator FingerprintAnnotator(LanguageModels models) => new(models, fastTagging: true, parse: false);

    /// <summary>The fingerprint of each article, in order, computed on all cores.</summary>
    public static ArticleFingerprint[] Fingerprints(IReadOnlyList<Article> articles, Annotator annotator)
    {
        var result = new ArticleFingerprint[articles.Count];
        Parallel.For(0, articles.Count, i => result[i] = Fingerprint(articles[i], annotator));
        return result;
    }

    public static ArticleFingerprint Fingerprint(Article article, Annotator annotator)
    {
        DateTimeOffset? published = article.Published is { } p ? new DateTimeOffset(p.Local, p.Offset ?? TimeSpan.Zero) : null;
        var title = annotator.Annotate(article.Title, published);
        var body = annotator.Annotate(Lead(article.Text), published);
        return Fingerprinter.Of(article, title, body);
    }

    /// <summary>Clusters the fingerprints in order of time (undated ones last, each group in input order);
    /// returns one assignment per input, in input order, with copy links as input indexes.</summary>
    public static StoryAssignment[] Cluster(IReadOnlyList<ArticleFingerprint> fingerprints, ClusteringOptions? options = null) =>
        Cluster(fingerprints, options, mergeThreshold: null).Assignments;

    /// <summary>As <see cref="Cluster(IReadOnlyList{ArticleFingerprint}, ClusteringOptions?)"/>, then merges
    /// the stories that one pass split (see <see cref="StoryClusterer.MergeStories"/>): what <c>recluster</c> does.</summary>
    /// <returns>The assignments, and how many stories of the single pass were merged into others.</returns>
    public static (StoryAssignment[] Assignments, int Merged) Recluster(
        IReadOnlyList<ArticleFingerprint> fingerprints, double mergeThreshold, ClusteringOptions? options = null) =>
        Cluster(fingerprints, options, mergeThreshold);

    /// <summary>
    /// Resumes a stored clustering: the prior articles are replayed where they were placed (in order of
    /// time), then each incoming article, in order of time, joins a story or starts one as
    /// <see cref="StoryClusterer.Add"/> decides. Returns a placement for every article, prior ones first
    /// then incoming ones, in input order; prior articles keep their story, but their copy link may change
    /// (an outlet's own text, or an earlier one, arriving after a copy of it).
    /// </summary>
    /// <remarks>All prior articles go first so that a late report (published before some of the stored
    /// ones) is compared with the whole of each story, not with what the story was at its time. Only the
    /// prior articles of stories still open for the incoming ones are needed (a story takes nothing beyond
    /// <see cref="ClusteringOptions.Window"/>); they also warm the document frequencies.</remarks>
    public static Placement[] Extend(IReadOnlyList<PriorArticle> prior, IReadOnlyList<ArticleFingerprint> incoming, ClusteringOptions? options = null)
    {
        var count = prior.Count + incoming.Count;
        ArticleFingerprint FingerprintOf(int i) => i < prior.Count ? prior[i].Fingerprint : incoming[i - prior.Count];
        var order = Enumerable.Range(0, count).OrderBy(i => i >= prior.Count).ThenBy(i => FingerprintOf(i).Time ?? DateTime.MaxValue).ToArray();
        var clusterer = new StoryClusterer(options);
        var itemOf = new int[count];
        Array.Fill(itemOf, -1);
        var storyOfKey = new Dictionary<long, int>();
        var keyOfStory = new Dictionary<int, long>();
        foreach (var i in order)
        {
            if (i < prior.Count)
            {
                var p = prior[i];
                if (!storyOfKey.TryGetValue(p.Story, out var story))
                {
                    story = clusterer.StoryCount;
                    storyOfKey[p.Story] = story;
                    keyOfStory[story] = p.Story;
                }
                // A copy replayed before its original (the syndicator rule can make the later text the original) keeps its stored link.
                var copyOf = p.CopyOf is { } c && itemOf[c] >= 0 ? itemOf[c] : (int?)null;
                itemOf[i] = clusterer.Place(p.Fingerprint, story, copyOf);
            }
            else
            {
                itemOf[i] = clusterer.Add(FingerprintOf(i));
            }
        }
        var inputOf = new int[count];
        for (var i = 0; i < count; i++)
        {
            inputOf[itemOf[i]] = i;
        }
        var created = 0L;
        for (var story = 0; story < clusterer.StoryCount; story++)
        {
            if (!keyOfStory.ContainsKey(story))
            {
                keyOfStory[story] = --created;
            }
        }
        var result = new Placement[count];
        for (var i = 0; i < count; i++)
        {
            var a = clusterer.Assignment(itemOf[i]);
            var key = keyOfStory[a.Story];
            var copy = a.CopyOf is { } c ? inputOf[c] : i < prior.Count ? prior[i].CopyOf : null;
            result[i] = new Placement(key, copy);
        }
        return result;
    }

    private static (StoryAssignment[] Assignments, int Merged) Cluster(
        IReadOnlyList<ArticleFingerprint> fingerprints, ClusteringOptions? options, double? mergeThreshold)
    {
        var order = Enumerable.Range(0, fingerprints.Count).OrderBy(i => fingerprints[i].Time ?? DateTime.MaxValue).ToArray();
        var clusterer = new StoryClusterer(options);
        foreach (var i in order)
        {
            clusterer.Add(fingerprints[i]);
        }
        var merged = mergeThreshold is { } threshold ? clusterer.MergeStories(threshold) : 0;
        var result = new StoryAssignment[fingerprints.Count];
        for (var k = 0; k < order.Length; k++)
        {
            var a = clusterer.Assignment(k);
            result[order[k]] = new StoryAssignment(a.Story, a.CopyOf is { } c ? order[c] : null);
        }
        return (result, merged);
    }

    /// <summary>The stories of a batch of stored articles: fingerprinted, clustered in order of publication,
    /// numbered from 1 by their earliest article, each with its members in order of publication, its
    /// lead title (the earliest original with a real headline) and the names most of its articles share.</summary>
    public static IReadOnlyList<Story> Find(IReadOnlyList<(long Id, Article Article)> articles, Annotator annotator, ClusteringOptions? options = null)
    {
        var fingerprints = Fingerprints([.. articles.Select(a => a.Article)], annotator);
        return Stories(articles, fingerprints, Cluster(fingerprints, options));
    }

    /// <summary>The stories that <paramref name="assignments"/> (from <see cref="Cluster"/>) make of the articles,
    /// numbered and described as <see cref="Find"/> says.</summary>
    public static IReadOnlyList<Story> Stories(
        IReadOnlyList<(long Id, Article Article)> articles, IReadOnlyList<ArticleFingerprint> fingerprints, IReadOnlyList<StoryAssignment> assignments)
    {
        var stories = new List<Story>();
        var groups = Enumerable.Range(0, articles.Count).GroupBy(i => assignments[i].Story)
            .Select(g => g.OrderBy(i => articles[i].Article.Published?.Local ?? DateTime.MaxValue).ThenBy(i => articles[i].Id).ToList())
            .OrderBy(g => articles[g[0]].Article.Published?.Local ?? DateTime.MaxValue).ThenBy(g => articles[g[0]].Id);
        foreach (var group in groups)
        {
            var members = group.Select(i => new StoryMember(articles[i].Id, articles[i].Article,
                assignments[i].CopyOf is { } c ? articles[c].Id : null)).ToList();
            var dates = members.Select(m => m.Article.Published).OfType<PublicationDate>().OrderBy(d => d.Local).ToList();
            var lead = members.FirstOrDefault(m => m.CopyOf is null && !m.Article.TitleDerived) ?? members[0];
            stories.Add(new Story(stories.Count + 1, lead.Article.Title, members, dates.FirstOrDefault(), dates.LastOrDefault(),
                SharedNames([.. group.Select(i => fingerprints[i])])));
        }
        return stories;
    }

    /// <summary>Names (not counts or dates) in at least half of the story's articles (two at least), most shared first.</summary>
    private static IReadOnlyList<string> SharedNames(IReadOnlyList<ArticleFingerprint> members)
    {
        if (members.Count < 2)
        {
            return [];
        }
        var needed = Math.Max(2, (members.Count + 1) / 2);
        return [.. members.SelectMany(m => m.Terms.Where(t => t.Term[0] == '@').Select(t => t.Term[1..]))
            .GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() >= needed)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(12).Select(g => g.Key)];
    }

    /// <summary>The first <see cref="LeadCharacters"/> of a text, cut at a paragraph or sentence end.</summary>
    private static string Lead(string text)
    {
        if (text.Length <= LeadCharacters)
        {
            return text;
        }
        var cut = text.LastIndexOf("\n\n", LeadCharacters, StringComparison.Ordinal);
        if (cut < LeadCharacters / 2)
        {
            cut = text.LastIndexOf(". ", LeadCharacters, StringComparison.Ordinal) + 1;
        }
        return text[..(cut > 0 ? cut : LeadCharacters)];
    }
}
