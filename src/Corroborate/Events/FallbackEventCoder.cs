using Corroborate.Language;

namespace Corroborate.Events;

/// <summary>
/// The built-in coder, with a dictionary coder's events for the sentences it codes nothing in: the built-in
/// tables know fewer verbs than the production CAMEO dictionaries but code what they know better (counts,
/// places, PLOVER modes), so the dictionaries only fill the gaps. Thread-safe when both coders are.
/// </summary>
public sealed class FallbackEventCoder
{
    private readonly EventCoder _primary;
    private readonly DictionaryEventCoder _fallback;

    /// <param name="primary">The coder whose events are kept.</param>
    /// <param name="dictionaries">The dictionaries asked about the sentences <paramref name="primary"/> codes
    /// nothing in, without PETRARCH's require_dyad, since a PLOVER event may have no target.</param>
    public FallbackEventCoder(EventCoder primary, Dictionaries.EventDictionaries dictionaries)
    {
        _primary = primary;
        _fallback = new DictionaryEventCoder(dictionaries, requireDyad: false);
    }

    /// <summary>The events of a text: the primary coder's, then the fallback's in sentences without any, in sentence order.</summary>
    public IReadOnlyList<EventRecord> Code(AnnotatedText text, DateTimeOffset? published = null)
    {
        var ours = _primary.Code(text, published);
        var coded = ours.Select(e => e.Sentence).ToHashSet();
        var filled = _fallback.Code(text, published).Where(e => !coded.Contains(e.Sentence));
        return [.. ours.Concat(filled).OrderBy(e => e.Sentence)];
    }
}
