using System.Diagnostics;
using System.Globalization;
using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Bench;

/// <summary>
/// Times the dependency parser alone, single-threaded, on UD EWT train's gold words with our tagger's
/// tags (computed before the clock starts), with the tagger's time over the same words beside it.
/// Warm-up rounds first, then the median of the timed rounds; also the model's load time and size.
/// </summary>
internal static class ParserSpeed
{
    public static int Run(string[] args)
    {
        var rounds = int.Parse(ExtractionEvaluation.Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var warmups = int.Parse(ExtractionEvaluation.Option(args, "--warmup") ?? "2", CultureInfo.InvariantCulture);
        var models = ExtractionEvaluation.Option(args, "--models") is { } folder ? new LanguageModels(folder) : LanguageModels.Default;
        var path = Path.Combine(SharedData.Root, "corpora", "ud-ewt", "en_ewt-ud-train.conllu");
        var sentences = Conllu.Read(path).Select(s => s.Words.Select(w => w.Form).ToArray()).ToList();
        var tokens = sentences.Sum(s => s.Length);
        _ = models.Clusters;
        _ = models.Tagger;
        var load = Stopwatch.StartNew();
        var parser = models.Parser;
        var loadSeconds = load.Elapsed.TotalSeconds;
        var tags = sentences.Select(s => models.Tagger.Tag(s)).ToList();

        Time("parser", () =>
        {
            for (var k = 0; k < sentences.Count; k++)
            {
                parser.Parse(sentences[k], tags[k]);
            }
        });
        Time("tagger", () => sentences.ForEach(s => models.Tagger.Tag(s)));
        Console.WriteLine(FormattableString.Invariant(
            $"{sentences.Count} sentences, {tokens} tokens; parser model {new FileInfo(models.PathOf(LanguageModels.ParserFile)).Length / 1048576.0:F1} MiB, loaded in {loadSeconds:F2} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        return 0;

        void Time(string name, Action run)
        {
            var seconds = TimedRounds.Measure(warmups, rounds, run);
            var median = TimedRounds.Median(seconds);
            var each = string.Join(", ", seconds.Select(s => (tokens / s / 1000).ToString("F0", CultureInfo.InvariantCulture)));
            Console.WriteLine(FormattableString.Invariant($"{name,-8} {tokens / median / 1000,6:F0}k tokens/s (rounds: {each}k)"));
        }
    }
}
