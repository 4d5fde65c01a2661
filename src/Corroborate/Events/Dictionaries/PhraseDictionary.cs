using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;

namespace Corroborate.Events.Dictionaries;

/// <summary>An entry found at the start of a run of tokens, and how many tokens its phrase spans (for an
/// agent phrase that lets words come between, those words included).</summary>
public readonly record struct PhraseMatch<TEntry>(TEntry Entry, int Length);

/// <summary>
/// Entries looked up by the words of their phrases, case-insensitively, longest phrase first: what the
/// actor and agent dictionaries share. When two entries give one phrase, the reader says which keeps it.
/// Immutable and thread-safe.
/// </summary>
public abstract class PhraseDictionary<TEntry>
    where TEntry : class
{
    private readonly WordTrie _phrases;

    private protected PhraseDictionary(ImmutableArray<TEntry> entries, WordTrie phrases, ImmutableArray<DictionaryWarning> warnings)
    {
        Entries = entries;
        _phrases = phrases;
        Warnings = warnings;
    }

    /// <summary>The entries in file order.</summary>
    public ImmutableArray<TEntry> Entries { get; }

    /// <summary>Distinct phrases that can be looked up.</summary>
    public int PhraseCount => _phrases.Count;

    /// <summary>Lines read leniently; see <see cref="DictionaryWarning"/>.</summary>
    public ImmutableArray<DictionaryWarning> Warnings { get; }

    /// <summary>The entry whose phrase is exactly <paramref name="phrase"/> (blanks or underscores
    /// between words, any case), e.g. <c>ilham aliyev</c> or <c>foreign minister</c>.</summary>
    public bool TryGet(string phrase, [MaybeNullWhen(false)] out TEntry entry)
    {
        var words = DictionaryText.Words(phrase);
        if (LongestMatch(words) is { } match && match.Length == words.Length)
        {
            entry = match.Entry;
            return true;
        }
        entry = null;
        return false;
    }

    /// <summary>The entry with the longest phrase that starts at <paramref name="start"/> and ends by
    /// <paramref name="end"/> (the end of <paramref name="tokens"/> when null), or null when none does.</summary>
    [Pure]
    public PhraseMatch<TEntry>? LongestMatch(IReadOnlyList<string> tokens, int start = 0, int? end = null)
    {
        var (value, length) = _phrases.Longest(tokens, start, end ?? tokens.Count);
        return value < 0 ? null : new PhraseMatch<TEntry>(Entries[value], length);
    }
}
