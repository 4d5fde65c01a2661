using System.Globalization;
using Corroborate.Events;
using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Bench;

/// <summary>
/// Times event coding alone, single-threaded, over UD EWT dev's sentences as our annotator tags,
/// recognizes and parses them (done before the clock starts), with the parser's time over the same
/// sentences beside it in the same process. Warm-up rounds first, then the median of the timed rounds.
/// </summary>
internal static class EventSpeed
{
    public static int Run(string[] args)
    {
        var rounds = int.Parse(ExtractionEvaluation.Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var warmups = int.Parse(ExtractionEvaluation.Option(args, "--warmup") ?? "3", CultureInfo.InvariantCulture);
        var path = Path.Combine(SharedData.Root, "corpora", "ud-ewt", "en_ewt-ud-dev.conllu");
        var words = Conllu.Read(path).Select(s => s.Words.Select(w => w.Form).ToArray()).ToList();
        var annotator = Annotator.Default;
        var published = new DateTimeOffset(2023, 12, 7, 0, 0, 0, TimeSpan.Zero);
        var sentences = words.Select(w => annotator.AnnotateWords(w, published)).ToList();
        var events = sentences.Select((s, i) => EventCoder.Default.Code(s, i, published).Count).Sum();
        var parser = annotator.Models.Parser;

        var coding = Time(() =>
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                EventCoder.Default.Code(sentences[i], i, published);
            }
        });
        var parsing = Time(() =>
        {
            foreach (var s in sentences)
            {
                parser.Parse(s.Words, s.Tags);
            }
        });
        Console.WriteLine(FormattableString.Invariant($"coding  {sentences.Count / coding.Median,9:F0} sentences/s (rounds: {string.Join(", ", coding.Rounds.Select(r => (sentences.Count / r).ToString("F0", CultureInfo.InvariantCulture)))})"));
        Console.WriteLine(FormattableString.Invariant($"parsing {sentences.Count / parsing.Median,9:F0} sentences/s (rounds: {string.Join(", ", parsing.Rounds.Select(r => (sentences.Count / r).ToString("F0", CultureInfo.InvariantCulture)))})"));
        Console.WriteLine(FormattableString.Invariant($"{sentences.Count} sentences, {events} events coded; coding takes {coding.Median / parsing.Median:P1} of the parser's time"));
        return 0;

        (double Median, List<double> Rounds) Time(Action run)
        {
            var seconds = TimedRounds.Measure(warmups, rounds, run);
            return (TimedRounds.Median(seconds), seconds);
        }
    }
}
