using Corroborate.Language;
using Corroborate.Quotes;

namespace Corroborate.Evaluation;

/// <summary>One role's spans scored two ways: by overlap (the reported figure) and by exact extent.</summary>
public sealed record SpanScore(Tally Overlap, Tally Exact);

/// <summary>
/// How extracted quotes match the gold attributions of PolNeAR, role by role: source, cue and content spans.
/// </summary>
/// <remarks>
/// <para>Each role is scored on its own, article by article, over all of the article's spans of that role:
/// the gold spans of every relation (a relation without a source contributes none), against the spans
/// of every extracted quote (a quote without a speaker contributes none). A predicted span and a gold
/// span <b>overlap</b> when they share at least one character (any piece with any piece, for spans in
/// pieces); they match <b>exactly</b> when their extents — first piece's start, last piece's end — are
/// equal. Each gold span is matched at most once and each predicted span at most once, and the
/// matching taken is the largest such one-to-one matching (so the figure does not depend on the order
/// of the spans). Precision is matches over predicted spans, recall matches over gold spans.</para>
/// <para>Roles are matched independently, so a source may match the source of another relation than
/// the content beside it does; this is the span-level score the task asks for, not a relation-level one.</para>
/// </remarks>
/// <param name="Articles">Articles scored.</param>
/// <param name="Attributions">Gold relations.</param>
/// <param name="Quotes">Extracted quotes.</param>
public sealed record QuoteScore(int Articles, int Attributions, int Quotes, SpanScore Sources, SpanScore Cues, SpanScore Contents)
{
    /// <summary>The quotes <see cref="QuoteExtractor"/> finds in each article, annotated by <paramref name="annotator"/>
    /// (on all cores, in article order).</summary>
    public static IReadOnlyList<IReadOnlyList<Quote>> Extract(IReadOnlyList<PolnearArticle> articles, Annotator annotator, QuoteExtractor extractor) =>
        [.. articles.AsParallel().AsOrdered().Select(a => extractor.Extract(annotator.Annotate(a.Text)))];

    /// <summary>Scores <paramref name="predicted"/>[i] against <paramref name="gold"/>[i].</summary>
    public static QuoteScore Of(IReadOnlyList<PolnearArticle> gold, IReadOnlyList<IReadOnlyList<Quote>> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("one list of quotes is needed per article", nameof(predicted));
        }
        var tallies = new int[3, 2, 3]; // role, overlap/exact, gold/predicted/correct
        var (attributions, quotes) = (0, 0);
        for (var i = 0; i < gold.Count; i++)
        {
            attributions += gold[i].Attributions.Count;
            quotes += predicted[i].Count;
            var roles = new (IReadOnlyList<QuotePart> Gold, IReadOnlyList<QuotePart> Predicted)[]
            {
                ([.. gold[i].Attributions.Select(a => a.Source).OfType<QuotePart>()], [.. predicted[i].Select(q => q.Speaker).OfType<QuotePart>()]),
                ([.. gold[i].Attributions.Select(a => a.Cue).OfType<QuotePart>()], [.. predicted[i].Select(q => q.Cue)]),
                ([.. gold[i].Attributions.Select(a => a.Content).OfType<QuotePart>()], [.. predicted[i].Select(q => q.Content)]),
            };
            for (var r = 0; r < roles.Length; r++)
            {
                var (g, p) = roles[r];
                for (var way = 0; way < 2; way++)
                {
                    tallies[r, way, 0] += g.Count;
                    tallies[r, way, 1] += p.Count;
                    tallies[r, way, 2] += way == 0 ? Matches(g, p, (a, b) => a.Overlap(b) > 0) : Matches(g, p, (a, b) => a.Start == b.Start && a.End == b.End);
                }
            }
        }
        SpanScore Role(int r) => new(new Tally(tallies[r, 0, 0], tallies[r, 0, 1], tallies[r, 0, 2]), new Tally(tallies[r, 1, 0], tallies[r, 1, 1], tallies[r, 1, 2]));
        return new QuoteScore(gold.Count, attributions, quotes, Role(0), Role(1), Role(2));
    }

    /// <summary>The size of the largest one-to-one matching between <paramref name="gold"/> and
    /// <paramref name="predicted"/> under <paramref name="matches"/> (Kuhn's augmenting paths; an
    /// article has a few dozen spans of a role, so the quadratic cost does not matter).</summary>
    internal static int Matches(IReadOnlyList<QuotePart> gold, IReadOnlyList<QuotePart> predicted, Func<QuotePart, QuotePart, bool> matches)
    {
        var candidates = new List<int>[gold.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            candidates[g] = [];
            for (var p = 0; p < predicted.Count; p++)
            {
                if (matches(gold[g], predicted[p]))
                {
                    candidates[g].Add(p);
                }
            }
        }
        var owner = new int[predicted.Count];
        Array.Fill(owner, -1);
        var count = 0;
        for (var g = 0; g < gold.Count; g++)
        {
            if (candidates[g].Count > 0 && Augment(g, candidates, owner, new bool[predicted.Count]))
            {
                count++;
            }
        }
        return count;
    }

    private static bool Augment(int g, List<int>[] candidates, int[] owner, bool[] seen)
    {
        foreach (var p in candidates[g])
        {
            if (seen[p])
            {
                continue;
            }
            seen[p] = true;
            if (owner[p] < 0 || Augment(owner[p], candidates, owner, seen))
            {
                owner[p] = g;
                return true;
            }
        }
        return false;
    }
}
