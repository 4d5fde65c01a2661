using System.Text;
using System.Text.Json;
using Corroborate.Language;

namespace Corroborate.Cli.Output;

/// <summary>
/// One annotated sentence to print, with what the input said about it.
/// </summary>
/// <param name="Sentence">The words, tags and entities.</param>
/// <param name="Number">The sentence's position in the input, from 1.</param>
/// <param name="Id">The input's <c># sent_id</c>, if any.</param>
/// <param name="Text">The sentence's text: from its first to its last token (text input) or the input's <c># text</c>.</param>
/// <param name="Source">The whole input text the spans point into (text input only).</param>
/// <param name="Comments">The input's comment lines for this sentence (CoNLL-U, IOB2).</param>
/// <param name="ConlluLines">Every input line of the sentence (CoNLL-U input only), to pass through.</param>
internal sealed record AnnotationItem(
    AnnotatedSentence Sentence,
    int Number,
    string? Id,
    string? Text,
    string? Source,
    IReadOnlyList<string> Comments,
    IReadOnlyList<string>? ConlluLines);

/// <summary>Prints annotated sentences as CoNLL-U, IOB2 or JSON, one sentence at a time.</summary>
internal static class AnnotationWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Stream output, string format, IEnumerable<AnnotationItem> items)
    {
        if (format == "json")
        {
            WriteJson(output, items);
            return;
        }
        using var writer = new StreamWriter(output, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        foreach (var item in items)
        {
            if (format == "iob2")
            {
                WriteIob2(writer, item);
            }
            else
            {
                WriteConllu(writer, item);
            }
        }
    }

    /// <summary>IOB2 tags of the words, over all entity labels; an entity overlapping an earlier one is left out.</summary>
    public static string[] Tags(AnnotatedSentence sentence)
    {
        var tags = new string[sentence.Words.Count];
        Array.Fill(tags, "O");
        foreach (var e in sentence.Entities.OrderBy(e => e.Start))
        {
            if (e.Start < 0 || e.End > tags.Length || e.Start >= e.End || tags.AsSpan(e.Start, e.Length).ContainsAnyExcept("O"))
            {
                continue;
            }
            var label = e.Label.ToString();
            tags[e.Start] = "B-" + label;
            for (var i = e.Start + 1; i < e.End; i++)
            {
                tags[i] = "I-" + label;
            }
        }
        return tags;
    }

    private static void WriteConllu(TextWriter writer, AnnotationItem item)
    {
        var sentence = item.Sentence;
        var tags = Tags(sentence);
        if (item.ConlluLines is { } lines)
        {
            // CoNLL-U input: every line back as it was, word lines with UPOS, XPOS and NER filled in.
            var word = 0;
            foreach (var line in lines)
            {
                if (line.StartsWith('#'))
                {
                    writer.WriteLine(line);
                    continue;
                }
                var columns = line.Split('\t');
                if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
                {
                    writer.WriteLine(line);
                    continue;
                }
                columns[3] = sentence.Tags[word].Upos;
                columns[4] = sentence.Tags[word].Xpos;
                if (word < sentence.Dependencies.Count)
                {
                    columns[6] = sentence.Dependencies[word].Head.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    columns[7] = sentence.Dependencies[word].Relation;
                }
                columns[9] = WithNer(columns[9], tags[word]);
                writer.WriteLine(string.Join('\t', columns));
                word++;
            }
            writer.WriteLine();
            return;
        }
        foreach (var comment in item.Comments)
        {
            writer.WriteLine(comment);
        }
        if (item.Id is null)
        {
            writer.WriteLine($"# sent_id = {item.Number}");
        }
        if (item.Text is null || item.Source is not null)
        {
            writer.WriteLine($"# text = {item.Text ?? string.Join(' ', sentence.Words)}");
        }
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            var misc = "NER=" + tags[i];
            if (item.Source is { } text && i < sentence.Spans.Count && sentence.Spans[i].End < text.Length && !char.IsWhiteSpace(text[sentence.Spans[i].End]))
            {
                misc += "|SpaceAfter=No";
            }
            var tag = sentence.Tags[i];
            var (head, relation) = i < sentence.Dependencies.Count ? (sentence.Dependencies[i].Head.ToString(System.Globalization.CultureInfo.InvariantCulture), sentence.Dependencies[i].Relation) : ("_", "_");
            writer.WriteLine($"{i + 1}\t{Form(sentence.Words[i])}\t_\t{tag.Upos}\t{tag.Xpos}\t_\t{head}\t{relation}\t_\t{misc}");
        }
        writer.WriteLine();
    }

    private static void WriteIob2(TextWriter writer, AnnotationItem item)
    {
        foreach (var comment in item.Comments)
        {
            writer.WriteLine(comment);
        }
        var tags = Tags(item.Sentence);
        for (var i = 0; i < tags.Length; i++)
        {
            writer.WriteLine($"{Form(item.Sentence.Words[i])}\t{tags[i]}");
        }
        writer.WriteLine();
    }

    /// <summary>MISC with <c>NER=tag</c> in place of any NER item it had; its other items are kept.</summary>
    private static string WithNer(string misc, string tag)
    {
        if (misc is "_" or "")
        {
            return "NER=" + tag;
        }
        var items = misc.Split('|').Where(m => !m.StartsWith("NER=", StringComparison.Ordinal)).Append("NER=" + tag);
        return string.Join('|', items);
    }

    /// <summary>A word as one column: tabs and line breaks (never in tokenizer output, but possible in input) become spaces.</summary>
    private static string Form(string word) =>
        word.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? word : word.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static void WriteJson(Stream output, IEnumerable<AnnotationItem> items)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteStartArray("sentences");
        foreach (var item in items)
        {
            WriteSentence(json, item);
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    private static void WriteSentence(Utf8JsonWriter json, AnnotationItem item)
    {
        var sentence = item.Sentence;
        var spans = item.Source is null ? [] : sentence.Spans;
        json.WriteStartObject();
        if (item.Id is not null)
        {
            json.WriteString("id", item.Id);
        }
        if (item.Text is not null)
        {
            json.WriteString("text", item.Text);
        }
        json.WriteStartArray("tokens");
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("text", sentence.Words[i]);
            if (i < spans.Count)
            {
                json.WriteNumber("start", spans[i].Start);
                json.WriteNumber("end", spans[i].End);
            }
            json.WriteString("upos", sentence.Tags[i].Upos);
            json.WriteString("xpos", sentence.Tags[i].Xpos);
            if (i < sentence.Dependencies.Count)
            {
                json.WriteNumber("head", sentence.Dependencies[i].Head);
                json.WriteString("relation", sentence.Dependencies[i].Relation);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("entities");
        foreach (var e in sentence.Entities)
        {
            json.WriteStartObject();
            json.WriteString("label", e.Label.ToString());
            json.WriteNumber("start", e.Start);
            json.WriteNumber("end", e.End);
            var located = e.End <= spans.Count && e.Start < e.End;
            json.WriteString("text", located
                ? item.Source![spans[e.Start].Start..spans[e.End - 1].End]
                : string.Join(' ', sentence.Words.Skip(e.Start).Take(e.Length)));
            if (e.Value is not null)
            {
                json.WriteString("value", e.Value);
            }
            if (e.Number is { } number && double.IsFinite(number))
            {
                json.WriteNumber("number", number);
            }
            if (e.Unit is not null)
            {
                json.WriteString("unit", e.Unit);
            }
            if (e.Precision is not null)
            {
                json.WriteString("precision", e.Precision);
            }
            if (e.Role is not null)
            {
                json.WriteString("role", e.Role);
            }
            if (located)
            {
                json.WriteNumber("charStart", spans[e.Start].Start);
                json.WriteNumber("charEnd", spans[e.End - 1].End);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
