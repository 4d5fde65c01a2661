using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Evaluation;

/// <summary>Exact-span precision, recall and F1 of one entity type (or of all, micro-averaged).</summary>
public sealed record EntityTypeScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Entity scores as CoNLL and Universal NER compute them: a predicted entity is right only when
/// its type and both its ends match a gold one.</summary>
public sealed record EntityScores(EntityTypeScore Micro, IReadOnlyList<EntityTypeScore> Types, int Sentences);

public static class EntityScore
{
    /// <summary>The Universal NER type a Corroborate label counts as (countries, cities and facilities are
    /// places to UNER), or null for labels UNER does not annotate.</summary>
    public static string? AsUner(EntityLabel label) => label switch
    {
        EntityLabel.PER => "PER",
        EntityLabel.ORG => "ORG",
        EntityLabel.LOC or EntityLabel.GPE or EntityLabel.FAC => "LOC",
        _ => null,
    };

    /// <summary>The entities the whole annotator finds in pre-tokenized words, as UNER spans (see <see cref="AsUner"/>).</summary>
    public static List<(string Label, int Start, int End)> UnerSpans(Annotator annotator, IReadOnlyList<string> words) =>
        [.. annotator.AnnotateWords(words).Entities.Where(e => AsUner(e.Label) is not null).Select(e => (AsUner(e.Label)!, e.Start, e.End))];

    /// <summary>Scores the whole annotator on Universal NER sentences, as <c>eval entities</c> reports it.</summary>
    public static EntityScores Evaluate(Annotator annotator, IEnumerable<Iob2Sentence> sentences) =>
        Evaluate(sentences.Select(s => ((IReadOnlyList<(string, int, int)>)Iob2.Spans(s.Tags), (IReadOnlyList<(string, int, int)>)UnerSpans(annotator, s.Words))));

    /// <summary>Scores sentences of (gold spans, predicted spans) with labels already in the gold scheme.</summary>
    public static EntityScores Evaluate(IEnumerable<(IReadOnlyList<(string Label, int Start, int End)> Gold, IReadOnlyList<(string Label, int Start, int End)> Predicted)> sentences)
    {
        var gold = new Dictionary<string, int>(StringComparer.Ordinal);
        var predicted = new Dictionary<string, int>(StringComparer.Ordinal);
        var correct = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var (g, p) in sentences)
        {
            count++;
            var goldSet = g.ToHashSet();
            foreach (var span in g)
            {
                gold[span.Label] = gold.GetValueOrDefault(span.Label) + 1;
            }
            foreach (var span in p.Distinct())
            {
                predicted[span.Label] = predicted.GetValueOrDefault(span.Label) + 1;
                if (goldSet.Contains(span))
                {
                    correct[span.Label] = correct.GetValueOrDefault(span.Label) + 1;
                }
            }
        }
        var types = gold.Keys.Union(predicted.Keys).Order(StringComparer.Ordinal)
            .Select(t => new EntityTypeScore(t, gold.GetValueOrDefault(t), predicted.GetValueOrDefault(t), correct.GetValueOrDefault(t))).ToList();
        var micro = new EntityTypeScore("all", types.Sum(t => t.Gold), types.Sum(t => t.Predicted), types.Sum(t => t.Correct));
        return new EntityScores(micro, types, count);
    }
}
