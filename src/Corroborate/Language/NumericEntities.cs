using System.Collections.ObjectModel;

namespace Corroborate.Language;

/// <summary>
/// The one entry point for numbers, amounts, dates and times in a sentence: runs
/// <see cref="TemporalRecognizer"/> and <see cref="QuantityRecognizer"/> and merges what they find into
/// one list in word order with no overlaps.
/// </summary>
/// <remarks>
/// Where two mentions overlap, the longer wins, and on equal length the DATE or TIME wins: the
/// quantity recognizer reads <c>two weeks</c> as QUANTITY and <c>7</c> of <c>December 7</c> as CARDINAL
/// without knowing the date around them, and the temporal one only claims words it can read as time.
/// Stateless and thread-safe; the result is read-only.
/// </remarks>
internal static class NumericEntities
{
    /// <summary>The numeric and temporal entities of one sentence's words, sorted and not overlapping.</summary>
    public static IReadOnlyList<Entity> Find(IReadOnlyList<string> words, DateTimeOffset? published)
    {
        var temporal = TemporalRecognizer.Find(words, published);
        var quantities = QuantityRecognizer.Find(words);
        if (quantities.Count == 0)
        {
            return temporal;
        }
        if (temporal.Count == 0)
        {
            return quantities;
        }
        // Each list is sorted and free of overlaps already, so only mentions across the two can clash.
        var candidates = new List<Entity>(temporal.Count + quantities.Count);
        candidates.AddRange(temporal);
        candidates.AddRange(quantities);
        candidates.Sort(static (a, b) =>
        {
            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0)
            {
                return byLength;
            }
            var byKind = IsTemporal(b).CompareTo(IsTemporal(a));
            return byKind != 0 ? byKind : a.Start.CompareTo(b.Start);
        });
        var kept = new List<Entity>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!Overlaps(kept, candidate))
            {
                kept.Add(candidate);
            }
        }
        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new ReadOnlyCollection<Entity>(kept);
    }

    private static bool Overlaps(List<Entity> kept, Entity candidate)
    {
        foreach (var k in kept)
        {
            if (k.Start < candidate.End && candidate.Start < k.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsTemporal(Entity e) => e.Label is EntityLabel.DATE or EntityLabel.TIME;
}
