using System.Diagnostics;
using System.Globalization;
using Corroborate.Stories;

namespace Corroborate.Bench;

/// <summary>
/// Cost of the stories stage on one thread: MinHash signatures per second over article-length text,
/// and clustering articles per second as the stream grows (generated text: events of 1 to 40 reports
/// over a year, each report drawing words from its event and from a Zipf-distributed background),
/// with the heap it needed.
/// </summary>
internal static class StoryScale
{
    public static int Run(string[] args)
    {
        var sizes = (Arg(args, "--sizes") ?? "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var rounds = int.Parse(Arg(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        Signatures(rounds);
        foreach (var size in sizes)
        {
            Clustering(size);
        }
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB");
        return 0;
    }

    private static void Signatures(int rounds)
    {
        var random = new Random(1);
        var texts = Enumerable.Range(0, 2000).Select(_ => Text(random, 550, random.Next(1000))).ToArray();
        // Three untimed rounds first, so that the timed ones run tiered-up code.
        for (var warm = 0; warm < 3; warm++)
        {
            foreach (var t in texts)
            {
                MinHash.Of(t);
            }
        }
        var rates = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var t in texts)
            {
                MinHash.Of(t);
            }
            rates.Add(texts.Length / clock.Elapsed.TotalSeconds);
        }
        rates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"signatures: median {rates[rates.Count / 2]:F0} docs/s of 550 words (rounds {string.Join(", ", rates.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))})"));
    }

    /// <summary>Places <paramref name="size"/> generated articles. They are generated in chunks of 10,000
    /// between timed stretches, so that the stream need not be held (a million fingerprints would not
    /// fit) and generating them is not counted.</summary>
    private static void Clustering(int size)
    {
        var random = new Random(size);
        var start = new DateTime(2024, 1, 1);
        var events = new List<(int Id, DateTime Day, int Left)>();
        var nextEvent = 0;
        var clusterer = new StoryClusterer();
        var checkpoints = new List<string>();
        var clock = new Stopwatch();
        var chunk = new List<ArticleFingerprint>(10_000);
        var peakHeap = 0L;
        for (var done = 0; done < size;)
        {
            chunk.Clear();
            for (var i = done; i < size && chunk.Count < chunk.Capacity; i++)
            {
                var time = start.AddDays(365.0 * i / size);
                if (events.Count == 0 || random.NextDouble() < 0.08)
                {
                    events.Add((nextEvent++, time, 1 + random.Next(40)));
                }
                var k = random.Next(events.Count);
                var e = events[k];
                events[k] = e with { Left = e.Left - 1 };
                if (events[k].Left <= 0 || time - e.Day > TimeSpan.FromDays(5))
                {
                    events.RemoveAt(k);
                }
                chunk.Add(Fingerprint(random, e.Id, time));
            }
            clock.Start();
            foreach (var fingerprint in chunk)
            {
                clusterer.Add(fingerprint);
                done++;
                if (done % (size / 4) == 0)
                {
                    checkpoints.Add(string.Create(CultureInfo.InvariantCulture, $"{done}: {done / clock.Elapsed.TotalSeconds:F0}/s"));
                }
            }
            clock.Stop();
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
        }
        chunk.Clear();
        var retained = GC.GetTotalMemory(true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clustering {size} articles: {size / clock.Elapsed.TotalSeconds:F0} articles/s ({clock.Elapsed.TotalSeconds:F1} s; {nextEvent} events, {clusterer.StoryCount} stories; running rate {string.Join(", ", checkpoints)}; heap {peakHeap >> 20} MiB at most, {retained >> 20} MiB retained by the clusterer)"));
        GC.KeepAlive(clusterer);
    }

    /// <summary>A fingerprint as the fingerprinter would make it: ~120 stems, ~12 names, a few counts; the signature from generated text.</summary>
    private static ArticleFingerprint Fingerprint(Random random, int story, DateTime time)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var w = 0; w < 120; w++)
        {
            var term = random.NextDouble() < 0.3 ? $"e{story}w{random.Next(30)}" : $"b{Zipf(random, 50_000)}";
            terms[term] = terms.GetValueOrDefault(term) + 1;
        }
        for (var n = 0; n < 12; n++)
        {
            terms[random.NextDouble() < 0.5 ? $"@e{story}n{random.Next(8)}" : $"@n{Zipf(random, 20_000)}"] = 2;
        }
        terms[$"#{story % 997}"] = 1.5f;
        return new ArticleFingerprint(time, "outlet", false, MinHash.Of(Text(random, 300, story)),
            [.. terms.Select(kv => new WeightedTerm(kv.Key, kv.Value))]);
    }

    private static string Text(Random random, int words, int topic) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => random.NextDouble() < 0.3 ? $"t{topic}x{random.Next(50)}" : $"w{Zipf(random, 30_000)}"));

    private static int Zipf(Random random, int n) => (int)Math.Min(n - 1, Math.Exp(random.NextDouble() * Math.Log(n)) - 1);

    private static string? Arg(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
