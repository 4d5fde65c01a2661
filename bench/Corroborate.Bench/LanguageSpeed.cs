using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Bench;

/// <summary>
/// Times the language core on plain text, single-threaded, stage by stage and cumulatively: tokenizer;
/// + sentences; + tagger; + entities (the whole <see cref="Annotator"/>: the statistical recognizer,
/// the gazetteer and the number and date rules); "fast all", the same with fast tagging; + parser (the
/// default annotator, which also parses). The text is
/// UD EWT train rebuilt from its <c># text</c> lines, as running paragraphs. Warm-up rounds first, then
/// the median of the timed rounds. <c>--dump-text PATH</c> writes the texts as JSON lines and exits
/// (for the peer in bench/language-speed.sh).
/// </summary>
internal static class LanguageSpeed
{
    public static int Run(string[] args)
    {
        var rounds = int.Parse(ExtractionEvaluation.Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var warmups = int.Parse(ExtractionEvaluation.Option(args, "--warmup") ?? "2", CultureInfo.InvariantCulture);
        var models = ExtractionEvaluation.Option(args, "--models") is { } folder ? new LanguageModels(folder) : LanguageModels.Default;
        var path = Path.Combine(SharedData.Root, "corpora", "ud-ewt", "en_ewt-ud-train.conllu");
        var texts = TreebankDocuments.Read(path, " ").Select(d => d.Text).ToList();
        if (ExtractionEvaluation.Option(args, "--dump-text") is { } dump)
        {
            // The same texts for a peer (bench/wink-speed.mjs): one JSON string per line, in file order.
            File.WriteAllLines(dump, texts.Select(t => JsonSerializer.Serialize(t)));
            Console.WriteLine(FormattableString.Invariant($"{texts.Count} documents written to {dump}"));
            return 0;
        }
        var load = Stopwatch.StartNew();
        _ = models.Sentences;
        _ = models.Tagger;
        _ = models.Entities;
        _ = models.Parser;
        Console.WriteLine(FormattableString.Invariant($"models loaded in {load.Elapsed.TotalSeconds:F2} s"));

        var annotator = new Annotator(models, parse: false);
        var fast = new Annotator(models, fastTagging: true, parse: false);
        var parsing = new Annotator(models);
        var tokenCount = texts.Sum(t => Tokenizer.Tokenize(t).Length);
        var stages = new (string Name, Action<string> Run)[]
        {
            ("tokenizer", text => Tokenizer.Tokenize(text)),
            ("+ sentences", text => models.Sentences.Split(text, Tokenizer.Tokenize(text))),
            ("+ tagger", text => Tag(models, text)),
            ("+ entities", text => annotator.Annotate(text)),
            ("fast all", text => fast.Annotate(text)),
            ("+ parser", text => parsing.Annotate(text)),
        };
        // --stage "+ entities" times that stage alone (to profile it).
        var only = ExtractionEvaluation.Option(args, "--stage");
        foreach (var (name, run) in args.Contains("--parts") ? [] : stages.Where(s => only is null || s.Name == only))
        {
            var seconds = TimedRounds.Measure(warmups, rounds, () => texts.ForEach(run));
            var median = TimedRounds.Median(seconds);
            var each = string.Join(", ", seconds.Select(s => (tokenCount / s / 1000).ToString("F0", CultureInfo.InvariantCulture)));
            Console.WriteLine(FormattableString.Invariant($"{name,-12} {tokenCount / median / 1000,6:F0}k tokens/s (rounds: {each}k)"));
        }
        // Each component alone, on sentences already split (to see where the time goes).
        var sentences = texts.SelectMany(text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var starts = models.Sentences.Split(text, tokens);
            return starts.Select((start, s) => tokens[start..(s + 1 < starts.Length ? starts[s + 1] : tokens.Length)]
                .Select(t => text.Substring(t.Start, t.Length)).ToArray());
        }).ToList();
        var tagged = sentences.Select(w => models.Tagger.Tag(w)).ToList();
        var names = sentences.Select((w, k) => models.Entities.Find(w, tagged[k])).ToList();
        var parts = new (string Name, Action Run)[]
        {
            ("tagger only", () => sentences.ForEach(w => models.Tagger.Tag(w))),
            ("recognizer only", () => { for (var k = 0; k < sentences.Count; k++) { models.Entities.Find(sentences[k], tagged[k]); } }),
            ("rules only", () =>
            {
                for (var k = 0; k < sentences.Count; k++)
                {
                    EntityRules.Combine(sentences[k], names[k], Corroborate.Language.Knowledge.Gazetteer.Default.Find(sentences[k]), NumericEntities.Find(sentences[k], null));
                }
            }),
        };
        foreach (var (name, run) in only is null ? parts : [])
        {
            run();
            var seconds = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                run();
                seconds.Add(clock.Elapsed.TotalSeconds);
            }
            Console.WriteLine(FormattableString.Invariant($"{name,-16} {tokenCount / seconds.Order().ElementAt(seconds.Count / 2) / 1000,6:F0}k tokens/s"));
        }
        Console.WriteLine(FormattableString.Invariant(
            $"{texts.Count} documents, {tokenCount} tokens; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        return 0;
    }

    private static void Tag(LanguageModels models, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var starts = models.Sentences.Split(text, tokens);
        for (var s = 0; s < starts.Length; s++)
        {
            var end = s + 1 < starts.Length ? starts[s + 1] : tokens.Length;
            var words = new string[end - starts[s]];
            for (var i = 0; i < words.Length; i++)
            {
                var span = tokens[starts[s] + i];
                words[i] = text.Substring(span.Start, span.Length);
            }
            models.Tagger.Tag(words);
        }
    }
}
