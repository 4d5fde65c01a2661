using System.IO.Hashing;
using Corroborate.Documents;
using Corroborate.Language;
using Corroborate.Storage;
using Corroborate.Stories;

namespace Corroborate.Pipeline;

/// <summary>What <see cref="StoryIndex.Recluster"/> did: articles re-examined, stories before and after,
/// stories the merge pass folded into others, and articles now in another story than before (or in one for the first time).</summary>
public sealed record ReclusterOutcome(int Articles, int StoriesBefore, int StoriesAfter, int Merged, int Moved, IReadOnlyList<Story> Stories);

/// <summary>
/// Stories kept in a store: clusters newly stored articles into the stored stories (<see cref="Add"/>)
/// and re-examines a time window (<see cref="Recluster"/>). This is where the stories stage meets
/// storage: the stage computes, this class reads its inputs from the store and writes its results back.
/// </summary>
/// <remarks>Fingerprints are stored with the articles, tagged with the fingerprinter and models that
/// made them (<see cref="FingerprintVersion"/>), so resuming needs no annotation of stored articles;
/// stale or missing ones are computed again. One writer at a time, like the store.</remarks>
public sealed class StoryIndex
{
    /// <summary>Undated stories replayed besides the dated ones that are still open: the latest this many.</summary>
    private const int UndatedStories = 1000;

    private readonly IArticleStore _articles;
    private readonly IStoryStore _stories;
    private readonly LanguageModels _models;
    private readonly ClusteringOptions _options;
    private Annotator? _annotator;

    public StoryIndex(IArticleStore articles, IStoryStore stories, LanguageModels models, ClusteringOptions? options = null)
    {
        _articles = articles;
        _stories = stories;
        _models = models;
        _options = options ?? new ClusteringOptions();
        FingerprintVersion = VersionOf(models);
    }

    /// <summary>Names the fingerprinter and the models it runs with: a stored fingerprint of another version is computed again.</summary>
    public string FingerprintVersion { get; }

    /// <summary>
    /// Places the stored articles <paramref name="articleIds"/> that are in no story yet into the stored
    /// stories (resuming the clustering of the stories still open for them, see
    /// <see cref="StoryFinder.Extend"/>) and stores the result in one transaction. Returns every story
    /// the given articles are in, with all its members, in order of each story's earliest article.
    /// </summary>
    public IReadOnlyList<Story> Add(IReadOnlyList<long> articleIds)
    {
        var ids = articleIds.Distinct().ToList();
        var placed = _stories.Memberships(ids).Select(m => m.ArticleId).ToHashSet();
        var incoming = ids.Where(id => !placed.Contains(id)).ToList();
        if (incoming.Count > 0)
        {
            var articles = new ArticleCache(_articles);
            var incomingPrints = FingerprintsOf(incoming, articles, out var computed);
            var times = incomingPrints.Select(f => f.Time).OfType<DateTime>().ToList();
            var (from, to) = times.Count > 0 ? (times.Min() - _options.Window, times.Max() + _options.Window) : ((DateTime?)null, (DateTime?)null);
            var priorMembers = _stories.MembersOfStoriesBetween(from, to, UndatedStories);
            // Prior articles are read from the store only where their fingerprint is missing or their story is written again.
            var priorPrints = FingerprintsOf([.. priorMembers.Select(m => m.ArticleId)], articles, out var recomputed);
            computed.AddRange(recomputed);
            var indexOf = priorMembers.Select((m, i) => (m.ArticleId, i)).ToDictionary(p => p.ArticleId, p => p.i);
            var prior = priorMembers.Select((m, i) => new PriorArticle(priorPrints[i], m.StoryId,
                m.CopyOf is { } c && indexOf.TryGetValue(c, out var ci) ? ci : null)).ToList();

            var placements = StoryFinder.Extend(prior, incomingPrints, _options);
            var all = priorMembers.Select(m => m.ArticleId).Concat(incoming).ToList();
            var prints = priorPrints.Concat(incomingPrints).ToList();
            // Stories that gained an article, or whose copy links changed, are written again in full.
            var touched = new HashSet<long>(placements.Skip(prior.Count).Select(p => p.Story));
            for (var i = 0; i < prior.Count; i++)
            {
                if (placements[i].CopyOf != prior[i].CopyOf)
                {
                    touched.Add(placements[i].Story);
                }
            }
            var members = Enumerable.Range(0, all.Count).Where(i => touched.Contains(placements[i].Story)).ToList();
            Save(members, all, articles, prints, i => placements[i].Story, i => placements[i].CopyOf, computed, emptied: []);
        }
        var storyIds = _stories.Memberships(ids).Select(m => m.StoryId).ToHashSet();
        return StoredStories(storyIds);
    }

    /// <summary>
    /// Re-examines the stories whose span comes within [<paramref name="from"/>, <paramref name="to"/>]
    /// (null: unbounded) together with the stored articles of that time that are in no story: clusters
    /// them again from scratch in order of publication, then merges stories that the single pass split
    /// (<see cref="StoryClusterer.MergeStories"/>) at <paramref name="mergeThreshold"/>. A new story keeps the
    /// id of the old story it shares most articles with; old stories left empty are deleted. One transaction.
    /// </summary>
    public ReclusterOutcome Recluster(DateTime? from, DateTime? to, double mergeThreshold)
    {
        var unbounded = from is null && to is null;
        var old = _stories.MembersOfStoriesBetween(from, to, unbounded ? int.MaxValue : 0);
        var scopeIds = old.Select(m => m.ArticleId).Concat(_stories.UnclusteredArticles(from, to)).Distinct().Order().ToList();
        var articles = new ArticleCache(_articles);
        var prints = FingerprintsOf(scopeIds, articles, out var computed);
        var (assignments, merged) = StoryFinder.Recluster(prints, mergeThreshold, _options);
        var oldStory = old.ToDictionary(m => m.ArticleId, m => m.StoryId);

        // Each new story takes the id of the old story it shares most articles with (greedily, largest overlap first).
        var groups = Enumerable.Range(0, scopeIds.Count).GroupBy(i => assignments[i].Story).ToDictionary(g => g.Key, g => g.ToList());
        var overlaps = groups.SelectMany(g => g.Value.Where(i => oldStory.ContainsKey(scopeIds[i]))
                .GroupBy(i => oldStory[scopeIds[i]]).Select(o => (Group: g.Key, Old: o.Key, Shared: o.Count())))
            .OrderByDescending(o => o.Shared).ThenBy(o => o.Old).ThenBy(o => o.Group);
        var keyOf = new Dictionary<int, long>();
        var reused = new HashSet<long>();
        foreach (var (group, oldId, _) in overlaps)
        {
            if (!keyOf.ContainsKey(group) && reused.Add(oldId))
            {
                keyOf[group] = oldId;
            }
        }
        var created = 0L;
        foreach (var group in groups.Keys.Order())
        {
            if (!keyOf.ContainsKey(group))
            {
                keyOf[group] = --created;
            }
        }
        var emptied = oldStory.Values.Distinct().Where(id => !reused.Contains(id)).ToList();
        var moved = Enumerable.Range(0, scopeIds.Count).Count(i => !oldStory.TryGetValue(scopeIds[i], out var was) || was != keyOf[assignments[i].Story]);
        var stories = Save([.. Enumerable.Range(0, scopeIds.Count)], scopeIds, articles, [.. prints],
            i => keyOf[assignments[i].Story], i => assignments[i].CopyOf, computed, emptied);
        var before = old.Select(m => m.StoryId).Distinct().Count();
        return new ReclusterOutcome(scopeIds.Count, before, stories.Count, merged, moved, stories);
    }

    /// <summary>The stored stories with these ids, as <see cref="Story"/> records (members in order of publication).</summary>
    public IReadOnlyList<Story> StoredStories(IReadOnlyCollection<long> storyIds)
    {
        var members = storyIds.SelectMany(_stories.StoryMembers).ToList();
        var ids = members.Select(m => m.ArticleId).ToList();
        var cache = new ArticleCache(_articles);
        var prints = FingerprintsOf(ids, cache, out _);
        var articles = ids.Select(id => (id, cache[id])).ToList();
        var position = members.Select((m, i) => (m.ArticleId, i)).ToDictionary(p => p.ArticleId, p => p.i);
        var keys = new Dictionary<long, int>();
        foreach (var m in members)
        {
            keys.TryAdd(m.StoryId, keys.Count);
        }
        var assignments = members.Select(m => new StoryAssignment(keys[m.StoryId],
            m.CopyOf is { } c && position.TryGetValue(c, out var ci) ? ci : null)).ToList();
        var stories = StoryFinder.Stories(articles, prints, assignments);
        return [.. stories.Select(s => s with { Id = members[position[s.Members[0].Id]].StoryId })];
    }

    /// <summary>Writes the stories formed by the items <paramref name="members"/> (every member of each story
    /// written) with the fingerprints computed on the way; returns them with their stored ids.</summary>
    private List<Story> Save(
        List<int> members, List<long> all, ArticleCache articles, List<ArticleFingerprint> prints,
        Func<int, long> storyOf, Func<int, int?> copyOf, List<(long, ArticleFingerprint)> computed, IReadOnlyCollection<long> emptied)
    {
        var keys = new Dictionary<long, int>();
        foreach (var i in members)
        {
            keys.TryAdd(storyOf(i), keys.Count);
        }
        var local = members.Select((item, k) => (item, k)).ToDictionary(p => p.item, p => p.k);
        var assignments = members.Select(i => new StoryAssignment(keys[storyOf(i)],
            copyOf(i) is { } c && local.TryGetValue(c, out var lc) ? lc : null)).ToList();
        var stories = StoryFinder.Stories([.. members.Select(i => (all[i], articles[all[i]]))], [.. members.Select(i => prints[i])], assignments);
        var itemOfArticle = members.ToDictionary(i => all[i]);
        var keyOfStory = stories.Select(s => storyOf(itemOfArticle[s.Members[0].Id])).ToList();
        var writes = stories.Select((s, k) => new StoryWrite(
            keyOfStory[k] > 0 ? keyOfStory[k] : null,
            s.Title, s.First, s.Last,
            s.Members.Select(m => m.Article.Outlet?.Name ?? "(unknown outlet)").Distinct().Count(),
            s.IndependentOutlets.Count,
            [.. s.Members.Select(m => (m.Id, m.CopyOf))])).ToList();
        var ids = _stories.SaveStories(computed, FingerprintVersion, writes, emptied);
        return [.. stories.Select((s, k) => s with { Id = ids[k] })];
    }

    /// <summary>The fingerprint of each article: stored if of this version, else computed (and listed in <paramref name="computed"/> to be stored).</summary>
    private ArticleFingerprint[] FingerprintsOf(IReadOnlyList<long> ids, ArticleCache articles, out List<(long, ArticleFingerprint)> computed)
    {
        var stored = _stories.Fingerprints(ids, FingerprintVersion);
        var missing = ids.Where(id => !stored.ContainsKey(id)).Distinct().ToList();
        var fresh = missing.Count > 0
            ? StoryFinder.Fingerprints([.. missing.Select(id => articles[id])], _annotator ??= StoryFinder.FingerprintAnnotator(_models))
            : [];
        computed = [.. missing.Select((id, i) => (id, fresh[i]))];
        var byId = computed.ToDictionary(c => c.Item1, c => c.Item2);
        return [.. ids.Select(id => stored.TryGetValue(id, out var f) ? f : byId[id])];
    }

    /// <summary>Stored articles read on first use, each once.</summary>
    private sealed class ArticleCache(IArticleStore store)
    {
        private readonly Dictionary<long, Article> _read = [];

        public Article this[long id]
        {
            get
            {
                if (!_read.TryGetValue(id, out var article))
                {
                    article = (store.Get(id) ?? throw new StoreException($"article {id} is in a story but not stored")).Article;
                    _read[id] = article;
                }
                return article;
            }
        }
    }

    private static string VersionOf(LanguageModels models)
    {
        var hash = new XxHash3();
        foreach (var file in new[] { LanguageModels.ClustersFile, LanguageModels.SentencesFile, LanguageModels.TaggerFile, LanguageModels.EntitiesFile })
        {
            var path = models.PathOf(file);
            if (File.Exists(path))
            {
                using var stream = File.OpenRead(path);
                hash.Append(stream);
            }
        }
        return $"{Fingerprinter.Version}:{Convert.ToHexStringLower(hash.GetCurrentHash())}";
    }
}
