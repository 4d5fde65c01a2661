using Corroborate.Evaluation;
using Corroborate.Language;
using Corroborate.Quotes;

namespace Corroborate.Bench;

/// <summary>
/// PolNeAR dev articles with the gold attributions no extracted quote overlaps (MISS) and the quotes
/// that overlap no gold content (SPUR), for reading while tuning. Never run on test.
/// </summary>
internal static class QuoteErrors
{
    public static int Run(string[] args)
    {
        if (args.SkipWhile(a => a != "--text").Skip(1).FirstOrDefault() is { } file)
        {
            var annotated = Annotator.Default.Annotate(File.ReadAllText(file));
            foreach (var sentence in annotated.Sentences)
            {
                Console.WriteLine(string.Join(' ', sentence.Words.Select((w, i) => $"{i + 1}:{w}/{sentence.Tags[i].Upos}>{sentence.Dependencies[i].Head}:{sentence.Dependencies[i].Relation}")));
            }
            foreach (var q in QuoteExtractor.Default.Extract(annotated))
            {
                Console.WriteLine($"{q.Kind} [{q.Speaker?.Text}{(q.ResolvedSpeaker is { } r ? " = " + r : "")}] <{q.Cue.Text}|{q.CueLemma}> {q.Content.Text} ({q.FirstSentence}-{q.LastSentence})");
            }
            return 0;
        }
        var articles = PolnearBenchmark.Load(Path.Combine(SharedData.Root, "bench", "quotes", "polnear"), "dev");
        var only = args.SkipWhile(a => a != "--article").Skip(1).FirstOrDefault();
        if (only is not null)
        {
            articles = [.. articles.Where(a => a.Name.StartsWith(only, StringComparison.Ordinal))];
        }
        var found = QuoteScore.Extract(articles, Annotator.Default, QuoteExtractor.Default);
        foreach (var (article, quotes) in articles.Zip(found))
        {
            Console.WriteLine($"== {article.Name}");
            foreach (var g in article.Attributions.Where(g => g.Content is not null))
            {
                var hit = quotes.FirstOrDefault(q => q.Content.Overlap(g.Content!) > 0);
                if (hit is not null && g.Source is not null && (hit.Speaker is null || hit.Speaker.Overlap(g.Source) == 0))
                {
                    Console.WriteLine($"SRC? [{g.Source.Text}] <{g.Cue?.Text}> got [{hit.Speaker?.Text}] <{hit.Cue.Text}> {Short(g.Content!.Text)}");
                }
                if (hit is null || args.Contains("--all"))
                {
                    Console.WriteLine($"{(hit is null ? "MISS" : "ok  ")} [{g.Source?.Text}] <{g.Cue?.Text}> {Short(g.Content!.Text)}");
                }
            }
            foreach (var q in quotes)
            {
                if (!article.Attributions.Any(g => g.Content is not null && g.Content.Overlap(q.Content) > 0))
                {
                    Console.WriteLine($"SPUR [{q.Speaker?.Text}] <{q.Cue.Text}> {Short(q.Content.Text)}");
                }
                else if (args.Contains("--all"))
                {
                    Console.WriteLine($"got  {q.Kind} [{q.Speaker?.Text}{(q.ResolvedSpeaker is { } r ? " = " + r : "")}] <{q.Cue.Text}> {Short(q.Content.Text)}");
                }
            }
        }
        var score = QuoteScore.Of(articles, found);
        foreach (var (role, r) in new[] { ("source", score.Sources), ("cue", score.Cues), ("content", score.Contents) })
        {
            Console.WriteLine($"{role,-8} overlap P {r.Overlap.Precision:F3} R {r.Overlap.Recall:F3} F1 {r.Overlap.F1:F3}   exact P {r.Exact.Precision:F3} R {r.Exact.Recall:F3} F1 {r.Exact.F1:F3}   ({r.Overlap.Gold} gold, {r.Overlap.Predicted} found)");
        }
        return 0;
    }

    private static string Short(string text) => text.Length <= 160 ? text : text[..150] + " …" + text[^8..];
}
