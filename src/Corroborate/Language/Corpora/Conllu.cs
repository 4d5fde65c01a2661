using System.Globalization;

namespace Corroborate.Language.Corpora;

/// <summary>One syntactic word of a CoNLL-U sentence (lines with an integer id).</summary>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Relation, string Misc)
{
    /// <summary>Whether the text has no space after this word (<c>SpaceAfter=No</c> in MISC).</summary>
    public bool NoSpaceAfter => Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A multiword token line (<c>4-5	don't</c>): the surface form of words <see cref="First"/>..<see cref="Last"/>.</summary>
public sealed record ConlluToken(int First, int Last, string Form, string Misc);

/// <summary>
/// One CoNLL-U sentence: its comments (<c># sent_id</c>, <c># text</c>, <c># newdoc</c>, <c># newpar</c>),
/// its words, its multiword tokens, and every line as read (to pass through on output).
/// </summary>
public sealed record ConlluSentence(
    string? Id,
    string? Text,
    bool NewDocument,
    bool NewParagraph,
    IReadOnlyList<ConlluWord> Words,
    IReadOnlyList<ConlluToken> MultiwordTokens,
    IReadOnlyList<string> Lines);

/// <summary>
/// Reads CoNLL-U (Universal Dependencies' format): sentences separated by blank lines; comment lines;
/// word lines with ten tab-separated columns. Empty nodes (<c>8.1</c>) are kept in <see cref="ConlluSentence.Lines"/>
/// but are not words. A malformed line is an error naming its line number.
/// </summary>
public static class Conllu
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name)
    {
        var lines = new List<string>();
        var words = new List<ConlluWord>();
        var tokens = new List<ConlluToken>();
        string? id = null, text = null;
        bool newDoc = false, newPar = false;
        var number = 0;
        string? line;
        while (true)
        {
            line = reader.ReadLine();
            number++;
            if (line is null || line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(id, text, newDoc, newPar, [.. words], [.. tokens], [.. lines]);
                }
                else if (lines.Count > 0 && line is null)
                {
                    throw new FormatException($"{name}: line {number}: a sentence without words at the end of the file");
                }
                lines.Clear();
                words.Clear();
                tokens.Clear();
                (id, text, newDoc, newPar) = (null, null, false, false);
                if (line is null)
                {
                    yield break;
                }
                continue;
            }
            lines.Add(line);
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id", StringComparison.Ordinal))
                {
                    id = Value(line);
                }
                else if (line.StartsWith("# text", StringComparison.Ordinal) && !line.StartsWith("# text_", StringComparison.Ordinal))
                {
                    text = Value(line);
                }
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newDoc = true;
                    newPar = true;
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal))
                {
                    newPar = true;
                }
                continue;
            }
            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"{name}: line {number}: {columns.Length} columns where CoNLL-U has 10");
            }
            var dash = columns[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                tokens.Add(new ConlluToken(Int(columns[0][..dash], name, number), Int(columns[0][(dash + 1)..], name, number), columns[1], columns[9]));
                continue;
            }
            if (columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue; // an empty node of enhanced dependencies
            }
            words.Add(new ConlluWord(Int(columns[0], name, number), columns[1], columns[2], columns[3], columns[4], columns[5],
                columns[6] == "_" ? -1 : Int(columns[6], name, number), columns[7], columns[9]));
        }
    }

    private static string Value(string comment)
    {
        var equals = comment.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? "" : comment[(equals + 1)..].Trim();
    }

    private static int Int(string value, string name, int line) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FormatException($"{name}: line {line}: '{value}' is not a word id");
}
