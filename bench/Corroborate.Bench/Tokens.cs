using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Bench;

/// <summary>How well our tokens match UD EWT's words on the `# text` of a split: span F1 and the commonest misses.</summary>
internal static class Tokens
{
    public static int Run(string[] args)
    {
        var split = ExtractionEvaluation.Option(args, "--split") ?? "dev";
        var path = Path.Combine(SharedData.Root, "corpora", "ud-ewt", $"en_ewt-ud-{split}.conllu");
        int gold = 0, ours = 0, both = 0;
        var misses = new Dictionary<string, int>();
        foreach (var sentence in Conllu.Read(path))
        {
            var text = sentence.Text!;
            var goldSpans = GoldSpans(text, sentence);
            var predicted = Tokenizer.Tokenize(text).ToHashSet();
            gold += goldSpans.Count;
            ours += predicted.Count;
            both += goldSpans.Count(predicted.Contains);
            foreach (var span in goldSpans.Where(s => !predicted.Contains(s)))
            {
                var context = text.Substring(Math.Max(0, span.Start - 3), Math.Min(text.Length, span.End + 3) - Math.Max(0, span.Start - 3));
                var key = $"{text.Substring(span.Start, span.Length)}  ({context})";
                misses[key] = misses.GetValueOrDefault(key) + 1;
            }
        }
        double p = (double)both / ours, r = (double)both / gold;
        Console.WriteLine(FormattableString.Invariant($"EWT {split}: {gold} gold words, {ours} tokens, P {p:F4} R {r:F4} F1 {2 * p * r / (p + r):F4}"));
        foreach (var (key, count) in misses.OrderByDescending(m => m.Value).Take(int.Parse(ExtractionEvaluation.Option(args, "--show") ?? "30", System.Globalization.CultureInfo.InvariantCulture)))
        {
            Console.WriteLine($"  {count,4} {key}");
        }
        return 0;
    }

    /// <summary>The gold words as spans of the text, found left to right; a word not found takes its multiword token's span.</summary>
    internal static List<TextSpan> GoldSpans(string text, ConlluSentence sentence)
    {
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var word in sentence.Words)
        {
            var index = text.IndexOf(word.Form, at, StringComparison.Ordinal);
            if (index < 0 || text[at..index].Trim().Length > 0)
            {
                continue;
            }
            spans.Add(new TextSpan(index, word.Form.Length));
            at = index + word.Form.Length;
        }
        return spans;
    }
}
