using System.Diagnostics;

namespace Corroborate.Bench;

/// <summary>How the speed benchmarks time a piece of work: untimed warm-up runs (so the timed ones run
/// tiered-up code), then timed rounds each after a full collection; report the median.</summary>
internal static class TimedRounds
{
    /// <summary>The seconds of each timed round, in order.</summary>
    public static List<double> Measure(int warmups, int rounds, Action run)
    {
        for (var i = 0; i < warmups; i++)
        {
            run();
        }
        var seconds = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            run();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        return seconds;
    }

    public static double Median(List<double> seconds) => seconds.Order().ElementAt(seconds.Count / 2);
}
