using System.Runtime.InteropServices;

namespace Corroborate.Stories;

/// <summary>The knobs of <see cref="StoryClusterer"/>; the defaults were chosen on the dev parts of the
/// story benchmarks (see the README).</summary>
public sealed record ClusteringOptions
{
    /// <summary>An article joins the most similar open story when the cosine reaches this; else it starts one.</summary>
    public double JoinThreshold { get; init; } = 0.14;

    /// <summary>The join threshold of an article with fewer than <see cref="ShortTerms"/> terms (a headline,
    /// a feed item without text): a story of short reports has a diffuse centroid, which no one headline
    /// comes close to.</summary>
    public double ShortJoinThreshold { get; init; } = 0.06;

    /// <summary>Below this many terms an article is short (see <see cref="ShortJoinThreshold"/>); a headline has about ten.</summary>
    public int ShortTerms { get; init; } = 20;

    /// <summary>Estimated Jaccard of word 5-grams at which an article is a copy of an earlier one.</summary>
    public double CopyThreshold { get; init; } = 0.5;

    /// <summary>A story takes no article published more than this after its last one (or before its first).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Similarity is scaled by exp(-days apart / this) (zero: no scaling within the window).</summary>
    public TimeSpan TimeScale { get; init; } = TimeSpan.FromDays(2);

    /// <summary>The least the time scaling leaves of a similarity, however far apart: dates in feeds are
    /// sometimes wrong (an old date, a crawl date), and a near-identical report should still join.</summary>
    public double TimeFloor { get; init; } = 0.4;

    /// <summary>How many of an article's strongest terms (of those seen before) look up candidate stories.</summary>
    public int QueryTerms { get; init; } = 16;

    /// <summary>How many of an article's strongest terms its story is indexed under.</summary>
    public int IndexTerms { get; init; } = 32;

    /// <summary>Candidate stories scored in full per article, those sharing the most query terms first.</summary>
    public int MaxCandidates { get; init; } = 16;

    /// <summary>Terms a story's centroid keeps (its strongest); bounds the cost of scoring a big story.</summary>
    public int CentroidTerms { get; init; } = 300;

    /// <summary>A story's latest members compared one by one with another story's by the merge pass (besides the centroids).</summary>
    public int MembersCompared { get; init; } = 8;

    /// <summary>Stories one index term keeps (the most recent); bounds the cost of a lookup.</summary>
    public int PostingsCap { get; init; } = 256;
}

/// <summary>Where one article went: its story (0-based, in order of creation) and, for a copy, the item it copies.</summary>
public readonly record struct StoryAssignment(int Story, int? CopyOf);

/// <summary>
/// Incremental story clustering: articles arrive in time order and each joins the most similar open
/// story or starts a new one. Similarity is the cosine of TF-IDF vectors over word stems, typed entities,
/// counts and dates (see <see cref="ArticleFingerprint"/>) against each story's centroid. Near-identical
/// texts (MinHash, <see cref="NearDuplicateIndex"/>) are marked as copies and join their original's story.
/// </summary>
/// <remarks>
/// Candidate stories come from an inverted index from an article's strongest terms to the stories they
/// were strong in, never from a scan of all stories; postings of stories that closed (no article within
/// <see cref="ClusteringOptions.Window"/>) are dropped as they are met and every list is capped, so the
/// cost per article stays bounded as the stream grows. Inverse document frequencies are counted over
/// the stream itself. Not thread-safe: one writer; deterministic for a given order.
/// </remarks>
public sealed class StoryClusterer
{
    private readonly ClusteringOptions _options;
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private readonly List<float> _idf = [];
    private int _idfCount;
    private int _idfVersion;
    private readonly List<Item> _items = [];
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<int, List<int>> _postings = [];
    private readonly NearDuplicateIndex _copies;
    private DateTime? _now;

    /// <summary>Stories not yet seen closed, in order of creation.</summary>
    private readonly List<int> _open = [];

    /// <summary>Items from this number on still hold their signatures.</summary>
    private int _signaturesKept;

    public StoryClusterer(ClusteringOptions? options = null)
    {
        _options = options ?? new ClusteringOptions();
        _copies = new NearDuplicateIndex(_options.Window * 2);
    }

    public int Count => _items.Count;

    /// <summary>Receives, for tuning, each scored candidate: (item, story, centroid cosine, time factor).</summary>
    internal Action<int, int, float, float>? Trace { get; set; }

    public int StoryCount => _stories.Count;

    /// <summary>Places one article; returns its item number (0-based, in order of arrival).</summary>
    public int Add(ArticleFingerprint article)
    {
        var (itemNumber, item) = Arrive(article);
        var original = Original(itemNumber, article.Signature);
        int story;
        if (original is { } o)
        {
            item.CopyOf = o.Copy == itemNumber ? o.Original : null;
            if (o.Copy != itemNumber)
            {
                // The earlier text is the copy (it was carried by a syndicator; this one is the outlet's own).
                _items[o.Copy].CopyOf = itemNumber;
            }
            story = _items[o.Copy == itemNumber ? o.Original : o.Copy].Story;
        }
        else
        {
            story = BestStory(item) ?? -1;
        }
        if (story < 0)
        {
            story = NewStory();
        }
        Settle(itemNumber, item, story);
        return itemNumber;
    }

    /// <summary>Places an article where an earlier run put it, to resume a stored clustering: it joins
    /// story <paramref name="story"/> (at most <see cref="StoryCount"/>, which starts a new story) as a
    /// copy of item <paramref name="copyOf"/> if given, and counts and is indexed like any other article,
    /// so that later articles can join its story or be found to copy it.</summary>
    public int Place(ArticleFingerprint article, int story, int? copyOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(story);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(story, _stories.Count);
        if (copyOf is { } c && (c < 0 || c >= _items.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(copyOf), c, "a copy must follow its original");
        }
        var (itemNumber, item) = Arrive(article);
        item.CopyOf = copyOf;
        if (story == _stories.Count)
        {
            NewStory();
        }
        Settle(itemNumber, item, story);
        return itemNumber;
    }

    private int NewStory()
    {
        _stories.Add(new StoryState());
        _open.Add(_stories.Count - 1);
        return _stories.Count - 1;
    }

    /// <summary>Counts a new article into the stream and makes its item (not yet in a story).</summary>
    private (int Number, Item Item) Arrive(ArticleFingerprint article)
    {
        if (article.Time is { } time && (_now is null || time > _now))
        {
            _now = time;
        }
        RefreshIdf();
        var (ids, weights) = Vectorize(article);
        var item = new Item(ids, weights, article.Time, article.Syndicated, article.Signature)
        {
            Mentioned = MentionedDays(article),
            Until = article.Until ?? article.Time,
        };
        _items.Add(item);
        return (_items.Count - 1, item);
    }

    private void Settle(int itemNumber, Item item, int story)
    {
        Join(itemNumber, item, story);
        if (item.Signature.Shingles > 0)
        {
            _copies.Add(itemNumber, item.Signature, item.Time);
        }
        ReleaseForgotten();
    }

    /// <summary>Lets go of what no later article can reach, so that memory follows the window rather than
    /// the stream: signatures of items the copy index has dropped, and, every 1,024 articles, the
    /// index bookkeeping and spare capacity of stories that closed. Centroids and latest members stay (a
    /// merge pass reads them).</summary>
    private void ReleaseForgotten()
    {
        for (; _signaturesKept < _copies.ForgottenBefore; _signaturesKept++)
        {
            _items[_signaturesKept].Signature = MinHash.Nothing;
        }
        if (_items.Count % 1024 != 0)
        {
            return;
        }
        _open.RemoveAll(s =>
        {
            var story = _stories[s];
            if (!Closed(story) && story.MergedInto is null)
            {
                return false;
            }
            foreach (var term in story.Indexed ?? [])
            {
                // Its postings would be dropped when next met; dropping them now also frees the lists of
                // terms no later article has, which otherwise grow with the stream.
                if (_postings.TryGetValue(term, out var list) && list.Remove(s) && list.Count == 0)
                {
                    _postings.Remove(term);
                }
            }
            story.Indexed = null;
            // Same terms, no spare room: a trimmed centroid keeps the capacity it had before the trim.
            story.Centroid.TrimExcess();
            story.Members.TrimExcess();
            return true;
        });
    }

    /// <summary>
    /// Merges stories that one pass split: each story, in order of creation, is compared with the earlier
    /// stories that share its strongest terms (found through an index built for this pass) and joins the
    /// closest one when max(centroid cosine, closest pair of their latest members) × the time factor of
    /// the gap between their spans reaches <paramref name="threshold"/>. Returns how many stories merged.
    /// </summary>
    /// <remarks>Meant for <c>recluster</c>: a story split because its reports drifted (a first headline,
    /// then details) or because a late report arrived after its story had closed. A merged story's
    /// centroid is the sum of both, so what joins it later is compared with all of it. Merged-away
    /// stories are left empty; <see cref="Assignment"/> and <see cref="Stories"/> follow the merge.</remarks>
    public int MergeStories(double threshold)
    {
        var index = new Dictionary<int, List<int>>();
        var merged = 0;
        for (var s = 0; s < _stories.Count; s++)
        {
            var story = _stories[s];
            if (story.Members.Count == 0)
            {
                continue;
            }
            var strongest = StrongestCentroidTerms(story, _options.IndexTerms);
            var hits = new Dictionary<int, int>();
            foreach (var term in strongest.Take(_options.QueryTerms))
            {
                if (index.TryGetValue(term, out var earlier))
                {
                    foreach (var e in earlier)
                    {
                        var root = Root(e);
                        if (root != s)
                        {
                            hits[root] = hits.GetValueOrDefault(root) + 1;
                        }
                    }
                }
            }
            int? best = null;
            var bestScore = threshold;
            foreach (var (other, _) in hits.OrderByDescending(h => h.Value).ThenByDescending(h => h.Key).Take(_options.MaxCandidates))
            {
                var score = StorySimilarity(story, _stories[other]);
                if (score >= bestScore && (best is null || score > bestScore))
                {
                    best = other;
                    bestScore = score;
                }
            }
            if (best is { } into)
            {
                Absorb(into, s);
                merged++;
                foreach (var term in strongest)
                {
                    AddPosting(index, term, into);
                }
            }
            else
            {
                foreach (var term in strongest)
                {
                    AddPosting(index, term, s);
                }
            }
        }
        return merged;
    }

    /// <summary>The story a merged-away story went into (itself if it was not merged).</summary>
    private int Root(int story)
    {
        while (_stories[story].MergedInto is { } into)
        {
            story = into;
        }
        return story;
    }

    private static void AddPosting(Dictionary<int, List<int>> index, int term, int story)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, term, out _);
        list ??= [];
        if (list.Count == 0 || list[^1] != story)
        {
            list.Add(story);
        }
    }

    private int[] StrongestCentroidTerms(StoryState story, int count) =>
        [.. story.Centroid.Select(kv => (Score: kv.Value * Idf(kv.Key), Term: kv.Key))
            .OrderByDescending(t => t.Score).ThenBy(t => t.Term).Take(count).Select(t => t.Term)];

    /// <summary>max(centroid cosine, closest pair of latest members) × the time factor of the gap between the two spans; 0 beyond the window.</summary>
    private float StorySimilarity(StoryState a, StoryState b)
    {
        var decay = 1f;
        if (a.First is { } af && a.Last is { } al && b.First is { } bf && b.Last is { } bl && _options.TimeScale > TimeSpan.Zero)
        {
            var apart = Apart(af, al, bf, bl);
            if (apart > _options.Window)
            {
                return 0;
            }
            var floor = (float)_options.TimeFloor;
            decay = floor + (1 - floor) * MathF.Exp(-(float)(apart / _options.TimeScale));
        }
        var centroid = CentroidCosine(a, b);
        var member = 0f;
        for (var k = a.Members.Count - 1; k >= 0 && k >= a.Members.Count - _options.MembersCompared; k--)
        {
            var item = _items[a.Members[k]];
            member = Math.Max(member, ClosestMember(item, Norm(item.Ids, item.Weights), b));
        }
        return Math.Max(centroid, member) * decay;
    }

    private float CentroidCosine(StoryState a, StoryState b)
    {
        var (small, large) = a.Centroid.Count <= b.Centroid.Count ? (a, b) : (b, a);
        var dot = 0f;
        foreach (var (term, weight) in small.Centroid)
        {
            if (large.Centroid.TryGetValue(term, out var other))
            {
                var idf = Idf(term);
                dot += weight * other * idf * idf;
            }
        }
        return dot == 0 ? 0 : dot / (CentroidNorm(a) * CentroidNorm(b));
    }

    private float CentroidNorm(StoryState story)
    {
        if (story.NormVersion != _idfVersion)
        {
            var sum = 0f;
            foreach (var (term, weight) in story.Centroid)
            {
                var w = weight * Idf(term);
                sum += w * w;
            }
            story.Norm = MathF.Sqrt(sum);
            story.NormVersion = _idfVersion;
        }
        return story.Norm;
    }

    /// <summary>Moves every member of story <paramref name="from"/> into <paramref name="into"/>.</summary>
    private void Absorb(int into, int from)
    {
        var (target, source) = (_stories[into], _stories[from]);
        foreach (var member in source.Members)
        {
            _items[member].Story = into;
        }
        target.Members.AddRange(source.Members);
        target.Members.Sort();
        foreach (var (term, weight) in source.Centroid)
        {
            target.Centroid[term] = target.Centroid.GetValueOrDefault(term) + weight;
        }
        target.First = Earlier(target.First, source.First);
        target.Last = target.Last is { } tl && source.Last is { } sl ? (tl > sl ? tl : sl) : target.Last ?? source.Last;
        TrimCentroid(target);
        target.NormVersion = -1;
        source.Members.Clear();
        source.Centroid.Clear();
        source.MergedInto = into;
    }

    private static DateTime? Earlier(DateTime? a, DateTime? b) => a is { } x && b is { } y ? (x < y ? x : y) : a ?? b;

    /// <summary>The story and copy link of every item so far; a copy of a copy points at the first original.</summary>
    public StoryAssignment Assignment(int item)
    {
        var copyOf = _items[item].CopyOf;
        for (var hops = 0; copyOf is { } c && _items[c].CopyOf is { } further && hops < 100; hops++)
        {
            copyOf = further;
        }
        return new StoryAssignment(_items[item].Story, copyOf);
    }

    /// <summary>The items of each story, in order of arrival.</summary>
    /// <summary>The items of each story (none for a story merged into another), in order of arrival.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Stories() => [.. _stories.Select(s => (IReadOnlyList<int>)s.Members)];

    private (int[] Ids, float[] Weights) Vectorize(ArticleFingerprint article)
    {
        var ids = new int[article.Terms.Count];
        var weights = new float[article.Terms.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_vocabulary, article.Terms[i].Term, out var exists);
            if (!exists)
            {
                id = _documentFrequency.Count;
                _documentFrequency.Add(0);
                _idf.Add(0);
            }
            _documentFrequency[id]++;
            _idf[id] = ComputeIdf(id);
            ids[i] = id;
            weights[i] = article.Terms[i].Weight;
        }
        // Sorted by term id, so that two articles' vectors meet in one merge pass.
        Array.Sort(ids, weights);
        return (ids, weights);
    }

    /// <summary>Smoothed inverse document frequency over the stream (never zero, so that in a batch of
    /// one story the words all its articles share still count).</summary>
    /// <remarks>Read from a table: a term's entry is renewed when its count changes, and the whole table
    /// each time the stream has grown by 5%, so no logarithm is taken on the scoring path; cached norms
    /// of articles and stories carry the table's version.</remarks>
    private float Idf(int term) => _idf[term];

    // Counted as if the article being placed were already in (it is, by the time it is scored).
    private float ComputeIdf(int term) => MathF.Log(1f + (_items.Count + 2f) / _documentFrequency[term]);

    private void RefreshIdf()
    {
        if (_items.Count < (_idfCount * 1.05) + 1)
        {
            return;
        }
        for (var t = 0; t < _idf.Count; t++)
        {
            _idf[t] = ComputeIdf(t);
        }
        _idfCount = _items.Count;
        _idfVersion++;
    }

    /// <summary>(copy, original) when this text nearly repeats one placed before: that one is the
    /// original unless it was carried by a syndicator and this one was not, or this one was published
    /// earlier (and is not a syndicator's copy of an outlet's own text).</summary>
    private (int Copy, int Original)? Original(int itemNumber, MinHashSignature signature)
    {
        if (signature.Shingles == 0)
        {
            return null;
        }
        var best = -1;
        var bestSimilarity = _options.CopyThreshold;
        foreach (var candidate in _copies.Candidates(signature))
        {
            var similarity = MinHash.Similarity(signature, _items[candidate].Signature);
            if (similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity))
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        if (best < 0)
        {
            return null;
        }
        var root = best;
        while (_items[root].CopyOf is { } up)
        {
            root = up;
        }
        var (item, earlier) = (_items[itemNumber], _items[root]);
        // Arrival is publication order in a stream, but a late report resumed into stored stories can be the older text.
        var publishedFirst = item.Time is { } t && earlier.Time is { } e && t < e && !(item.Syndicated && !earlier.Syndicated);
        return (earlier.Syndicated && !item.Syndicated) || publishedFirst ? (root, itemNumber) : (itemNumber, root);
    }

    private int? BestStory(Item item)
    {
        // Only terms an earlier article had can lead to a story: the rarest terms, new with this article, cannot.
        var query = Strongest(item.Ids, item.Weights, _options.QueryTerms, seenBefore: true);
        var hits = new Dictionary<int, int>();
        foreach (var term in query)
        {
            if (!_postings.TryGetValue(term, out var stories))
            {
                continue;
            }
            stories.RemoveAll(s => Closed(_stories[s]));
            foreach (var s in stories)
            {
                if (InWindow(_stories[s], item.Time))
                {
                    hits[s] = hits.GetValueOrDefault(s) + 1;
                }
            }
        }
        if (hits.Count == 0)
        {
            return null;
        }
        var itemNorm = Norm(item.Ids, item.Weights);
        int? best = null;
        var bestScore = item.Ids.Length < _options.ShortTerms ? _options.ShortJoinThreshold : _options.JoinThreshold;
        foreach (var (story, _) in hits.OrderByDescending(h => h.Value).ThenByDescending(h => h.Key).Take(_options.MaxCandidates))
        {
            // The centroid only: the closest single member as well (tried) chains headlines that share a
            // word or two ("files for bankruptcy") into one story, and changes nothing on full texts.
            var (centroid, decay) = (Cosine(item, itemNorm, _stories[story]), Decay(_stories[story], item));
            Trace?.Invoke(_items.Count - 1, story, centroid, decay);
            var score = centroid * decay;
            if (score >= bestScore && (best is null || score > bestScore))
            {
                best = story;
                bestScore = score;
            }
        }
        return best;
    }

    private void Join(int itemNumber, Item item, int story)
    {
        item.Story = story;
        var state = _stories[story];
        state.Members.Add(itemNumber);
        state.NormVersion = -1;
        if (state.Members.Count > _options.MembersCompared)
        {
            // Only a story's latest members are compared one by one; an older one lives on in the centroid.
            _items[state.Members[^(_options.MembersCompared + 1)]].ReleaseVector();
        }
        if (item.Time is { } t)
        {
            state.First = state.First is { } f && f < t ? f : t;
            var until = item.Until ?? t;
            state.Last = state.Last is { } l && l > until ? l : until;
        }
        // The centroid sums each member's unit-length raw vector, so a long article weighs no more than a short one.
        var norm = 0f;
        foreach (var w in item.Weights)
        {
            norm += w * w;
        }
        norm = norm > 0 ? MathF.Sqrt(norm) : 1f;
        for (var i = 0; i < item.Ids.Length; i++)
        {
            state.Centroid[item.Ids[i]] = state.Centroid.GetValueOrDefault(item.Ids[i]) + item.Weights[i] / norm;
        }
        TrimCentroid(state);
        foreach (var term in Strongest(item.Ids, item.Weights, _options.IndexTerms, seenBefore: false))
        {
            if (!(state.Indexed ??= []).Add(term))
            {
                continue;
            }
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, term, out _);
            list ??= [];
            list.Add(story);
            if (list.Count > _options.PostingsCap)
            {
                list.RemoveAll(s => Closed(_stories[s]));
                if (list.Count > _options.PostingsCap)
                {
                    list.RemoveRange(0, list.Count - _options.PostingsCap / 2);
                }
            }
        }
    }

    /// <summary>Keeps a centroid to its strongest terms once it has twice as many, bounding the cost of scoring a big story.</summary>
    private void TrimCentroid(StoryState state)
    {
        if (state.Centroid.Count > 2 * _options.CentroidTerms)
        {
            var keep = state.Centroid.OrderByDescending(kv => kv.Value).Take(_options.CentroidTerms).ToList();
            state.Centroid.Clear();
            foreach (var (term, weight) in keep)
            {
                state.Centroid[term] = weight;
            }
        }
    }

    /// <summary>The <paramref name="count"/> terms with the highest TF-IDF weight; with
    /// <paramref name="seenBefore"/>, only terms some earlier article had.</summary>
    private int[] Strongest(int[] ids, float[] weights, int count, bool seenBefore)
    {
        var scored = new List<(float Score, int Id)>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            if (!seenBefore || _documentFrequency[ids[i]] > 1)
            {
                scored.Add((weights[i] * Idf(ids[i]), ids[i]));
            }
        }
        if (scored.Count > count)
        {
            scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Id.CompareTo(b.Id));
        }
        return [.. scored.Take(count).Select(s => s.Id)];
    }

    private float Norm(int[] ids, float[] weights)
    {
        var sum = 0f;
        for (var i = 0; i < ids.Length; i++)
        {
            var w = weights[i] * Idf(ids[i]);
            sum += w * w;
        }
        return MathF.Sqrt(sum);
    }

    private float Cosine(Item item, float itemNorm, StoryState story)
    {
        if (itemNorm == 0)
        {
            return 0;
        }
        var dot = 0f;
        for (var i = 0; i < item.Ids.Length; i++)
        {
            if (story.Centroid.TryGetValue(item.Ids[i], out var c))
            {
                var idf = Idf(item.Ids[i]);
                dot += item.Weights[i] * c * idf * idf;
            }
        }
        if (dot == 0)
        {
            return 0;
        }
        return dot / (itemNorm * CentroidNorm(story));
    }

    /// <summary>The highest cosine between the article and one of the story's latest members; the merge
    /// pass reads it for two stories of short reports, whose centroids are diffuse.</summary>
    private float ClosestMember(Item item, float itemNorm, StoryState story)
    {
        var best = 0f;
        var members = story.Members;
        for (var k = members.Count - 1; k >= 0 && k >= members.Count - _options.MembersCompared; k--)
        {
            var other = _items[members[k]];
            if (other.NormVersion != _idfVersion)
            {
                other.Norm = Norm(other.Ids, other.Weights);
                other.NormVersion = _idfVersion;
            }
            float dot = 0;
            for (int i = 0, j = 0; i < item.Ids.Length && j < other.Ids.Length;)
            {
                if (item.Ids[i] == other.Ids[j])
                {
                    var idf = Idf(item.Ids[i]);
                    dot += item.Weights[i] * other.Weights[j] * idf * idf;
                    i++;
                    j++;
                }
                else if (item.Ids[i] < other.Ids[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
            if (dot > 0)
            {
                best = Math.Max(best, dot / (itemNorm * other.Norm));
            }
        }
        return best;
    }

    /// <summary>floor + (1 - floor) exp(-days apart / time scale): reports of one event come within a day or two of each other, while the
    /// same kind of event a week later is another story. 1 inside the story's span or without dates.</summary>
    private float Decay(StoryState story, Item item)
    {
        if (item.Time is not { } t || story.First is not { } first || story.Last is not { } last || _options.TimeScale <= TimeSpan.Zero)
        {
            return 1f;
        }
        // Distance between the article's time span (a whole day for a date without a time) and the story's.
        var apart = Apart(t, item.Until ?? t, first, last);
        foreach (var day in item.Mentioned)
        {
            // A follow-up that names the day of the event ("announced on December 7") is as close as that day.
            var byDay = Apart(day, day, first.Date, last.Date + TimeSpan.FromDays(1));
            apart = byDay < apart ? byDay : apart;
        }
        var floor = (float)_options.TimeFloor;
        return floor + (1 - floor) * MathF.Exp(-(float)(apart / _options.TimeScale));
    }

    /// <summary>The gap between the spans [start, end] and [first, last]; zero when they overlap.</summary>
    private static TimeSpan Apart(DateTime start, DateTime end, DateTime first, DateTime last) =>
        end < first ? first - end : start > last ? start - last : TimeSpan.Zero;

    /// <summary>The days (to the day) the article's text names, within the window before its publication.</summary>
    private DateTime[] MentionedDays(ArticleFingerprint article)
    {
        if (article.Time is not { } t)
        {
            return [];
        }
        var days = new List<DateTime>();
        foreach (var term in article.Terms)
        {
            if (term.Term[0] == '%' && DateTime.TryParseExact(term.Term.AsSpan(1), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var day) && day <= t && t - day <= _options.Window)
            {
                days.Add(day);
            }
        }
        return [.. days];
    }

    private bool Closed(StoryState story) => _now is { } now && story.Last is { } last && now - last > _options.Window;

    private bool InWindow(StoryState story, DateTime? time) =>
        time is not { } t || story.First is not { } first || story.Last is not { } last
        || (t <= last + _options.Window && t >= first - _options.Window);

    private sealed class Item(int[] ids, float[] weights, DateTime? time, bool syndicated, MinHashSignature signature)
    {
        public int[] Ids { get; private set; } = ids;

        public float[] Weights { get; private set; } = weights;

        public DateTime? Time { get; } = time;

        public bool Syndicated { get; } = syndicated;

        public MinHashSignature Signature { get; set; } = signature;

        public int Story { get; set; }

        public int? CopyOf { get; set; }

        public DateTime[] Mentioned { get; init; } = [];

        public DateTime? Until { get; init; }

        public float Norm { get; set; }

        public int NormVersion { get; set; } = -1;

        /// <summary>Drops the term vector once the item is no longer among its story's latest members.</summary>
        public void ReleaseVector()
        {
            Ids = [];
            Weights = [];
        }
    }

    private sealed class StoryState
    {
        public List<int> Members { get; } = [];

        public Dictionary<int, float> Centroid { get; } = [];

        /// <summary>Terms the story is posted under; null once the story closed and the set was let go.</summary>
        public HashSet<int>? Indexed { get; set; }

        public DateTime? First { get; set; }

        public DateTime? Last { get; set; }

        /// <summary>The story this one was merged into by <see cref="MergeStories"/>.</summary>
        public int? MergedInto { get; set; }

        public float Norm { get; set; }

        /// <summary>The idf table version <see cref="Norm"/> was computed with; -1 after the centroid changed.</summary>
        public int NormVersion { get; set; } = -1;
    }
}
