using Corroborate.Evaluation;
using Corroborate.Language;
using Corroborate.Quotes;

namespace Corroborate.Tests.Evaluation;

public sealed class QuoteScoreTests
{
    private const string Text = "\"We won,\" the mayor said. \"It was close.\" Turnout was high, it was reported.";

    private static QuotePart Part(params (int Start, int End)[] pieces) =>
        QuotePart.Of(Text, [.. pieces.Select(p => new TextSpan(p.Start, p.End - p.Start))]);

    private static PolnearArticle Gold() => new("mayor", "a1", Text, [
        new GoldAttribution("E1", Part((10, 19)), Part((20, 24)), Part((0, 9), (26, 41))),
        new GoldAttribution("E2", null, Part((63, 75)), Part((42, 58))),
    ]);

    private static Quote Quote(QuotePart? speaker, QuotePart cue, QuotePart content) => new(QuoteKind.Direct, speaker, cue, "say", content, 0, 0);

    [Fact]
    public void Overlap_matches_any_shared_character_exact_needs_the_same_extent()
    {
        var found = new[]
        {
            // The speaker without its article, the cue exact, the content's second piece only.
            Quote(Part((14, 19)), Part((20, 24)), Part((26, 41))),
            // A quote the gold does not have, with a speaker where the gold has none.
            Quote(Part((60, 62)), Part((67, 75)), Part((42, 57))),
        };
        var score = QuoteScore.Of([Gold()], [found]);
        Assert.Equal((1, 2, 2), (score.Articles, score.Attributions, score.Quotes));
        Assert.Equal(new Tally(1, 2, 1), score.Sources.Overlap);
        Assert.Equal(new Tally(1, 2, 0), score.Sources.Exact);
        Assert.Equal(new Tally(2, 2, 2), score.Cues.Overlap);
        Assert.Equal(new Tally(2, 2, 1), score.Cues.Exact);
        Assert.Equal(new Tally(2, 2, 2), score.Contents.Overlap);
        Assert.Equal(new Tally(2, 2, 0), score.Contents.Exact);
        Assert.Equal(0.5, score.Sources.Overlap.Precision);
        Assert.Equal(1.0, score.Sources.Overlap.Recall);
    }

    [Fact]
    public void Each_gold_span_is_matched_at_most_once()
    {
        // Two predictions inside one gold content: one match, one false positive.
        var found = new[]
        {
            Quote(null, Part((20, 24)), Part((0, 9))),
            Quote(null, Part((20, 24)), Part((26, 41))),
        };
        var score = QuoteScore.Of([Gold() with { Attributions = [Gold().Attributions[0]] }], [found]);
        Assert.Equal(new Tally(1, 2, 1), score.Contents.Overlap);
        Assert.Equal(new Tally(1, 2, 1), score.Cues.Overlap);
        Assert.Equal(new Tally(1, 0, 0), score.Sources.Overlap);
    }

    [Fact]
    public void The_matching_is_the_largest_one_to_one_not_the_first_found()
    {
        // Prediction 0 overlaps both gold spans, prediction 1 only the first: taking 0–first greedily
        // would leave 1 unmatched; the largest matching pairs 0–second and 1–first.
        var gold = new[] { Part((0, 10)), Part((20, 30)) };
        var predicted = new[] { Part((5, 25)), Part((2, 4)) };
        Assert.Equal(2, QuoteScore.Matches(gold, predicted, (a, b) => a.Overlap(b) > 0));
    }

    [Fact]
    public void A_list_of_quotes_is_needed_for_every_article() =>
        Assert.Throws<ArgumentException>(() => QuoteScore.Of([Gold()], []));
}
