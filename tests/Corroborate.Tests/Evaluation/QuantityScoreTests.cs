using Corroborate.Evaluation;

namespace Corroborate.Tests.Evaluation;

/// <summary>CQE's scoring (evaluate_models.py, calculate_metrics), case by case, with counts worked out by hand.</summary>
public class QuantityScoreTests
{
    private static QuantityLabel Q(double value, string unit = "-", string change = "=", double? high = null) => new(value, high, unit, unit, change);

    private static QuantityScores Score(QuantityLabel[] gold, QuantityLabel[] predicted) => QuantityScore.Of([(gold, predicted)]);

    [Fact]
    public void Values_are_close_within_numpy_isclose_relative_to_the_prediction()
    {
        Assert.True(QuantityScore.IsClose(1e6, 1e6 + 9));
        Assert.False(QuantityScore.IsClose(1e6, 1e6 + 11));
        Assert.True(QuantityScore.IsClose(0.333333, 1.0 / 3));
        Assert.True(QuantityScore.IsClose(0, 5e-9));
        Assert.False(QuantityScore.IsClose(0, 2e-8));
        Assert.False(QuantityScore.IsClose(double.NaN, double.NaN));
    }

    [Fact]
    public void Ranges_match_only_ranges_with_both_ends_close()
    {
        Assert.True(QuantityScore.ValuesMatch(Q(5, high: 10), Q(5.00001, high: 10)));
        Assert.False(QuantityScore.ValuesMatch(Q(5, high: 10), Q(5, high: 11)));
        Assert.False(QuantityScore.ValuesMatch(Q(5, high: 10), Q(5)));
        Assert.False(QuantityScore.ValuesMatch(Q(5), Q(5, high: 5)));
    }

    [Fact]
    public void A_full_match_counts_in_every_measure()
    {
        var s = Score([Q(3, "dollar", "up"), Q(7, "percentage")], [Q(7, "percentage"), Q(3, "dollar", "up"), Q(9)]);
        Assert.Equal((2, 3, 2), (s.Value.Gold, s.Value.Predicted, s.Value.Correct));
        Assert.Equal(2, s.ValueUnit.Correct);
        Assert.Equal(2, s.ValueChange!.Correct);
        Assert.Equal(2.0 / 3, s.Value.Precision, 12);
        Assert.Equal(1, s.Value.Recall);
        Assert.Equal(0.8, s.Value.F1, 12);
    }

    [Fact]
    public void Units_compare_lower_cased()
    {
        var s = Score([new QuantityLabel(3, null, "Americans", "Americans", "=")], [new QuantityLabel(3, null, "americans", "americans", "=")]);
        Assert.Equal(1, s.ValueUnit.Correct);
    }

    [Fact]
    public void A_prediction_with_the_wrong_unit_is_not_consumed_and_can_match_another_value()
    {
        // Two gold 5s, one predicted 5 in another unit: both values match it, neither unit does.
        var s = Score([Q(5, "dollar"), Q(5, "euro")], [Q(5, "yen")]);
        Assert.Equal(2, s.Value.Correct);
        Assert.Equal(0, s.ValueUnit.Correct);
        Assert.Equal(2, s.ValueChange!.Correct);
    }

    [Fact]
    public void A_prediction_matching_value_and_unit_is_consumed()
    {
        var s = Score([Q(5, "dollar"), Q(5, "dollar")], [Q(5, "dollar")]);
        Assert.Equal(1, s.Value.Correct);
        Assert.Equal(1, s.ValueUnit.Correct);
    }

    [Fact]
    public void Value_matches_are_capped_by_the_gold_count_of_the_sentence_but_change_matches_are_not()
    {
        // One gold 5: two predictions with its value and change, neither with its unit.
        var s = Score([Q(5, "dollar")], [Q(5, "euro"), Q(5, "yen")]);
        Assert.Equal(1, s.Value.Correct);
        Assert.Equal(0, s.ValueUnit.Correct);
        Assert.Equal(2, s.ValueChange!.Correct);
    }

    [Fact]
    public void Predictions_are_tried_in_order_of_normalized_unit()
    {
        // Sorted, "dollar" is tried before "percentage": its value match counts for change before the
        // "percentage" prediction is reached and consumed. In the order written it would count once.
        var s = Score([Q(5, "percentage")], [Q(5, "percentage"), Q(5, "dollar")]);
        Assert.Equal(1, s.Value.Correct);
        Assert.Equal(1, s.ValueUnit.Correct);
        Assert.Equal(2, s.ValueChange!.Correct);
    }

    [Fact]
    public void Sets_without_changes_have_no_value_change_measure()
    {
        var s = Score([new QuantityLabel(5, null, "", "year of age", "")], [Q(5, "year of age")]);
        Assert.Null(s.ValueChange);
        Assert.Equal(["value", "value+unit"], s.Measures.Select(m => m.Name));
    }

    [Fact]
    public void No_predictions_score_zero_not_a_division_by_zero()
    {
        var s = Score([Q(1)], []);
        Assert.Equal((0, 0, 0), (s.Value.Precision, s.Value.Recall, s.Value.F1));
    }
}

/// <summary>The extractor on NewsQuant's dev third, the part it was tuned on: a floor a little below the measured figures.</summary>
public class QuantityDevFloorTests
{
    [SharedDataFact]
    public void Dev_scores_stay_above_their_floor()
    {
        var dev = QuantityBenchmark.Load(SharedData.File("bench/quantities/newsquant/NewsQuant.json")).Where(s => s.Split == BenchmarkSplit.Dev).ToList();
        var (s, _) = QuantityScore.Evaluate(new Corroborate.Language.Annotator(Corroborate.Language.LanguageModels.Default, parse: false), dev);
        // Measured: value 97.3, value+unit 91.9, value+change 92.6 (F1, percent).
        Assert.True(s.Value.F1 >= 0.96, $"value F1 {s.Value.F1:P1}");
        Assert.True(s.ValueUnit.F1 >= 0.90, $"value+unit F1 {s.ValueUnit.F1:P1}");
        Assert.True(s.ValueChange!.F1 >= 0.91, $"value+change F1 {s.ValueChange!.F1:P1}");
    }
}
