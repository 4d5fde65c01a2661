using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// One discard phrase: a sentence (or, with <see cref="WholeStory"/>, a story) that contains it is not
/// coded — sports results, films, historical chronologies.
/// </summary>
/// <param name="Text">The phrase, upper case, single blanks, without its <c>+</c> and final <c>_</c>.</param>
/// <param name="WholeStory">Written with a leading <c>+</c>: the whole story is not coded.</param>
/// <param name="WholeWord">Written with a final <c>_</c>: the phrase must end where a word ends;
/// otherwise it is a stem (BATSMEN also matches BATSMEN'S, 1914 matches 1914-18).</param>
/// <param name="Line">The line in the discards file.</param>
public sealed record DiscardEntry(string Text, bool WholeStory, bool WholeWord, int Line);

/// <summary>
/// The phrases of a PETRARCH discards file (<c>Phoenix.discards.txt</c>), found in text
/// case-insensitively from the start of a word. Immutable and thread-safe.
/// </summary>
public sealed class DiscardDictionary
{
    private readonly TextTrie _phrases;

    private DiscardDictionary(ImmutableArray<DiscardEntry> entries, TextTrie phrases)
    {
        Entries = entries;
        _phrases = phrases;
    }

    /// <summary>No discards.</summary>
    public static DiscardDictionary Empty { get; } = new([], new TextTrie());

    /// <summary>The phrases in file order.</summary>
    public ImmutableArray<DiscardEntry> Entries { get; }

    /// <exception cref="DictionaryFormatException">A line cannot be read.</exception>
    public static DiscardDictionary Load(string path)
    {
        var entries = new List<DiscardEntry>();
        var trie = new TextTrie();
        foreach (var (number, raw) in DictionaryText.ReadLines(path))
        {
            var text = raw.Trim();
            var wholeStory = text.StartsWith('+');
            if (wholeStory)
            {
                text = text[1..];
            }
            var wholeWord = text.EndsWith('_');
            text = TextTrie.Normalize(text.TrimEnd('_'));
            if (text.Length == 0)
            {
                throw new DictionaryFormatException(path, number, "discard phrase is empty");
            }
            trie.Add(text, entries.Count, wholeWord);
            entries.Add(new DiscardEntry(text, wholeStory, wholeWord, number));
        }
        return new DiscardDictionary([.. entries], trie);
    }

    /// <summary>The first discard phrase in <paramref name="text"/> (a sentence, or a story to check
    /// <see cref="DiscardEntry.WholeStory"/> phrases in), or null when it has none.</summary>
    [Pure]
    public DiscardEntry? Find(string text)
    {
        var matches = _phrases.Matches(text, firstOnly: true);
        return matches.Count == 0 ? null : Entries[matches[0].Value];
    }
}
