using System.Runtime.CompilerServices;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// Splits a dictionary line into the text before its first <c>[</c> and the contents of its
/// <c>[ … ]</c> groups, which is how actor, agent, verb and issue lines carry their codes.
/// </summary>
internal static class CodeBrackets
{
    /// <summary>The text before the first <c>[</c> (trimmed), the trimmed contents of each group and any
    /// text left after the last group (trimmed; empty when there is none).</summary>
    /// <param name="braceCloses">Also accept <c>}</c> as a group's end: the agents file writes
    /// <c>[~ENV}</c>, and SYNTAX.md's own example has <c>[~LEG}</c>.</param>
    public static (string Before, List<string> Codes, string After) Split(string text, string file, int line, bool braceCloses = false)
    {
        var ranges = new List<Range>();
        var (before, after) = Split(text, ranges, file, line, braceCloses);
        return (text[before], ranges.ConvertAll(r => text[r]), text[after]);
    }

    /// <summary>The same without allocating: ranges into <paramref name="text"/>, the groups' contents
    /// into <paramref name="codes"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (Range Before, Range After) Split(ReadOnlySpan<char> text, List<Range> codes, string file, int line, bool braceCloses = false)
    {
        codes.Clear();
        var open = text.IndexOf('[');
        if (open < 0)
        {
            return (Trimmed(text, 0, text.Length), text.Length..text.Length);
        }
        var before = Trimmed(text, 0, open);
        var i = open;
        while (i < text.Length && text[i] == '[')
        {
            var rest = text[(i + 1)..];
            var close = braceCloses ? rest.IndexOfAny(']', '}') : rest.IndexOf(']');
            if (close < 0)
            {
                throw new DictionaryFormatException(file, line, "'[' is not closed");
            }
            var code = Trimmed(text, i + 1, i + 1 + close);
            if (code.Start.Value == code.End.Value)
            {
                throw new DictionaryFormatException(file, line, "empty code in [ ]");
            }
            codes.Add(code);
            i += close + 2;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }
        return (before, Trimmed(text, i, text.Length));
    }

    private static Range Trimmed(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return start..end;
    }
}
