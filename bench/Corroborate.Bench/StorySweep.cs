using System.Globalization;
using Corroborate.Evaluation;
using Corroborate.Language;
using Corroborate.Stories;

namespace Corroborate.Bench;

/// <summary>
/// Tuning aid for story clustering, dev parts only: fingerprints each dev part once, then clusters it
/// under a grid of join thresholds and windows and prints B³ F1 per part, and the errors of one setting.
/// </summary>
internal static class StorySweep
{
    public static int Run(string[] args)
    {
        var data = Arg(args, "--data") ?? "../shared/data/bench/stories";
        var thresholds = (Arg(args, "--join") ?? "0.15,0.2,0.25,0.3,0.35").Split(',').Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var windows = (Arg(args, "--window") ?? "7").Split(',').Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var show = Arg(args, "--show");
        var floor = double.Parse(Arg(args, "--floor") ?? "0.4", CultureInfo.InvariantCulture);
        var scales = (Arg(args, "--scale") ?? "4").Split(',').Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var annotator = StoryFinder.FingerprintAnnotator(LanguageModels.Default);
        var parts = StoryBenchmark.Load(data).Where(p => p.IsDev).ToList();
        var fingerprints = parts.Select(p => StoryFinder.Fingerprints([.. p.Articles.Select(a => a.Article)], annotator)).ToList();
        Console.WriteLine("join\twindow\tscale\t" + string.Join('\t', parts.Select(p => $"{p.Set}/{p.Part}")));
        foreach (var scale in scales)
        {
            foreach (var window in windows)
            {
                foreach (var join in thresholds)
                {
                    var options = new ClusteringOptions { JoinThreshold = join, Window = TimeSpan.FromDays(window), TimeScale = TimeSpan.FromDays(scale), TimeFloor = floor };
                    var cells = new List<string>();
                    for (var k = 0; k < parts.Count; k++)
                    {
                        var stories = StoryFinder.Cluster(fingerprints[k], options).Select(a => a.Story).ToArray();
                        var s = StoryScore.Of([.. parts[k].Articles.Select(a => a.Gold)], stories);
                        cells.Add(string.Create(CultureInfo.InvariantCulture, $"{s.BCubed.F1:F3} ({s.BCubed.Precision:F2}/{s.BCubed.Recall:F2})"));
                        if (show is not null && $"{parts[k].Set}/{parts[k].Part}" == show && join == thresholds[0] && window == windows[0] && scale == scales[0])
                        {
                            Explain(parts[k], fingerprints[k], stories);
                        }
                    }
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{join}\t{window}\t{scale}\t") + string.Join('\t', cells));
                }
            }
        }
        return 0;
    }

    /// <summary>Each gold story split over several found stories, and each found story mixing gold ones.</summary>
    private static void Explain(BenchmarkPart part, ArticleFingerprint[] fingerprints, int[] stories)
    {
        foreach (var gold in part.Articles.Select((a, i) => (a, i)).GroupBy(x => x.a.Gold))
        {
            var found = gold.Select(x => stories[x.i]).Distinct().Count();
            if (found > 1)
            {
                Console.WriteLine($"split gold {gold.Key} into {found}:");
                foreach (var (a, i) in gold)
                {
                    var top = fingerprints[i].Terms.OrderByDescending(t => t.Weight).Take(8).Select(t => t.Term);
                    Console.WriteLine($"   [{stories[i]}] {fingerprints[i].Time:yyyy-MM-dd} {a.Article.Title} | {string.Join(' ', top)}");
                }
            }
        }
        foreach (var story in stories.Select((s, i) => (s, i)).GroupBy(x => x.s))
        {
            var golds = story.Select(x => part.Articles[x.i].Gold).Distinct().Count();
            if (golds > 1)
            {
                Console.WriteLine($"merged {golds} gold stories in [{story.Key}]:");
                foreach (var (_, i) in story)
                {
                    Console.WriteLine($"   {part.Articles[i].Gold} {fingerprints[i].Time:yyyy-MM-dd} {part.Articles[i].Article.Title}");
                }
            }
        }
    }

    private static string? Arg(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
