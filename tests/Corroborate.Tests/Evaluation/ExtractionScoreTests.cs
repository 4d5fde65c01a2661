using Corroborate.Evaluation;

namespace Corroborate.Tests.Evaluation;

public class ExtractionScoreTests
{
    [Fact]
    public void Tokens_are_python_word_runs_by_code_point()
    {
        // ½ and ² are word characters in Python (other numbers); a combining mark is not.
        Assert.Equal(["a_b", "½", "x²", "e", "t"], ExtractionScore.Tokenize("a_b, ½ x² e\u0301t!"));
        Assert.Equal(["İstanbul", "日本語"], ExtractionScore.Tokenize("İstanbul — 日本語"));
        Assert.Empty(ExtractionScore.Tokenize("  — … 😀 "));
    }

    [Fact]
    public void Identical_texts_score_one_and_empty_prediction_scores_zero_recall()
    {
        var same = ExtractionScore.Score("The council met on Tuesday.", "The  council met, on Tuesday!");
        Assert.Equal((1, 1, 1), (same.Precision, same.Recall, same.F1));
        Assert.True(same.ExactTokens);

        var empty = ExtractionScore.Score("The council met on Tuesday.", "");
        Assert.False(empty.HasPrediction);
        Assert.Equal(0, empty.Recall);
    }

    [Fact]
    public void Shingles_are_a_multiset_and_counts_are_normalised()
    {
        // Gold has 3 shingles (a b c d, b c d e, c d e f); the prediction repeats the first one twice.
        var score = ExtractionScore.Score("a b c d e f", "a b c d a b c d");
        // Prediction shingles: (a b c d) x2, (b c d a), (c d a b), (d a b c) -> TP 1, FP 4, FN 2; normalised by 7.
        Assert.Equal(1 / 7.0, score.TruePositive, 9);
        Assert.Equal(4 / 7.0, score.FalsePositive, 9);
        Assert.Equal(2 / 7.0, score.FalseNegative, 9);
        Assert.Equal(0.2, score.Precision, 9);
        Assert.Equal(1 / 3.0, score.Recall, 9);
    }

    [Fact]
    public void Short_texts_are_one_shingle()
    {
        Assert.Equal(1, ExtractionScore.Score("Two words", "Two words").F1);
        Assert.Equal(0, ExtractionScore.Score("Two words", "Two other").F1);
    }

    [Fact]
    public void Summary_macro_averages_precision_over_documents_with_a_prediction()
    {
        var perfect = ExtractionScore.Score("one two three four five", "one two three four five");
        var missing = ExtractionScore.Score("one two three four five", "");
        var summary = ExtractionScore.Summarize([perfect, missing]);
        Assert.Equal(1, summary.Precision);   // the empty prediction is left out of P
        Assert.Equal(0.5, summary.Recall);    // but counts as recall 0
        Assert.Equal(2 / 3.0, summary.F1, 9); // harmonic mean of the macro averages
        Assert.Equal(0.5, summary.Accuracy);
    }

    [SharedDataTheory]
    [InlineData("trafilatura", 0.9575, 0.9383, 0.9775)]
    [InlineData("readability_js", 0.9467, 0.9139, 0.9820)]
    [InlineData("AutoExtract", 0.9700, 0.9845, 0.9560)]
    [InlineData("boilerpipe", 0.8596, 0.8497, 0.8698)]
    public void Reproduces_the_benchmarks_published_scores_from_saved_outputs(string tool, double f1, double precision, double recall)
    {
        var benchmark = ExtractionBenchmark.Load(SharedData.File("bench/article-extraction"));
        var output = benchmark.SavedOutput(tool);
        var summary = ExtractionScore.Summarize([.. benchmark.Pages.Select(p => ExtractionScore.Score(p.GoldBody, output.GetValueOrDefault(p.Id, "")))]);
        Assert.Equal(f1, summary.F1, 4);
        Assert.Equal(precision, summary.Precision, 4);
        Assert.Equal(recall, summary.Recall, 4);
    }

    [SharedDataFact]
    public void The_held_out_split_is_a_third_of_the_pages_by_site()
    {
        var pages = ExtractionBenchmark.Load(SharedData.File("bench/article-extraction")).Pages;
        Assert.Equal(181, pages.Count);
        Assert.Equal(63, pages.Count(p => p.Split == BenchmarkSplit.HeldOut));
        // Two pages of one site never fall on different sides.
        foreach (var site in pages.GroupBy(p => new Uri(p.Url).Host.Replace("www.", "", StringComparison.Ordinal)))
        {
            Assert.Single(site.Select(p => p.Split).Distinct());
        }
    }
}
