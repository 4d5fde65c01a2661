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
        if (ExtractionEvaluation.Option(args, "--file") is { } file)
        {
            return Read(file);
        }
        if (ExtractionEvaluation.Option(args, "--quantulum") is { } quantulum)
        {
            return Quantulum(quantulum);
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

    /// <summary>
    /// The unit names we give against quantulum3's own test expectations (a library's unit tests, not a
    /// benchmark): for each expected quantity whose value we find, the unit it expects beside ours, to read
    /// naming differences. Ranges are its midpoints.
    /// </summary>
    private static int Quantulum(string path)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
        var annotator = new Annotator(LanguageModels.Default, parse: false);
        var (valued, same) = (0, 0);
        foreach (var record in document.RootElement.EnumerateArray())
        {
            var text = record.GetProperty("req").GetString()!;
            var found = annotator.Annotate(text).Sentences.SelectMany(QuantityExtractor.Find).ToList();
            foreach (var expected in record.GetProperty("res").EnumerateArray())
            {
                var value = expected.GetProperty("value").GetDouble();
                var unit = expected.GetProperty("unit").GetString()!;
                var match = found.FirstOrDefault(q => Math.Abs((q.High is { } h ? (q.Value + h) / 2 : q.Value) - value) <= 1e-6 * Math.Max(1, Math.Abs(value)));
                if (match is null)
                {
                    continue;
                }
                valued++;
                var ours = match.NormalizedUnit == "-" ? "dimensionless" : match.NormalizedUnit;
                if (string.Equals(ours, unit, StringComparison.OrdinalIgnoreCase))
                {
                    same++;
                    continue;
                }
                Console.WriteLine($"{unit,-28} ours {ours,-28} ({match.Unit})  | {text}");
            }
        }
        Console.WriteLine($"{same} of {valued} found values with quantulum3's unit name");
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

    /// <summary>
    /// Our quantities on unlabelled text, one text per line: each sentence with a quantity, and what we find,
    /// to read for mistakes on news that no gold set was tuned on.
    /// </summary>
    private static int Read(string path)
    {
        var annotator = new Annotator(LanguageModels.Default, parse: false);
        foreach (var line in File.ReadLines(path))
        {
            foreach (var s in annotator.Annotate(line).Sentences)
            {
                var found = QuantityExtractor.Find(s);
                if (found.Count > 0)
                {
                    Console.WriteLine(string.Join(' ', s.Words));
                    Console.WriteLine($"   found: {string.Join(" | ", found.Select(QuantityScore.Label))}");
                }
            }
        }
        return 0;
    }
}
