using System.Globalization;

namespace Corroborate.Language.Corpora;

/// <summary>One IOB2 sentence: its words, their tags (<c>O</c>, <c>B-PER</c>, <c>I-PER</c> …; empty when
/// the input has none) and its comment lines.</summary>
public sealed record Iob2Sentence(string? Id, string? Text, IReadOnlyList<string> Words, IReadOnlyList<string> Tags, IReadOnlyList<string> Comments);

/// <summary>
/// Reads IOB2: a word per line, sentences separated by blank lines, <c>#</c> comment lines. Two layouts
/// are read: <c>word TAB tag</c> (or the word alone), and Universal NER's <c>id TAB word TAB tag …</c>
/// (an integer id first and at least three columns).
/// </summary>
public static class Iob2
{
    public static IEnumerable<Iob2Sentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<Iob2Sentence> Read(TextReader reader, string name)
    {
        var words = new List<string>();
        var tags = new List<string>();
        var comments = new List<string>();
        string? id = null, text = null;
        var number = 0;
        while (true)
        {
            var line = reader.ReadLine();
            number++;
            if (line is null || line.Trim().Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new Iob2Sentence(id, text, [.. words], tags.Count == words.Count ? [.. tags] : [], [.. comments]);
                }
                words.Clear();
                tags.Clear();
                comments.Clear();
                (id, text) = (null, null);
                if (line is null)
                {
                    yield break;
                }
                continue;
            }
            if (line[0] == '#' && words.Count == 0)
            {
                comments.Add(line);
                if (line.StartsWith("# sent_id", StringComparison.Ordinal))
                {
                    id = Value(line);
                }
                else if (line.StartsWith("# text", StringComparison.Ordinal))
                {
                    text = Value(line);
                }
                continue;
            }
            var columns = line.Split('\t');
            var numbered = columns.Length >= 3 && int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            var word = numbered ? columns[1] : columns[0];
            var tag = numbered ? columns[2] : columns.Length > 1 ? columns[1] : null;
            if (word.Length == 0)
            {
                throw new FormatException($"{name}: line {number}: an empty word");
            }
            if (tag is not null && tag != "O" && !(tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I'))
            {
                throw new FormatException($"{name}: line {number}: '{tag}' is not an IOB2 tag (O, B-TYPE or I-TYPE)");
            }
            if (tag is not null)
            {
                tags.Add(tag);
            }
            words.Add(word);
        }
    }

    /// <summary>Entity spans (label, start, end exclusive) from IOB2 tags; an <c>I-</c> without its <c>B-</c> starts an entity.</summary>
    public static List<(string Label, int Start, int End)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(string, int, int)>();
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i] == "O")
            {
                continue;
            }
            var label = tags[i][2..];
            var end = i + 1;
            while (end < tags.Count && tags[end].Length > 2 && tags[end][0] == 'I' && tags[end].AsSpan(2).SequenceEqual(label))
            {
                end++;
            }
            spans.Add((label, i, end));
            i = end - 1;
        }
        return spans;
    }

    private static string Value(string comment)
    {
        var equals = comment.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? "" : comment[(equals + 1)..].Trim();
    }
}
