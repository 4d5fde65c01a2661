using Corroborate.Evaluation;
using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Bench;

/// <summary>The entity recognizer's mistakes on UNER EWT dev (never test): missed and spurious spans in context.</summary>
internal static class EntityErrors
{
    public static int Run(string[] args)
    {
        var models = ExtractionEvaluation.Option(args, "--models") is { } folder ? new LanguageModels(folder) : LanguageModels.Default;
        var show = int.Parse(ExtractionEvaluation.Option(args, "--show") ?? "60", System.Globalization.CultureInfo.InvariantCulture);
        var path = Path.Combine(SharedData.Root, "corpora", "uner-ewt", "en_ewt-ud-dev.iob2");
        var shown = 0;
        var annotator = new Annotator(models);
        foreach (var sentence in Iob2.Read(path))
        {
            var gold = Iob2.Spans(sentence.Tags).ToHashSet();
            var predicted = EntityScore.UnerSpans(annotator, sentence.Words).ToHashSet();
            if (gold.SetEquals(predicted) || shown++ >= show)
            {
                continue;
            }
            Console.WriteLine(string.Join(' ', sentence.Words));
            foreach (var (label, start, end) in gold.Except(predicted))
            {
                Console.WriteLine($"   missed   {label} {string.Join(' ', sentence.Words.Skip(start).Take(end - start))}");
            }
            foreach (var (label, start, end) in predicted.Except(gold))
            {
                Console.WriteLine($"   spurious {label} {string.Join(' ', sentence.Words.Skip(start).Take(end - start))}");
            }
        }
        return 0;
    }
}
