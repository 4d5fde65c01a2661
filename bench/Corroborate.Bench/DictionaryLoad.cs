using System.Diagnostics;
using System.Globalization;
using Corroborate.Events.Dictionaries;

namespace Corroborate.Bench;

/// <summary>
/// Times <see cref="EventDictionaries.Load"/> on the PETRARCH production dictionaries: the first load of
/// the process (what a program pays at start-up, compilation of the readers included) in wall-clock and
/// CPU time, then the median of warm rounds; with the entries read and the lenient readings. CPU time
/// tells more than the clock on a shared machine.
/// </summary>
internal static class DictionaryLoad
{
    public static int Run(string[] args)
    {
        var folder = ExtractionEvaluation.Option(args, "--folder") ?? Path.Combine(SharedData.Root, "bench", "petrarch", "dictionaries");
        var rounds = int.Parse(ExtractionEvaluation.Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var dictionaries = EventDictionaries.Load(folder);
        var first = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        var firstCpu = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        var warm = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            clock.Restart();
            EventDictionaries.Load(folder);
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }
        var verbs = dictionaries.Verbs;
        Console.WriteLine(FormattableString.Invariant($"""
            {string.Join(", ", dictionaries.Files.Select(Path.GetFileName))}
            verbs: {verbs.Synsets.Count} synsets, {verbs.Blocks.Length} blocks, {verbs.Blocks.Sum(b => b.Verbs.Length)} verbs, {verbs.Blocks.Sum(b => b.Patterns.Length)} patterns, {verbs.Transformations.Length} transformations
            actors: {dictionaries.Actors.Entries.Length} entries, {dictionaries.Actors.PhraseCount} phrases; agents: {dictionaries.Agents.Entries.Length} entries, {dictionaries.Agents.PhraseCount} phrases
            discards: {dictionaries.Discards.Entries.Length}; issues: {dictionaries.Issues.Entries.Length} entries, {dictionaries.Issues.Exclusions.Length} exclusions; {dictionaries.Warnings.Length} lenient readings
            first load {first:F0} ms ({firstCpu:F0} ms of CPU, all threads: compilation and GC included); warm median {warm.Order().ElementAt(warm.Count / 2):F0} ms (rounds: {string.Join(", ", warm.Select(w => w.ToString("F0", CultureInfo.InvariantCulture)))} ms); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB
            """));
        return 0;
    }
}
