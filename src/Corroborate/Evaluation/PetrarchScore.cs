using Corroborate.Events;
using Corroborate.Events.Dictionaries;
using Corroborate.Language;

namespace Corroborate.Evaluation;

/// <summary>How one PETRARCH validation record came out: the triples expected and coded.</summary>
public sealed record PetrarchOutcome(PetrarchRecord Record, IReadOnlyList<PetrarchCoding> Expected, IReadOnlyList<PetrarchCoding> Coded)
{
    /// <summary>The record passes when exactly the expected triples are coded (none for a no-events or error record).</summary>
    public bool Passed => Expected.Count == Coded.Count && Expected.All(Coded.Contains);
}

/// <summary>
/// Scores a dictionary coder on a PETRARCH validation file: a record passes when its coded
/// (source, target, code) triples are exactly the expected ones, as PETRARCH's own validation run
/// checks; triples are also counted one by one (precision, recall, F1). Per category too.
/// </summary>
/// <param name="Records">Records scored (those the file's <c>Include</c> runs).</param>
/// <param name="Passed">Records whose triples are exactly the expected ones.</param>
/// <param name="Triples">Expected triples (gold), coded triples (predicted) and those in both (correct).</param>
/// <param name="Categories">Records and passes per category.</param>
public sealed record PetrarchScore(int Records, int Passed, Tally Triples, IReadOnlyDictionary<string, (int Records, int Passed)> Categories,
    IReadOnlyList<PetrarchOutcome> Outcomes)
{
    public double PassRate => Records == 0 ? 0 : (double)Passed / Records;

    /// <summary>
    /// Codes every record the file runs: its text annotated and parsed by <paramref name="annotator"/> (never
    /// the file's own parses), each sentence coded on the record's date, with the file's option switches
    /// (<c>require_dyad</c>) in force. Runs on all cores; outcomes keep the file's order.
    /// </summary>
    public static PetrarchScore Of(PetrarchGoldSet set, EventDictionaries dictionaries, Annotator annotator, bool requireDyad = true)
    {
        var coders = new[] { new DictionaryEventCoder(dictionaries, false), new DictionaryEventCoder(dictionaries, true) };
        var included = set.Records.Select((r, i) => (Record: r, Index: i)).Where(p => set.Includes(p.Record)).ToList();
        var outcomes = included.AsParallel().AsOrdered().Select(p =>
        {
            var options = set.OptionsAt(p.Index);
            var dyad = options.TryGetValue("require_dyad", out var value) ? bool.TryParse(value, out var b) && b : requireDyad;
            var coder = coders[dyad ? 1 : 0];
            var text = annotator.Annotate(p.Record.Text, new DateTimeOffset(p.Record.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            var coded = new List<PetrarchCoding>();
            foreach (var sentence in text.Sentences)
            {
                foreach (var e in coder.CodeSentence(sentence, p.Record.Date))
                {
                    var c = new PetrarchCoding(e.Source, e.Target, e.Code);
                    if (!coded.Contains(c))
                    {
                        coded.Add(c);
                    }
                }
            }
            var expected = p.Record.NoEvents || p.Record.Error is not null ? [] : p.Record.Codings.Distinct().ToList();
            return new PetrarchOutcome(p.Record, expected, coded);
        }).ToList();
        var categories = outcomes.GroupBy(o => o.Record.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(o => o.Passed)), StringComparer.Ordinal);
        var triples = new Tally(outcomes.Sum(o => o.Expected.Count), outcomes.Sum(o => o.Coded.Count), outcomes.Sum(o => o.Expected.Count(o.Coded.Contains)));
        return new PetrarchScore(outcomes.Count, outcomes.Count(o => o.Passed), triples, categories, outcomes);
    }
}
