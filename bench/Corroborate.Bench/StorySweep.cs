using System.Globalization;
using Corroborate.Evaluation;
using Corroborate.Language;
using Corroborate.Stories;

namespace Corroborate.Bench;

/// <summary>
/// Tuning aid for story clustering, dev parts only: fingerprints each dev part once, then clusters it
/// under a grid of join thresholds (long and short articles), windows and time scales and prints B³ F1 per part, and the errors of one setting.
/// </summary>
internal static class StorySweep
{
    public static int Run(string[] args)
    {
        var data = Arg(args, "--data") ?? "../shared/data/bench/stories";
        var thresholds = (Arg(args, "--join") ?? "0.14").Split(',').Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var windows = (Arg(args, "--window") ?? "30").Split(',').Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var show = Arg(args, "--show");
        var floor = double.Parse(Arg(args, "--floor") ?? "0.4", CultureInfo.InvariantCulture);
        var shortJoin = (Arg(args, "--short-join") ?? "0.06").Split(',').Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var scales = (Arg(args, "--scale") ?? "2").Split(',').Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var annotator = StoryFinder.FingerprintAnnotator(LanguageModels.Default);
        var parts = StoryBenchmark.Load(data).Where(p => p.IsDev).ToList();
        var fingerprints = parts.Select(p => StoryFinder.Fingerprints([.. p.Articles.Select(a => a.Article)], annotator)).ToList();
        Console.WriteLine("join\tshort\twindow\tscale\t" + string.Join('\t', parts.Select(p => $"{p.Set}/{p.Part}")));
        var settings =
            from scale in scales
            from window in windows
            from joinAt in thresholds
            from shortThreshold in shortJoin
            select new ClusteringOptions
            {
                JoinThreshold = joinAt,
                ShortJoinThreshold = shortThreshold,
                Window = TimeSpan.FromDays(window),
                TimeScale = TimeSpan.FromDays(scale),
                TimeFloor = floor,
            };
        var first = true;
        foreach (var options in settings)
        {
            var cells = new List<string>();
            for (var k = 0; k < parts.Count; k++)
            {
                var stories = StoryFinder.Cluster(fingerprints[k], options).Select(a => a.Story).ToArray();
                var s = StoryScore.Of([.. parts[k].Articles.Select(a => a.Gold)], stories);
                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{s.BCubed.F1:F3} ({s.BCubed.Precision:F2}/{s.BCubed.Recall:F2})"));
                if (first && show is not null && $"{parts[k].Set}/{parts[k].Part}" == show)
                {
                    Explain(parts[k], fingerprints[k], stories);
                }
            }
            first = false;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.JoinThreshold}\t{options.ShortJoinThreshold}\t{options.Window.TotalDays}\t{options.TimeScale.TotalDays}\t") + string.Join('\t', cells));
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
