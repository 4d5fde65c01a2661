using System.Runtime.CompilerServices;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// Phrases of words, looked up word by word, case-insensitively, longest match first. Each phrase ends
/// at a node that holds one value (the index of an entry); the first phrase stored at a node keeps it.
/// </summary>
/// <remarks>
/// Words get numbers, and all edges sit in one table keyed by (node, word number) instead of a table per
/// node: the actor files make about 60,000 nodes, and this keeps loading quick and small. A phrase may let
/// other words come between two of its words (the agents file writes that as a blank, against <c>_</c>
/// for "next to"); that is an edge of its own, word number 0. Written only while a dictionary is read;
/// afterwards only read, so lookups are thread-safe.
/// </remarks>
internal sealed class WordTrie
{
    private const int Gap = 0;

    private readonly Dictionary<string, int> _words = new(StringComparer.OrdinalIgnoreCase) { [""] = Gap };
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _values = [-1];
    private bool _hasGaps;

    /// <summary>Distinct phrases stored.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Stores a phrase whose words are separated by one blank or one <c>_</c>; with
    /// <paramref name="blankIsGap"/>, a blank lets other words come between. Returns false when the phrase
    /// was already there (the first value stays, unless <paramref name="replace"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(string phrase, int value, bool blankIsGap = false, bool replace = false)
    {
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var node = 0;
        var start = 0;
        for (var i = 0; i <= phrase.Length; i++)
        {
            if (i < phrase.Length && phrase[i] is not (' ' or '_'))
            {
                continue;
            }
            var word = phrase.AsSpan(start..i);
            if (!words.TryGetValue(word, out var id))
            {
                id = _words.Count;
                words[word] = id;
            }
            node = Child(node, id);
            if (i < phrase.Length && blankIsGap && phrase[i] == ' ')
            {
                node = Child(node, Gap);
                _hasGaps = true;
            }
            start = i + 1;
        }
        if (_values[node] >= 0)
        {
            if (replace)
            {
                _values[node] = value;
            }
            return false;
        }
        _values[node] = value;
        Count++;
        return true;
    }

    /// <summary>The value of the longest phrase that starts at <paramref name="start"/> and ends by
    /// <paramref name="end"/>, and how many tokens it spans (words it let between included); (-1, 0) when
    /// none does.</summary>
    public (int Value, int Length) Longest(IReadOnlyList<string> tokens, int start, int end)
    {
        var best = (Value: -1, Length: 0);
        if (!_hasGaps)
        {
            var node = 0;
            for (var i = start; i < end && Step(node, tokens[i], out node); i++)
            {
                if (_values[node] >= 0)
                {
                    best = (_values[node], i + 1 - start);
                }
            }
            return best;
        }
        Walk(tokens, start, end, 0, start, ref best);
        return best;
    }

    private void Walk(IReadOnlyList<string> tokens, int start, int end, int node, int next, ref (int Value, int Length) best)
    {
        if (_values[node] >= 0 && next - start > best.Length)
        {
            best = (_values[node], next - start);
        }
        if (next >= end)
        {
            return;
        }
        if (Step(node, tokens[next], out var child))
        {
            Walk(tokens, start, end, child, next + 1, ref best);
        }
        if (_edges.TryGetValue(Key(node, Gap), out var gap))
        {
            for (var i = next; i < end; i++)
            {
                if (Step(gap, tokens[i], out var after))
                {
                    Walk(tokens, start, end, after, i + 1, ref best);
                }
            }
        }
    }

    private bool Step(int node, string word, out int child)
    {
        child = 0;
        return word.Length > 0 && _words.TryGetValue(word, out var id) && _edges.TryGetValue(Key(node, id), out child);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Child(int node, int word)
    {
        var key = Key(node, word);
        if (!_edges.TryGetValue(key, out var child))
        {
            child = _values.Count;
            _values.Add(-1);
            _edges.Add(key, child);
        }
        return child;
    }

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;
}
