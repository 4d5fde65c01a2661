namespace Corroborate.Evaluation;

/// <summary>Precision, recall and F1 of one clustering measure.</summary>
public readonly record struct ClusterScore(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// How well predicted stories match gold stories: B³ (Bagga and Baldwin 1998: for each article, the
/// share of its predicted story that is in its gold story, and of its gold story that is in its
/// predicted story, averaged over articles) and pair counting (precision and recall over the pairs of
/// articles put in one story).
/// </summary>
public sealed record StoryScore(int Articles, int GoldStories, int PredictedStories, ClusterScore BCubed, ClusterScore Pairwise)
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>, one label per article.</summary>
    public static StoryScore Of<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("one predicted story per gold article is needed");
        }
        var joint = new Dictionary<(TGold, TPredicted), int>();
        var goldSizes = new Dictionary<TGold, int>();
        var predictedSizes = new Dictionary<TPredicted, int>();
        for (var i = 0; i < gold.Count; i++)
        {
            joint[(gold[i], predicted[i])] = joint.GetValueOrDefault((gold[i], predicted[i])) + 1;
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
        }
        // B³ summed per cell: each of the n articles in cell (g, p) has precision n/|p| and recall n/|g|.
        double precision = 0, recall = 0, truePairs = 0;
        foreach (var ((g, p), n) in joint)
        {
            precision += (double)n * n / predictedSizes[p];
            recall += (double)n * n / goldSizes[g];
            truePairs += Pairs(n);
        }
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        var count = Math.Max(1, gold.Count);
        return new StoryScore(
            gold.Count,
            goldSizes.Count,
            predictedSizes.Count,
            new ClusterScore(precision / count, recall / count),
            new ClusterScore(predictedPairs == 0 ? 1 : truePairs / predictedPairs, goldPairs == 0 ? 1 : truePairs / goldPairs));
    }

    private static double Pairs(int n) => n * (n - 1) / 2.0;
}

/// <summary>
/// Hard negatives of a benchmark part: pairs of articles from different gold stories on the same topic
/// that share at least two names (typed entity terms) — similar events that are different — and how
/// many of them the clustering kept apart.
/// </summary>
public sealed record HardNegatives(int Pairs, int Separated)
{
    public double SeparationRate => Pairs == 0 ? 1 : (double)Separated / Pairs;

    /// <summary>Counts the hard pairs of <paramref name="part"/> and those in different predicted stories.</summary>
    public static HardNegatives Of(BenchmarkPart part, IReadOnlyList<Stories.ArticleFingerprint> fingerprints, IReadOnlyList<int> predicted)
    {
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < fingerprints.Count; i++)
        {
            foreach (var term in fingerprints[i].Terms)
            {
                if (term.Term[0] == '@')
                {
                    (holders.TryGetValue(term.Term, out var list) ? list : holders[term.Term] = []).Add(i);
                }
            }
        }
        var shared = new Dictionary<long, int>();
        foreach (var items in holders.Values)
        {
            for (var x = 0; x < items.Count; x++)
            {
                for (var y = x + 1; y < items.Count; y++)
                {
                    var (i, j) = (items[x], items[y]);
                    var a = part.Articles[i];
                    var b = part.Articles[j];
                    if (a.Gold != b.Gold && a.Topic is not null && a.Topic == b.Topic)
                    {
                        var key = ((long)Math.Min(i, j) << 32) | (uint)Math.Max(i, j);
                        shared[key] = shared.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }
        var pairs = 0;
        var separated = 0;
        foreach (var (key, count) in shared)
        {
            if (count >= 2)
            {
                pairs++;
                separated += predicted[(int)(key >> 32)] != predicted[(int)(key & 0xFFFFFFFF)] ? 1 : 0;
            }
        }
        return new HardNegatives(pairs, separated);
    }
}
