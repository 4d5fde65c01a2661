using System.Text;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// Phrases found in running text character by character, as the discard and issue lists are matched:
/// case-insensitively, starting at the beginning of a word, and ending either anywhere (a stem, as a
/// discard without a final <c>_</c> is) or only at the end of a word.
/// </summary>
/// <remarks>
/// A word is a run of letters, digits and hyphens, so "pre-school" holds no word "school" while
/// "Armenia's" and "talks." end their words where the apostrophe and the full stop stand. Runs of blanks
/// in the text and in the phrases count as one blank. Edges sit in one table keyed by (node, character).
/// Written only while a dictionary is read; afterwards lookups are thread-safe.
/// </remarks>
internal sealed class TextTrie
{
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<(int Value, bool WholeWord)>?> _ends = [null];

    /// <summary>Stores an upper-case, blank-normalized phrase.</summary>
    public void Add(string phrase, int value, bool wholeWord)
    {
        var node = 0;
        foreach (var c in phrase)
        {
            var key = Key(node, c);
            if (!_edges.TryGetValue(key, out var child))
            {
                child = _ends.Count;
                _ends.Add(null);
                _edges.Add(key, child);
            }
            node = child;
        }
        (_ends[node] ??= []).Add((value, wholeWord));
    }

    /// <summary>Every match in <paramref name="text"/> as (start in the normalized text, value), in
    /// order of start, longer phrases first at one start and in the order stored among equals; with
    /// <paramref name="firstOnly"/>, only those at the first start that has any.</summary>
    public List<(int Start, int Value)> Matches(string text, bool firstOnly = false)
    {
        var normal = Normalize(text);
        var found = new List<(int Start, int Value)>();
        var here = new List<(int Length, int Value)>();
        for (var start = 0; start < normal.Length; start++)
        {
            if (start > 0 && IsWordChar(normal[start - 1]))
            {
                continue;
            }
            here.Clear();
            var node = 0;
            for (var i = start; i < normal.Length && _edges.TryGetValue(Key(node, normal[i]), out node); i++)
            {
                if (_ends[node] is { } ends)
                {
                    var atWordEnd = i + 1 == normal.Length || !IsWordChar(normal[i + 1]) || !IsWordChar(normal[i]);
                    foreach (var (value, wholeWord) in ends)
                    {
                        if (!wholeWord || atWordEnd)
                        {
                            here.Add((i + 1 - start, value));
                        }
                    }
                }
            }
            // Longest first; phrases of one length (the same phrase written twice) in file order.
            for (var k = here.Count - 1; k >= 0;)
            {
                var first = k;
                while (first > 0 && here[first - 1].Length == here[k].Length)
                {
                    first--;
                }
                for (var j = first; j <= k; j++)
                {
                    found.Add((start, here[j].Value));
                }
                k = first - 1;
            }
            if (firstOnly && found.Count > 0)
            {
                break;
            }
        }
        return found;
    }

    /// <summary>Upper-cased, with every run of white space made one blank and the ends trimmed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var blank = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                blank = builder.Length > 0;
                continue;
            }
            if (blank)
            {
                builder.Append(' ');
                blank = false;
            }
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
