using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Evaluation;

/// <summary>Attachment scores over every word, punctuation included (as the CoNLL 2018 shared task counts):
/// UAS (the right head), LAS (the right head and relation, subtypes such as <c>nsubj:pass</c> included) and
/// LAS over the universal relation alone (<c>nsubj:pass</c> counted as <c>nsubj</c>, as CoNLL 2018 does).</summary>
public sealed record ParserScores(int Words, double Uas, double Las, double UniversalLas, int Sentences, double ExactTrees);

public static class ParserScore
{
    /// <summary>Parses each sentence's gold words with tags from <paramref name="tagger"/> (as at run time) and scores the trees.</summary>
    public static ParserScores Evaluate(DependencyParser parser, Tagger tagger, IEnumerable<ConlluSentence> sentences)
    {
        int words = 0, heads = 0, labelled = 0, universal = 0, count = 0, exact = 0;
        foreach (var sentence in sentences)
        {
            var forms = sentence.Words.Select(w => w.Form).ToArray();
            var parse = parser.Parse(forms, tagger.Tag(forms));
            var allRight = true;
            for (var i = 0; i < parse.Count; i++)
            {
                var gold = sentence.Words[i];
                words++;
                if (parse[i].Head != gold.Head)
                {
                    allRight = false;
                    continue;
                }
                heads++;
                labelled += parse[i].Relation == gold.Relation ? 1 : 0;
                universal += Universal(parse[i].Relation) == Universal(gold.Relation) ? 1 : 0;
                allRight &= parse[i].Relation == gold.Relation;
            }
            count++;
            exact += allRight ? 1 : 0;
        }
        return new ParserScores(words, Ratio(heads, words), Ratio(labelled, words), Ratio(universal, words), count, Ratio(exact, count));
    }

    private static string Universal(string relation) => relation.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? relation[..colon] : relation;

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
