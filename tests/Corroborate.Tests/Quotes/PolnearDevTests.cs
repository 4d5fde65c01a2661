using Corroborate.Evaluation;
using Corroborate.Language;
using Corroborate.Quotes;

namespace Corroborate.Tests.Quotes;

/// <summary>A floor under the measured PolNeAR dev figures, so that a change that loses quotes shows.</summary>
public sealed class PolnearDevTests
{
    [SharedDataFact]
    public void Dev_figures_stay_above_their_floor()
    {
        var articles = PolnearBenchmark.Load(SharedData.File(Path.Combine("bench", "quotes", "polnear")), "dev");
        Assert.Equal(84, articles.Count);
        var score = QuoteScore.Of(articles, QuoteScore.Extract(articles, Annotator.Default, QuoteExtractor.Default));
        // Measured: source 0.708, cue 0.721, content 0.761 (overlap F1).
        Assert.True(score.Sources.Overlap.F1 >= 0.695, $"source F1 {score.Sources.Overlap.F1:F3}");
        Assert.True(score.Cues.Overlap.F1 >= 0.71, $"cue F1 {score.Cues.Overlap.F1:F3}");
        Assert.True(score.Contents.Overlap.F1 >= 0.75, $"content F1 {score.Contents.Overlap.F1:F3}");
    }
}
