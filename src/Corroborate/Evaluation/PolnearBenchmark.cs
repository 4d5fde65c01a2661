using System.Globalization;
using Corroborate.Language;
using Corroborate.Quotes;

namespace Corroborate.Evaluation;

/// <summary>One gold attribution relation of PolNeAR: its source (null for <c>Attribution-no-source</c>),
/// cue and content spans. A role may be missing where the annotator left it out.</summary>
public sealed record GoldAttribution(string Id, QuotePart? Source, QuotePart? Cue, QuotePart? Content);

/// <summary>One PolNeAR article: its text and the attributions of one annotator.</summary>
/// <param name="Name">The article's file name without <c>.txt</c>.</param>
/// <param name="Annotator">The annotator whose file was read (the first by name when there are several).</param>
public sealed record PolnearArticle(string Name, string Annotator, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// Reads the PolNeAR attribution corpus (Newell, Margolin and Ruths, LREC 2018) in its brat standoff
/// layout: <c>&lt;split&gt;/text/&lt;article&gt;.txt</c> and
/// <c>&lt;split&gt;/attributions/&lt;article&gt;_&lt;annotator&gt;.ann</c>.
/// </summary>
/// <remarks>
/// <para><c>T</c> lines are text spans, <c>Label start end[;start end…]</c> with 0-based, end-exclusive
/// offsets (the texts have no CR and nothing outside the BMP, so they are .NET string indices); the
/// covered text must equal the slices joined by one space, which catches a text and an annotation
/// that do not belong together. <c>E</c> lines are relations whose roles are <c>Source</c>, <c>Cue</c> and
/// <c>Content</c>; a numbered repeat (<c>Content2</c>) adds pieces to its role. The trigger (label
/// <c>Attribution</c>, a copy of the cue) is not kept. <c>Discuss</c> and <c>Discard</c> spans belong to no
/// relation and are not read as gold. One relation in the dev split has a trigger only; it is kept
/// with no roles, so it scores nothing.</para>
/// <para>Two articles per split have six annotators' files (the weekly agreement articles); the first
/// file by name is the gold, so that every article has one. Reading stops at the first malformed line
/// with a <see cref="BenchmarkFormatException"/> naming the file and line.</para>
/// </remarks>
public static class PolnearBenchmark
{
    /// <summary>The articles of one split (<c>dev</c> or <c>test</c>) under <paramref name="folder"/>, by name.</summary>
    public static IReadOnlyList<PolnearArticle> Load(string folder, string split)
    {
        var texts = Path.Combine(folder, split, "text");
        var annotations = Path.Combine(folder, split, "attributions");
        if (!Directory.Exists(texts) || !Directory.Exists(annotations))
        {
            throw new BenchmarkFormatException(folder, null, $"no PolNeAR {split} split here (expected {split}/text and {split}/attributions)");
        }
        var files = Directory.GetFiles(annotations, "*.ann").Order(StringComparer.Ordinal).ToList();
        var articles = new List<PolnearArticle>();
        foreach (var path in Directory.GetFiles(texts, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var ann = files.FirstOrDefault(f => IsAnnotationOf(Path.GetFileName(f), name))
                ?? throw new BenchmarkFormatException(path, null, "no annotation file for this article");
            var text = File.ReadAllText(path);
            var annotator = Path.GetFileNameWithoutExtension(ann)[(name.Length + 1)..];
            articles.Add(new PolnearArticle(name, annotator, text, Read(text, File.ReadLines(ann), Path.GetFileName(ann))));
        }
        return articles;
    }

    // "<article>_<annotator>.ann", the annotator an id without underscores; an article's name may itself end
    // like another's, so the rest after the name must be exactly one "_id".
    private static bool IsAnnotationOf(string file, string article) =>
        file.StartsWith(article + "_", StringComparison.Ordinal) && file.IndexOf('_', article.Length + 1) < 0;

    /// <summary>The attributions of one <c>.ann</c> file's lines over <paramref name="text"/>, in file order.</summary>
    /// <param name="file">The file's name, for messages.</param>
    public static IReadOnlyList<GoldAttribution> Read(string text, IEnumerable<string> lines, string file)
    {
        var spans = new Dictionary<string, QuotePart>(StringComparer.Ordinal);
        var relations = new List<(int Line, string Id, List<(string Role, string Span)> Roles)>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            switch (line[0])
            {
                case 'T' when fields.Length == 3:
                    spans[fields[0]] = Span(text, fields[1], fields[2], file, number);
                    break;
                case 'E' when fields.Length == 2:
                    var roles = new List<(string, string)>();
                    foreach (var role in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var colon = role.IndexOf(':', StringComparison.Ordinal);
                        if (colon <= 0 || colon == role.Length - 1)
                        {
                            throw new BenchmarkFormatException(file, number, $"'{role}' is not Role:Span");
                        }
                        roles.Add((role[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), role[(colon + 1)..]));
                    }
                    if (roles.Count == 0 || roles[0].Item1 is not ("Attribution" or "Attribution-no-source"))
                    {
                        throw new BenchmarkFormatException(file, number, "a relation must start with Attribution: or Attribution-no-source:");
                    }
                    relations.Add((number, fields[0], roles));
                    break;
                default:
                    throw new BenchmarkFormatException(file, number, "expected a T line (id, label and offsets, text) or an E line (id, roles), tab-separated");
            }
        }
        var attributions = new List<GoldAttribution>(relations.Count);
        foreach (var (line, id, roles) in relations)
        {
            var parts = new Dictionary<string, QuotePart>(StringComparer.Ordinal);
            foreach (var (role, span) in roles.Skip(1))
            {
                if (role is not ("Source" or "Cue" or "Content"))
                {
                    throw new BenchmarkFormatException(file, line, $"unknown role '{role}' (expected Source, Cue or Content)");
                }
                if (!spans.TryGetValue(span, out var part))
                {
                    throw new BenchmarkFormatException(file, line, $"{span} is not a span of this file");
                }
                parts[role] = parts.TryGetValue(role, out var earlier) ? Join(text, earlier, part) : part;
            }
            attributions.Add(new GoldAttribution(id, parts.GetValueOrDefault("Source"), parts.GetValueOrDefault("Cue"), parts.GetValueOrDefault("Content")));
        }
        return attributions;
    }

    private static QuotePart Span(string text, string labelAndOffsets, string covered, string file, int line)
    {
        var space = labelAndOffsets.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            throw new BenchmarkFormatException(file, line, "a span needs a label and offsets");
        }
        var pieces = new List<TextSpan>();
        foreach (var range in labelAndOffsets[(space + 1)..].Split(';'))
        {
            var ends = range.Split(' ');
            if (ends.Length != 2
                || !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                throw new BenchmarkFormatException(file, line, $"'{range}' is not two offsets");
            }
            if (end <= start || end > text.Length)
            {
                throw new BenchmarkFormatException(file, line, $"offsets {start} {end} are not a span of the {text.Length}-character text");
            }
            pieces.Add(new TextSpan(start, end - start));
        }
        // The covered text follows the pieces as written, which is not always text order ("209 236;91 186").
        var written = QuotePart.Of(text, pieces);
        if (!string.Equals(written.Text, covered, StringComparison.Ordinal))
        {
            throw new BenchmarkFormatException(file, line, $"the span's text '{covered}' is not the text at its offsets ('{written.Text}')");
        }
        return QuotePart.Of(text, [.. pieces.OrderBy(p => p.Start)]);
    }

    private static QuotePart Join(string text, QuotePart a, QuotePart b) =>
        QuotePart.Of(text, [.. a.Pieces.Concat(b.Pieces).OrderBy(p => p.Start)]);
}
