using Corroborate.Documents;
using Corroborate.Events;
using Corroborate.Language;
using Corroborate.Quotes;

namespace Corroborate.Claims;

/// <summary>
/// One article of a story with what the earlier stages found in it: its annotated text, its events and its
/// quotes. The input of <see cref="FactExtractor"/> and <see cref="Reconciler"/>. Immutable.
/// </summary>
/// <param name="Id">The stored article's id.</param>
/// <param name="CopyOf">The id of the article this one reproduces (a syndicated copy), or null.</param>
public sealed record ClaimArticle(long Id, Article Article, long? CopyOf, AnnotatedText Text,
    IReadOnlyList<EventRecord> Events, IReadOnlyList<Quote> Quotes)
{
    /// <summary>The outlet that wrote it (for a syndicated copy, the original outlet, as ingest records it).</summary>
    public string Outlet => Article.Outlet?.Name ?? "(unknown outlet)";

    /// <summary>The sentence as a citation.</summary>
    public Citation Cite(int sentence)
    {
        var spans = Text.Sentences[sentence].Spans;
        if (spans.Count == 0)
        {
            return new Citation(Id, Outlet, sentence, 0, 0, string.Join(' ', Text.Sentences[sentence].Words));
        }
        var start = spans[0].Start;
        var end = spans[^1].Start + spans[^1].Length;
        return new Citation(Id, Outlet, sentence, start, end, Text.Text[start..end]);
    }
}
