using System.Diagnostics;
using System.Globalization;
using Corroborate.Evaluation;
using Corroborate.Language;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Stories;

namespace Corroborate.Bench;

/// <summary>
/// The stored path against the in-memory one, dev parts only: each part is clustered in one pass in
/// memory, then fed batch by batch (in the order the benchmark gives, dated ones by time) into a real
/// SQLite file through <see cref="StoryIndex.Add"/>, then re-examined whole by <see cref="StoryIndex.Recluster"/>.
/// Prints B³ F1 of each and the articles/s of each path (fingerprinting included, one store writer).
/// </summary>
internal static class StoryStore
{
    public static int Run(string[] args)
    {
        var data = Arg(args, "--data") ?? "../shared/data/bench/stories";
        var batch = int.Parse(Arg(args, "--batch") ?? "500", CultureInfo.InvariantCulture);
        var merge = double.Parse(Arg(args, "--merge") ?? "0.45", CultureInfo.InvariantCulture);
        var only = Arg(args, "--part");
        var models = LanguageModels.Default;
        var annotator = StoryFinder.FingerprintAnnotator(models);
        Console.WriteLine("part\tarticles\tmemory B3\tmemory art/s\tstored B3\tstored art/s\trecluster B3\trecluster s");
        foreach (var part in StoryBenchmark.Load(data).Where(p => p.IsDev && (only is null || $"{p.Set}/{p.Part}" == only)))
        {
            var articles = part.Articles.OrderBy(a => a.Article.Published?.Local ?? DateTime.MaxValue).ToList();
            var gold = articles.Select(a => a.Gold).ToArray();

            var clock = Stopwatch.StartNew();
            var prints = StoryFinder.Fingerprints([.. articles.Select(a => a.Article)], annotator);
            var memory = StoryScore.Of(gold, [.. StoryFinder.Cluster(prints).Select(a => a.Story)]);
            var memoryRate = articles.Count / clock.Elapsed.TotalSeconds;

            var path = Path.Combine(Path.GetTempPath(), $"corroborate-story-store-{Environment.ProcessId}.db");
            Delete(path);
            try
            {
                using var store = SqliteArticleStore.Open(path);
                var index = new StoryIndex(store, store, models);
                var idOf = new long[articles.Count];
                clock.Restart();
                for (var start = 0; start < articles.Count; start += batch)
                {
                    var ids = new List<long>();
                    using (var write = store.BeginBatch("bench"))
                    {
                        for (var i = start; i < Math.Min(articles.Count, start + batch); i++)
                        {
                            idOf[i] = write.Add(articles[i].Article).Id;
                            ids.Add(idOf[i]);
                        }
                        write.Commit(new BatchSummary(1, ids.Count, 0, 0));
                    }
                    index.Add(ids);
                }
                var storedRate = articles.Count / clock.Elapsed.TotalSeconds;
                var stored = StoryScore.Of(gold, Labels(store, idOf));
                clock.Restart();
                index.Recluster(null, null, merge);
                var reclusterSeconds = clock.Elapsed.TotalSeconds;
                var reclustered = StoryScore.Of(gold, Labels(store, idOf));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{part.Set}/{part.Part}\t{articles.Count}\t{memory.BCubed.F1:F3}\t{memoryRate:F0}\t{stored.BCubed.F1:F3}\t{storedRate:F0}\t{reclustered.BCubed.F1:F3}\t{reclusterSeconds:F1}"));
            }
            finally
            {
                Delete(path);
            }
        }
        return 0;
    }

    /// <summary>Each article's stored story id, as a label (ids fit an int in a benchmark).</summary>
    private static int[] Labels(SqliteArticleStore store, long[] ids)
    {
        var story = store.Memberships(ids).ToDictionary(m => m.ArticleId, m => m.StoryId);
        return [.. ids.Select(id => (int)story[id])];
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
