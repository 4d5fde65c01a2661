using Corroborate.Evaluation;
using Corroborate.Language;

namespace Corroborate.Bench;

/// <summary>
/// The PLOVER gold records of the dev half that the event coder gets wrong: the gold category, event
/// words and actors beside what was coded, for reading while tuning (<c>--counts</c>: the records with a size,
/// dead or injured figure, and the counts coded). Never run on the held-out half.
/// </summary>
internal static class EventErrors
{
    public static int Run(string[] args)
    {
        var records = DevRecords();
        var coded = PloverScore.Code(records, Annotator.Default);
        foreach (var (r, events) in records.Zip(coded))
        {
            var first = events.Count > 0 ? events[0] : null;
            if (args.Contains("--counts"))
            {
                // Only the records with a size, dead or injured figure, gold beside what the first event counts.
                if (r.Size is null && r.Dead is null && r.Injured is null)
                {
                    continue;
                }
                Console.WriteLine($"size {r.Size ?? "-"} dead {r.Dead ?? "-"} injured {r.Injured ?? "-"} | coded: {string.Join(", ", first?.Counts.Select(k => $"{k.Number} {k.Role}") ?? [])} [{first?.TriggerText}]");
                Console.WriteLine($"    {r.Text}");
                continue;
            }
            var expected = PloverScore.Current(r.Event);
            var sources = string.Join("+", r.Sources.Select(a => a.Code));
            var targets = string.Join("+", r.Targets.Select(a => a.Code));
            var ok = first is not null && PloverScore.Category(first) == expected && (first.Source?.Country ?? first.Source?.Organization ?? "") is var s && sources.Contains(s, StringComparison.Ordinal);
            if (ok && args.Contains("--wrong-only"))
            {
                continue;
            }
            Console.WriteLine($"{(ok ? "ok " : "ERR")} {expected} [{r.EventText}] {sources} -> {targets} | coded: {string.Join("; ", events.Select(e => $"{PloverScore.Category(e)} ({e.Event}) [{e.TriggerText}] {e.Source?.Code}({e.Source?.Text}) -> {e.Target?.Code}({e.Target?.Text}) {e.Modality}"))}");
            Console.WriteLine($"    {r.Text}");
        }
        return 0;
    }

    /// <summary>The dev half of the PLOVER gold records, the only half the bench tools read.</summary>
    internal static List<PloverRecord> DevRecords() =>
        [.. EventGold.LoadPlover(Path.Combine(SharedData.Root, "bench", "plover", "PLOVER_GSR_CAMEO.txt")).Where(r => r.Split == BenchmarkSplit.Dev)];
}
