using Corroborate.Documents;
using Corroborate.Evaluation;
using Corroborate.Ingest;
using Corroborate.Stories;

namespace Corroborate.Tests.Stories;

/// <summary>The stories stage on real input: our examples, the seeds and the dev parts of the benchmarks.</summary>
public class StoryFinderTests
{
    private static readonly string Examples = Path.Combine(SharedData.RepoRoot, "examples", "prisoner-exchange");

    private static (List<Article> Articles, StoryAssignment[] Assignments) Cluster(params string[] paths)
    {
        var articles = new Ingestor().Read(paths, p => Assert.Fail(p.ToString())).ToList();
        var annotator = StoryFinder.FingerprintAnnotator(Corroborate.Language.LanguageModels.Default);
        return (articles, StoryFinder.Cluster(StoryFinder.Fingerprints(articles, annotator)));
    }

    private static string Name(Article a) => Path.GetFileName(a.Source.ToString());

    [Fact]
    public void The_examples_form_the_stories_they_were_written_to_form_with_the_copy_marked()
    {
        var (articles, assignments) = Cluster(Examples);
        var stories = articles.Select((a, i) => (Name(a), assignments[i].Story)).ToDictionary(x => x.Item1, x => x.Story);
        string[] exchange =
        [
            "caspian-ledger.txt", "wire-syndicated-copy.txt", "steppe-herald.html", "regional-feed.rss#1",
            "agency-export.jsonl#1", "archive.warc#3",
        ];
        Assert.All(exchange, name => Assert.Equal(stories["caspian-ledger.txt"], stories[name]));
        // The four unrelated articles each stand alone.
        Assert.Equal(5, assignments.Select(a => a.Story).Distinct().Count());
        var copies = articles.Select((a, i) => (Name(a), assignments[i].CopyOf)).Where(x => x.CopyOf is not null).ToList();
        var (copy, original) = Assert.Single(copies);
        Assert.Equal("wire-syndicated-copy.txt", copy);
        Assert.Equal("caspian-ledger.txt", Name(articles[original!.Value]));
    }

    [SharedDataFact]
    public void The_two_seeds_form_one_story_of_two_independent_outlets()
    {
        var (articles, assignments) = Cluster(SharedData.File("seeds"));
        Assert.Equal(2, articles.Count);
        Assert.Equal(assignments[0].Story, assignments[1].Story);
        Assert.All(assignments, a => Assert.Null(a.CopyOf));
    }

    [SharedDataFact]
    public void Seeds_and_examples_together_keep_the_exchange_as_one_story()
    {
        var (articles, assignments) = Cluster(Examples, SharedData.File("seeds"));
        var exchange = assignments[articles.FindIndex(a => Name(a) == "caspian-ledger.txt")].Story;
        Assert.All(articles.Where(a => a.Source.Path.Contains("seeds", StringComparison.Ordinal)),
            a => Assert.Equal(exchange, assignments[articles.IndexOf(a)].Story));
        Assert.Equal(5, assignments.Select(a => a.Story).Distinct().Count());
    }

    /// <summary>Floors on the dev parts only (measured: giveme5w1h events 0.928, PAC train 0.966,
    /// UCI partial 0.714; 0.696 without headline word pairs, 0.612 with the member link), so that a
    /// regression fails here; held-out figures are in the README.</summary>
    [SharedDataTheory]
    [InlineData("giveme5w1h-news-cluster", "dev-events", 0.90, 0.95)]
    [InlineData("pac", "dev-train", 0.94, 0.95)]
    [InlineData("uci-headlines", "dev", 0.70, 0.0)]
    public void Dev_parts_of_the_benchmarks_keep_their_bcubed_floor(string folder, string part, double floor, double hardFloor)
    {
        var chosen = StoryBenchmark.Load(SharedData.File(Path.Combine("bench", "stories", folder))).Single(p => p.Part == part);
        var annotator = StoryFinder.FingerprintAnnotator(Corroborate.Language.LanguageModels.Default);
        var fingerprints = StoryFinder.Fingerprints([.. chosen.Articles.Select(a => a.Article)], annotator);
        var stories = StoryFinder.Cluster(fingerprints).Select(a => a.Story).ToArray();
        var score = StoryScore.Of([.. chosen.Articles.Select(a => a.Gold)], stories);
        Assert.True(score.BCubed.F1 >= floor, $"B³ F1 {score.BCubed.F1:F3} < {floor}");
        var hard = HardNegatives.Of(chosen, fingerprints, stories);
        Assert.True(hard.SeparationRate >= hardFloor, $"hard negatives kept apart {hard.SeparationRate:P1} < {hardFloor:P0}");
    }
}
