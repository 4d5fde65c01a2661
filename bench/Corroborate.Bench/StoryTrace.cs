using System.Globalization;
using Corroborate.Ingest;
using Corroborate.Language;
using Corroborate.Stories;

namespace Corroborate.Bench;

/// <summary>Clusters the given inputs and prints each article's candidate stories with their scores.</summary>
internal static class StoryTrace
{
    public static int Run(string[] args)
    {
        var articles = new Ingestor().Read(args, p => Console.Error.WriteLine(p)).ToList();
        var fingerprints = StoryFinder.Fingerprints(articles, StoryFinder.FingerprintAnnotator(LanguageModels.Default));
        var order = Enumerable.Range(0, articles.Count).OrderBy(i => fingerprints[i].Time ?? DateTime.MaxValue).ToArray();
        var clusterer = new StoryClusterer
        {
            Trace = (item, story, centroid, decay) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"      story {story}: centroid {centroid:F3} time {decay:F2}")),
        };
        foreach (var i in order)
        {
            Console.WriteLine($"{articles[i].Source} ({fingerprints[i].Time:yyyy-MM-dd}) {articles[i].Title}");
            Console.WriteLine("      " + string.Join(' ', fingerprints[i].Terms.OrderByDescending(t => t.Weight).Take(14).Select(t => t.Term)));
            var k = clusterer.Add(fingerprints[i]);
            Console.WriteLine($"   -> story {clusterer.Assignment(k).Story}" + (clusterer.Assignment(k).CopyOf is { } c ? $" copy of {articles[order[c]].Source}" : ""));
        }
        return 0;
    }
}
