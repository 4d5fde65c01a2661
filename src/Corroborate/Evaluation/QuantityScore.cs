using Corroborate.Language;

namespace Corroborate.Evaluation;

/// <summary>Micro precision, recall and F1 of one measure (value, value+unit, value+change) over a set.</summary>
public sealed record QuantityMeasure(string Name, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The measures CQE's evaluation reports for a system on a quantity set; value+change only
/// where the gold gives changes (NewsQuant, not the Recognizers-Text sets).</summary>
public sealed record QuantityScores(QuantityMeasure Value, QuantityMeasure ValueUnit, QuantityMeasure? ValueChange, int Sentences)
{
    public IEnumerable<QuantityMeasure> Measures => ValueChange is null ? [Value, ValueUnit] : [Value, ValueUnit, ValueChange];
}

/// <summary>
/// Scores predicted quantities against gold ones exactly as CQE's <c>evaluate_models.py</c>
/// (<c>calculate_metrics</c>) does, so that our figures compare with the published ones.
/// </summary>
/// <remarks>
/// Per sentence, gold and predictions are each sorted by normalized unit (ordinal, stable); for each gold
/// quantity in turn the remaining predictions are tried in order:
/// <list type="bullet">
/// <item>values match when both are single numbers, or both ranges with both ends matching, each pair
/// <c>|gold − predicted| ≤ 1e-8 + 1e-5 · |predicted|</c> (numpy's <c>isclose</c>);</item>
/// <item>each value match counts towards <b>value</b>, at most as many times in a sentence as it has gold
/// quantities, and towards <b>value+change</b> when the change marks are equal (upstream does not cap
/// this one);</item>
/// <item>when the lower-cased normalized units are also equal, it counts towards <b>value+unit</b>, the
/// prediction is consumed and the next gold quantity is tried. A value match with another unit consumes
/// nothing, so a prediction can match the values of several gold quantities.</item>
/// </list>
/// Precision divides by all predictions, recall by all gold quantities. The published tables round each
/// to one decimal in percent.
/// </remarks>
public static class QuantityScore
{
    /// <summary>Scores sentences of (gold, predicted) quantities.</summary>
    public static QuantityScores Of(IEnumerable<(IReadOnlyList<QuantityLabel> Gold, IReadOnlyList<QuantityLabel> Predicted)> sentences)
    {
        int gold = 0, predicted = 0, value = 0, unit = 0, change = 0, count = 0;
        var changes = true;
        foreach (var (g, p) in sentences)
        {
            count++;
            changes &= g.All(q => q.Change.Length > 0);
            gold += g.Count;
            predicted += p.Count;
            var tags = p.OrderBy(q => q.NormalizedUnit, StringComparer.Ordinal).ToList();
            var valuesLeft = g.Count;
            foreach (var truth in g.OrderBy(q => q.NormalizedUnit, StringComparer.Ordinal))
            {
                for (var i = 0; i < tags.Count; i++)
                {
                    var tag = tags[i];
                    if (!ValuesMatch(truth, tag))
                    {
                        continue;
                    }
                    if (valuesLeft > 0)
                    {
                        value++;
                        valuesLeft--;
                    }
                    if (tag.Change == truth.Change)
                    {
                        change++;
                    }
                    if (string.Equals(tag.NormalizedUnit, truth.NormalizedUnit, StringComparison.OrdinalIgnoreCase))
                    {
                        unit++;
                        tags.RemoveAt(i);
                        break;
                    }
                }
            }
        }
        return new QuantityScores(
            new QuantityMeasure("value", gold, predicted, value),
            new QuantityMeasure("value+unit", gold, predicted, unit),
            changes ? new QuantityMeasure("value+change", gold, predicted, change) : null,
            count);
    }

    /// <summary>Extracts the quantities of every sentence with <paramref name="annotator"/> and scores them.</summary>
    public static (QuantityScores Scores, IReadOnlyList<QuantityLabel>[] Predicted) Evaluate(Annotator annotator, IReadOnlyList<QuantitySentence> sentences)
    {
        var predicted = sentences.Select(s => Predict(annotator, s.Text)).ToArray();
        return (Of(sentences.Select((s, i) => (s.Quantities, predicted[i]))), predicted);
    }

    /// <summary>The quantities found in a text (all its sentences), as labels to score.</summary>
    public static IReadOnlyList<QuantityLabel> Predict(Annotator annotator, string text) =>
        [.. annotator.Annotate(text).Sentences.SelectMany(QuantityExtractor.Find).Select(Label)];

    /// <summary>A quantity as the scoring reads it.</summary>
    public static QuantityLabel Label(Quantity q) => new(q.Value, q.High, q.Unit, q.NormalizedUnit, q.ChangeMark);

    /// <summary>Whether the values match (see remarks): both single and close, or both ranges with both ends close.</summary>
    public static bool ValuesMatch(QuantityLabel gold, QuantityLabel predicted) =>
        (gold.High, predicted.High) switch
        {
            (null, null) => IsClose(gold.Value, predicted.Value),
            ({ } g, { } p) => IsClose(gold.Value, predicted.Value) && IsClose(g, p),
            _ => false,
        };

    /// <summary>numpy's <c>isclose(a, b, rtol=1e-05, atol=1e-08)</c>: relative to <paramref name="b"/>, as numpy is.</summary>
    public static bool IsClose(double a, double b) => Math.Abs(a - b) <= 1e-8 + 1e-5 * Math.Abs(b);
}
