using Corroborate.Evaluation;
using Corroborate.Events;
using Corroborate.Events.Dictionaries;
using Corroborate.Language;

namespace Corroborate.Bench;

/// <summary>
/// The PLOVER gold records of the dev half coded five ways: by our coder, by the PETRARCH production
/// dictionaries (CAMEO codes read as PLOVER), by our coder with the dictionaries' events where it finds
/// none (what <c>--with-dictionaries</c> does), the other way round, and by ours unless none of its events
/// names a coded actor. An experiment on whether the production dictionaries add to the built-in coder;
/// never run on the held-out half. <c>--up</c> adds the UniversalPetrarch variants, <c>--dyad</c> asks for
/// both a source and a target as PETRARCH does.
/// </summary>
internal static class PloverDictionaries
{
    public static int Run(string[] args)
    {
        var records = EventErrors.DevRecords();
        var folder = Path.Combine(SharedData.Root, "bench", "petrarch", "dictionaries");
        var overrides = args.Contains("--up") ? Path.Combine(SharedData.Root, "bench", "petrarch", "dictionaries-up") : null;
        var coder = new DictionaryEventCoder(EventDictionaries.Load(folder, overrides), requireDyad: args.Contains("--dyad"));
        var annotator = Annotator.Default;
        var ours = PloverScore.Code(records, annotator);
        var theirs = records.AsParallel().AsOrdered().Select(r =>
        {
            var published = new DateTimeOffset(r.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return coder.Code(annotator.Annotate(r.Text, published), published);
        }).ToList();
        var fallback = ours.Zip(theirs, (o, t) => o.Count > 0 ? o : t).ToList();
        var preferred = ours.Zip(theirs, (o, t) => t.Count > 0 ? t : o).ToList();
        // Ours unless none of our events names an actor with a code.
        var withActors = ours.Zip(theirs, (o, t) => o.Any(e => e.Source?.Code.Length > 0 || e.Target?.Code.Length > 0) || t.Count == 0 ? o : t).ToList();
        foreach (var (name, coded) in new[] { ("ours", ours), ("dictionaries", (IReadOnlyList<IReadOnlyList<EventRecord>>)theirs), ("ours, else dictionaries", fallback), ("dictionaries, else ours", preferred), ("ours with actors, else dicts", withActors) })
        {
            var score = PloverScore.Of(records, coded);
            Console.WriteLine($"{name,-26} category {score.CategoryAccuracy:P2}  source F1 {score.Sources.F1:P2}  target F1 {score.Targets.F1:P2}");
        }
        return 0;
    }
}
