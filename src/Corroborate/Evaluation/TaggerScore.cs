using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Evaluation;

/// <summary>Tagging accuracy with gold tokens: UPOS, XPOS, and UPOS on words the training data never had.</summary>
public sealed record TaggerScores(int Words, double Upos, double Xpos, int Unseen, double UnseenUpos);

public static class TaggerScore
{
    public static TaggerScores Evaluate(Tagger tagger, IEnumerable<ConlluSentence> sentences, IReadOnlySet<string> seen, bool fast = false)
    {
        int words = 0, upos = 0, xpos = 0, unseen = 0, unseenRight = 0;
        foreach (var sentence in sentences)
        {
            var tags = tagger.Tag([.. sentence.Words.Select(w => w.Form)], fast);
            for (var i = 0; i < tags.Length; i++)
            {
                var gold = sentence.Words[i];
                words++;
                upos += tags[i].Upos == gold.Upos ? 1 : 0;
                xpos += tags[i].Xpos == gold.Xpos ? 1 : 0;
                if (!seen.Contains(gold.Form))
                {
                    unseen++;
                    unseenRight += tags[i].Upos == gold.Upos ? 1 : 0;
                }
            }
        }
        return new TaggerScores(words, words == 0 ? 0 : (double)upos / words, words == 0 ? 0 : (double)xpos / words, unseen,
            unseen == 0 ? 0 : (double)unseenRight / unseen);
    }
}
