using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// One issue phrase and its code, e.g. <c>n:refugee [REFUGEES]</c>.
/// </summary>
/// <param name="Text">The phrase as written, markers included.</param>
/// <param name="Phrases">The phrases it stands for, upper case: <c>n:</c> adds the noun's plural,
/// <c>v:</c> the verb's -S, -ED and -ING forms, and a <c>+</c> stands for a blank or a hyphen
/// (<c>non+profit</c> is NON PROFIT and NON-PROFIT).</param>
/// <param name="Category">The <c>&lt;ISSUE CATEGORY="…"&gt;</c> section it is in, or null outside one.</param>
/// <param name="Line">The line in the issues file.</param>
public sealed record IssueEntry(string Text, ImmutableArray<string> Phrases, string Code, string? Category, int Line);

/// <summary>
/// A phrase that stops issue coding: <c>~a head start</c> in a sentence, <c>~~oil</c> (with
/// <see cref="WholeStory"/>) in a story. Its phrases are expanded as <see cref="IssueEntry.Phrases"/> are.
/// </summary>
public sealed record IssueExclusion(string Text, ImmutableArray<string> Phrases, bool WholeStory, string? Category, int Line);

/// <summary>An issue code and how many of its phrases a text has.</summary>
public readonly record struct IssueCount(string Code, int Count);

/// <summary>
/// The optional issues file (<c>Phoenix.IssueCoding.txt</c>): phrases in running text → issue codes.
/// Phrases match whole words, case-insensitively. Immutable and thread-safe.
/// </summary>
public sealed class IssueDictionary
{
    private readonly TextTrie _phrases;
    private readonly TextTrie _exclusions;

    internal IssueDictionary(ImmutableArray<IssueEntry> entries, ImmutableArray<IssueExclusion> exclusions, ImmutableArray<DictionaryWarning> warnings)
    {
        Entries = entries;
        Exclusions = exclusions;
        Warnings = warnings;
        // A phrase written twice with one code (water n:shortage is) counts once.
        _phrases = new TextTrie();
        var stored = new HashSet<(string, string)>();
        for (var i = 0; i < entries.Length; i++)
        {
            foreach (var phrase in entries[i].Phrases)
            {
                if (stored.Add((phrase, entries[i].Code)))
                {
                    _phrases.Add(phrase, i, wholeWord: true);
                }
            }
        }
        _exclusions = new TextTrie();
        for (var i = 0; i < exclusions.Length; i++)
        {
            foreach (var phrase in exclusions[i].Phrases)
            {
                _exclusions.Add(phrase, i, wholeWord: true);
            }
        }
    }

    /// <summary>No issues.</summary>
    public static IssueDictionary Empty { get; } = new([], [], []);

    /// <summary>The phrases with a code, in file order.</summary>
    public ImmutableArray<IssueEntry> Entries { get; }

    /// <summary>The <c>~</c> and <c>~~</c> phrases, in file order.</summary>
    public ImmutableArray<IssueExclusion> Exclusions { get; }

    /// <summary>Lines read leniently; see <see cref="DictionaryWarning"/>.</summary>
    public ImmutableArray<DictionaryWarning> Warnings { get; }

    /// <exception cref="DictionaryFormatException">A line cannot be read.</exception>
    public static IssueDictionary Load(string path) => IssueDictionaryReader.Read(path);

    /// <summary>
    /// The issue codes of <paramref name="text"/> with how many phrases of each it has, in order of first
    /// appearance; none when the text has an exclusion phrase of either kind, which is what PETRARCH does
    /// ("the occurrence of an ignore phrase of either type cancels all coding of issues from the
    /// sentence").
    /// </summary>
    [Pure]
    public ImmutableArray<IssueCount> Count(string text)
    {
        if (_exclusions.Matches(text, firstOnly: true).Count > 0)
        {
            return [];
        }
        var counts = new List<IssueCount>();
        foreach (var (_, value) in _phrases.Matches(text))
        {
            var code = Entries[value].Code;
            var at = counts.FindIndex(c => c.Code == code);
            if (at < 0)
            {
                counts.Add(new IssueCount(code, 1));
            }
            else
            {
                counts[at] = counts[at] with { Count = counts[at].Count + 1 };
            }
        }
        return [.. counts];
    }
}
