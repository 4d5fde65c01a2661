using System.Runtime.CompilerServices;
using System.Text;

namespace Corroborate.Events.Dictionaries;

/// <summary>One line of a dictionary file that has something on it once comments are gone.</summary>
/// <param name="Number">The 1-based line number in the file.</param>
/// <param name="Text">The line without comments, trailing blanks removed; leading blanks kept.</param>
internal readonly record struct DictionaryLine(int Number, string Text);

/// <summary>
/// Reads the lines of a PETRARCH dictionary without their comments, and holds the word rules the
/// dictionaries share (how phrases split into words, regular plurals and verb forms).
/// </summary>
/// <remarks>
/// Comments, as SYNTAX.md describes them: <c>#</c> to the end of the line; <c>&lt;!-- … --&gt;</c>, which
/// may span lines and may hold <c>#</c> lines of its own (the validation actors file closes one with
/// <c># --&gt;</c>); and the legacy KEDS/TABARI <c>;</c> to the end of the line (CAMEO.2.0.txt has
/// <c>SCRAP {…};shan 8/30/93</c>). A <c>#</c> or <c>;</c> inside <c>[ ]</c> is part of a code, not a
/// comment: the validation verbs file has the code <c>[###]</c>.
/// </remarks>
internal static class DictionaryText
{
    /// <summary>The file's lines that have something on them once comments are gone, read as they are
    /// needed (<c>foreach (var (number, text) in DictionaryText.ReadLines(path))</c>).</summary>
    public static DictionaryLines ReadLines(string path)
    {
        try
        {
            return new DictionaryLines(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DictionaryFormatException(path, 0, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>The lines of <paramref name="text"/>, as <see cref="ReadLines"/> gives a file's.</summary>
    public static DictionaryLines Lines(string text) => new(new StringReader(text));

    /// <summary>The line without comments and trailing blanks, or null when nothing is left. Allocates
    /// only when a comment sits inside the line rather than at its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string? WithoutComments(string line, ref bool inComment, StringBuilder builder)
    {
        var depth = 0;
        var i = 0;
        var end = line.Length;
        var cut = inComment;
        var copied = 0;
        builder.Clear();
        while (i < line.Length)
        {
            if (inComment)
            {
                var close = line.IndexOf("-->", i, StringComparison.Ordinal);
                if (close < 0)
                {
                    end = i;
                    break;
                }
                i = copied = close + 3;
                inComment = false;
                continue;
            }
            var c = line[i];
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (c == '#' || c == ';'))
            {
                end = i;
                break;
            }
            else if (c == '<' && CommentOpening(line.AsSpan(i)) is var length and > 0)
            {
                builder.Append(line, copied, i - copied);
                cut = inComment = true;
                i = copied = i + length;
                continue;
            }
            i++;
        }
        if (!cut)
        {
            var kept = line.AsSpan(0, end).TrimEnd();
            return kept.IsEmpty ? null : kept.Length == line.Length ? line : kept.ToString();
        }
        builder.Append(line, copied, Math.Max(0, end - copied));
        var joined = builder.ToString().TrimEnd();
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>The length of a comment opening at the start of <paramref name="text"/>, or 0.</summary>
    /// <remarks>The validation actors file writes one opening as <c>&lt;! --</c>; PETRARCH skipped every line
    /// that starts with <c>&lt;!</c>, so that spelling is taken as an opening too.</remarks>
    private static int CommentOpening(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("<!", StringComparison.Ordinal))
        {
            return 0;
        }
        var i = 2;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        return text[i..].StartsWith("--", StringComparison.Ordinal) ? i + 2 : 0;
    }

    /// <summary>The words of a phrase: split on blanks and underscores, upper-cased.</summary>
    public static string[] Words(ReadOnlySpan<char> phrase)
    {
        var words = new List<string>();
        foreach (var range in phrase.SplitAny(' ', '_', '\t'))
        {
            var word = phrase[range];
            if (!word.IsEmpty)
            {
                words.Add(word.ToString().ToUpperInvariant());
            }
        }
        return [.. words];
    }

    /// <summary>The regular English plural of an upper-case noun.</summary>
    /// <remarks>PETRARCH's rule is "IES after Y, ES after S, else S"; we keep a vowel before Y regular
    /// (ATTORNEY → ATTORNEYS, not ATTORNIES) and add ES after X, Z, CH and SH as English does.</remarks>
    public static string Plural(string noun)
    {
        if (noun.Length > 1 && noun[^1] == 'Y' && !IsVowel(noun[^2]))
        {
            return noun[..^1] + "IES";
        }
        return Sibilant(noun) ? noun + "ES" : noun + "S";
    }

    /// <summary>The regular forms of an upper-case verb besides itself: -S, -ED and -ING.</summary>
    /// <remarks>No consonant is doubled (EMBED → EMBEDED): the dictionaries list such verbs' forms in
    /// braces.</remarks>
    public static string[] RegularVerbForms(string verb)
    {
        var consonantY = verb.Length > 1 && verb[^1] == 'Y' && !IsVowel(verb[^2]);
        var third = consonantY ? verb[..^1] + "IES" : Sibilant(verb) ? verb + "ES" : verb + "S";
        var past = verb.EndsWith('E') ? verb + "D" : consonantY ? verb[..^1] + "IED" : verb + "ED";
        var gerund = verb.EndsWith("IE", StringComparison.Ordinal) ? verb[..^2] + "YING"
            : verb.EndsWith('E') && verb.Length > 2 && !verb.EndsWith("EE", StringComparison.Ordinal)
                && !verb.EndsWith("YE", StringComparison.Ordinal) && !verb.EndsWith("OE", StringComparison.Ordinal)
                ? verb[..^1] + "ING"
                : verb + "ING";
        return [third, past, gerund];
    }

    private static bool Sibilant(string word) =>
        word.EndsWith('S') || word.EndsWith('X') || word.EndsWith('Z')
        || word.EndsWith("CH", StringComparison.Ordinal) || word.EndsWith("SH", StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}

/// <summary>
/// The meaningful lines of one dictionary file, read one at a time by <c>foreach</c>; disposed (and the
/// file closed) when the loop ends.
/// </summary>
/// <remarks>An enumerator of its own rather than an iterator method, so that its loop can be compiled
/// fully optimized at once: dictionaries are read once, at start-up, before tiered compilation would
/// optimize anything (see <see cref="MoveNext"/>).</remarks>
internal sealed class DictionaryLines(TextReader reader) : IDisposable
{
    private readonly StringBuilder _builder = new();
    private bool _inComment;
    private int _number;

    public DictionaryLine Current { get; private set; }

    public DictionaryLines GetEnumerator() => this;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        while (reader.ReadLine() is { } line)
        {
            _number++;
            if (DictionaryText.WithoutComments(line, ref _inComment, _builder) is { } kept)
            {
                Current = new DictionaryLine(_number, kept);
                return true;
            }
        }
        return false;
    }

    public void Dispose() => reader.Dispose();
}
