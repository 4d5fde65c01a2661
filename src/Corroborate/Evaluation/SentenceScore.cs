using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Evaluation;

/// <summary>Sentence boundary scores: over all boundaries, and over those inside paragraphs (no blank line to help).</summary>
public sealed record SentenceScores(int Gold, int Predicted, int Correct, int GoldInside, int PredictedInside, int CorrectInside)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double InsideF1
    {
        get
        {
            double p = PredictedInside == 0 ? 0 : (double)CorrectInside / PredictedInside, r = GoldInside == 0 ? 0 : (double)CorrectInside / GoldInside;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}

/// <summary>
/// Scores sentence splitting on plain text rebuilt from a treebank's <c># text</c> lines (never on gold
/// tokens): a boundary is the character offset where a sentence ends; a predicted boundary is the end
/// of the last token of a predicted sentence.
/// </summary>
public static class SentenceScore
{
    public static SentenceScores Evaluate(SentenceSplitter splitter, IEnumerable<TreebankDocument> documents)
    {
        int gold = 0, predicted = 0, correct = 0, goldInside = 0, predictedInside = 0, correctInside = 0;
        foreach (var document in documents)
        {
            var tokens = Tokenizer.Tokenize(document.Text);
            var starts = splitter.Split(document.Text, tokens);
            var ends = new HashSet<int>();
            for (var s = 0; s < starts.Length; s++)
            {
                var last = (s + 1 < starts.Length ? starts[s + 1] : tokens.Length) - 1;
                ends.Add(tokens[last].End);
            }
            var goldEnds = document.SentenceEnds.ToHashSet();
            gold += goldEnds.Count;
            predicted += ends.Count;
            correct += ends.Count(goldEnds.Contains);
            // Inside a paragraph: not followed by a blank line or the end of the document.
            bool Inside(int end) => end < document.Text.Length && !document.Text.AsSpan(end).StartsWith("\n\n");
            goldInside += goldEnds.Count(Inside);
            predictedInside += ends.Count(Inside);
            correctInside += ends.Count(e => Inside(e) && goldEnds.Contains(e));
        }
        return new SentenceScores(gold, predicted, correct, goldInside, predictedInside, correctInside);
    }
}
