using System.Globalization;
using Corroborate.Evaluation;
using Corroborate.Language;

namespace Corroborate.Bench;

/// <summary>
/// The quantity extractor's mistakes on the dev third of a quantity set (never the held-out part): each
/// sentence whose predictions differ from the gold, gold beside found, with the annotator's entities.
/// </summary>
internal static class QuantityErrors
{
    public static int Run(string[] args)
    {
        if (ExtractionEvaluation.Option(args, "--text") is { } text)
        {
            return Show(text);
        }
        var set = ExtractionEvaluation.Option(args, "--set") ?? "newsquant";
        var path = Path.Combine(SharedData.Root, "bench", "quantities", "newsquant", QuantityBenchmark.Sets[set]);
        var dev = QuantityBenchmark.Load(path).Where(s => s.Split == BenchmarkSplit.Dev).ToList();
        var annotator = new Annotator(LanguageModels.Default, parse: false);
        var (scores, predicted) = QuantityScore.Evaluate(annotator, dev);
        foreach (var (sentence, found) in dev.Zip(predicted))
        {
            var one = QuantityScore.Of([(sentence.Quantities, found)]);
            if (!args.Contains("--all") && one.ValueUnit.Correct == sentence.Quantities.Count && found.Count == sentence.Quantities.Count
                && (!args.Contains("--change") || one.ValueChange?.Correct == found.Count))
            {
                continue;
            }
            Console.WriteLine(sentence.Text);
            Console.WriteLine($"   gold:  {string.Join(" | ", sentence.Quantities)}");
            Console.WriteLine($"   found: {string.Join(" | ", found)}");
            if (args.Contains("--entities"))
            {
                var a = annotator.Annotate(sentence.Text).Sentences.SelectMany(s => s.Entities.Select(e => $"{e.Label}[{string.Join(' ', s.Words.Skip(e.Start).Take(e.Length))}]"));
                Console.WriteLine($"   entities: {string.Join(' ', a)}");
            }
        }
        foreach (var m in scores.Measures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"dev {m.Name,-13} P {m.Precision * 100:F1} R {m.Recall * 100:F1} F1 {m.F1 * 100:F1} ({m.Correct} of {m.Gold} gold, {m.Predicted} found)"));
        }
        return 0;
    }

    /// <summary>Words with their tags, the entities and the quantities of a text of one's own.</summary>
    private static int Show(string text)
    {
        foreach (var s in new Annotator(LanguageModels.Default, parse: false).Annotate(text).Sentences)
        {
            Console.WriteLine(string.Join(' ', s.Words.Select((w, i) => $"{w}/{s.Tags[i].Xpos}")));
            Console.WriteLine($"   entities: {string.Join(' ', s.Entities.Select(e => $"{e.Label}[{string.Join(' ', s.Words.Skip(e.Start).Take(e.Length))}]"))}");
            Console.WriteLine($"   quantities: {string.Join(" | ", QuantityExtractor.Find(s).Select(QuantityScore.Label))}");
        }
        return 0;
    }
}
