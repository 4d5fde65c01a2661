using System.Globalization;
using System.Text;

namespace Corroborate.Evaluation;

/// <summary>
/// One document's score under the article-extraction benchmark's metric: counts of shared, extra and
/// missing 4-token shingles, normalised so that they sum to 1 (every document weighs the same).
/// </summary>
public readonly record struct DocumentScore(double TruePositive, double FalsePositive, double FalseNegative, bool ExactTokens)
{
    /// <summary>1 when both sides agree completely; 0 when nothing predicted is right.</summary>
    public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive == 0 && FalsePositive == 0 ? 0 : TruePositive / (TruePositive + FalsePositive);

    public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive == 0 && FalseNegative == 0 ? 0 : TruePositive / (TruePositive + FalseNegative);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Whether the document counts towards mean precision (something was predicted).</summary>
    public bool HasPrediction => TruePositive + FalsePositive > 0;

    /// <summary>Whether the document counts towards mean recall (there was something to find).</summary>
    public bool HasGold => TruePositive + FalseNegative > 0;
}

/// <summary>Scores over a set of documents: the benchmark's macro means, and medians of the per-document values.</summary>
public sealed record ExtractionSummary(int Documents, double Precision, double Recall, double F1, double MedianPrecision,
    double MedianRecall, double MedianF1, double Accuracy);

/// <summary>
/// The metric of the Zyte (Scrapinghub) article-extraction benchmark, as its SOURCE.md describes
/// <c>evaluate.py</c>: tokens are runs of Python-<c>\w</c> characters (letters, decimal, letter and other
/// numbers, underscore — by code point, combining marks excluded), shingles are contiguous 4-token
/// tuples counted as a multiset, and per-document TP/FP/FN are normalised before averaging.
/// Precision and recall are macro means over the documents with a prediction (resp. a gold body);
/// F1 is their harmonic mean, not the mean of per-document F1.
/// </summary>
public static class ExtractionScore
{
    private const int ShingleLength = 4;

    public static DocumentScore Score(string gold, string predicted)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldTokens = Tokens(gold, ids);
        var predictedTokens = Tokens(predicted, ids);
        var counts = new Dictionary<Shingle, (int Gold, int Predicted)>();
        foreach (var shingle in Shingles(goldTokens))
        {
            counts[shingle] = (counts.GetValueOrDefault(shingle).Gold + 1, 0);
        }
        foreach (var shingle in Shingles(predictedTokens))
        {
            var (g, p) = counts.GetValueOrDefault(shingle);
            counts[shingle] = (g, p + 1);
        }
        double tp = 0, fp = 0, fn = 0;
        foreach (var (g, p) in counts.Values)
        {
            tp += Math.Min(g, p);
            fp += Math.Max(0, p - g);
            fn += Math.Max(0, g - p);
        }
        var total = tp + fp + fn;
        if (total > 0)
        {
            (tp, fp, fn) = (tp / total, fp / total, fn / total);
        }
        return new DocumentScore(tp, fp, fn, goldTokens.AsSpan().SequenceEqual(predictedTokens));
    }

    public static ExtractionSummary Summarize(IReadOnlyCollection<DocumentScore> scores)
    {
        var precisions = scores.Where(s => s.HasPrediction).Select(s => s.Precision).ToList();
        var recalls = scores.Where(s => s.HasGold).Select(s => s.Recall).ToList();
        var p = precisions.Count == 0 ? 0 : precisions.Average();
        var r = recalls.Count == 0 ? 0 : recalls.Average();
        return new ExtractionSummary(
            scores.Count,
            p,
            r,
            p + r == 0 ? 0 : 2 * p * r / (p + r),
            Median(precisions),
            Median(recalls),
            Median([.. scores.Select(s => s.F1)]),
            scores.Count == 0 ? 0 : scores.Count(s => s.ExactTokens) / (double)scores.Count);
    }

    /// <summary>The benchmark's tokens: maximal runs of word characters as Python 3's <c>re</c> defines <c>\w</c>.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (start < 0)
                {
                    start = index;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..index]);
                start = -1;
            }
            index += rune.Utf16SequenceLength;
        }
        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }
        return tokens;
    }

    internal static bool IsWordRune(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>Token ids, interned in <paramref name="ids"/> so that equal tokens of both sides share one.</summary>
    private static int[] Tokens(string text, Dictionary<string, int> ids)
    {
        var tokens = Tokenize(text);
        var result = new int[tokens.Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (!ids.TryGetValue(tokens[i], out var id))
            {
                id = ids.Count;
                ids[tokens[i]] = id;
            }
            result[i] = id;
        }
        return result;
    }

    private static IEnumerable<Shingle> Shingles(int[] tokens)
    {
        if (tokens.Length == 0)
        {
            yield break;
        }
        if (tokens.Length < ShingleLength)
        {
            yield return new Shingle(tokens[0], tokens.Length > 1 ? tokens[1] : -1, tokens.Length > 2 ? tokens[2] : -1, -1, tokens.Length);
            yield break;
        }
        for (var i = 0; i + ShingleLength <= tokens.Length; i++)
        {
            yield return new Shingle(tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], ShingleLength);
        }
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private readonly record struct Shingle(int A, int B, int C, int D, int Length);
}
