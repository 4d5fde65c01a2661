using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Cli.Output;
using Corroborate.Ingest;
using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate annotate</c>: tokens, sentences, part-of-speech tags and entities of plain text, or of
/// pre-tokenized CoNLL-U or IOB2, printed as CoNLL-U, IOB2 or JSON.
/// </summary>
internal static partial class AnnotateCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "The input file, or - for standard input" };
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "What the input is: text (plain text, cut into tokens and sentences), conllu (tokens and sentences as given) or iob2 (a word per line, blank line between sentences) (default text)",
            DefaultValueFactory = _ => "text",
        };
        inputFormat.AcceptOnlyFromAmong("text", "conllu", "iob2");
        var format = FormatOption.Create("conllu", "iob2", "json");
        var published = new Option<DateTimeOffset?>("--published")
        {
            Description = "The publication date or date-time (ISO 8601) relative dates (\"Thursday\", \"last month\") resolve against; without it they keep no value",
            HelpName = "DATE",
            CustomParser = ParsePublished,
        };
        var models = EvalCommand.Models();
        var fast = EvalCommand.FastTagging();
        var command = new Command("annotate", """
            Annotate text with tokens, sentences, part-of-speech tags (UPOS, XPOS), entities (PER ORG LOC GPE
            NORP FAC DATE TIME MONEY PERCENT QUANTITY CARDINAL ORDINAL, with their values) and dependency trees
            (each word's head and Universal Dependencies relation). Output goes to standard output.

            --input-format conllu keeps the tokens and sentences of the input and prints every input line back
            (comments, multiword tokens, empty nodes) with UPOS, XPOS, HEAD and DEPREL filled in and NER=B-…/I-…/O
            (IOB2) added to MISC; ids, forms, lemmas, features and DEPS are left as they are. --input-format iob2
            reads word TAB tag or Universal NER's id TAB word TAB tag … lines; its comments are passed through.

            --format conllu: # sent_id and # text, then ten columns (id, form, _, UPOS, XPOS, _, HEAD, DEPREL, _,
            MISC with NER= and, for text input, SpaceAfter=No). --format iob2: token TAB tag, a blank line between
            sentences (not parsed). --format json: one document (schema: docs/annotate-json.md):
              {"sentences": [{"id"?, "text"?, "tokens": [{"text", "start"?, "end"?, "upos", "xpos", "head", "relation"}],
                "entities": [{"label", "start", "end", "text", "value"?, "number"?, "unit"?, "precision"?,
                "role"?, "charStart"?, "charEnd"?}]}]}
            Heads count words from 1 (0 is the root), as CoNLL-U does. Entity start and end are token indexes (end exclusive); token start/end and entity charStart/charEnd
            are character offsets into the text (text input only). Inputs over 64 MiB are refused.

            Examples:
              corroborate annotate article.txt --published 2023-12-08 --format json
              corroborate annotate en_ewt-ud-dev.conllu --input-format conllu > tagged.conllu
              corroborate annotate en_ewt-ud-dev.iob2 --input-format iob2 --format iob2
              echo "Armenia freed 32 Azerbaijani soldiers on Thursday." | corroborate annotate - --format iob2
            """)
        {
            input, inputFormat, format, published, models, fast,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var path = result.GetValue(input)!;
            var source = Source.Open(path);
            if (source.Error is not null)
            {
                Terminal.Message($"error: {source.Error}");
                return ExitCodes.SomeFailed;
            }
            if (source.Warning is not null)
            {
                Terminal.Message($"warning: {source.Warning}");
            }
            // IOB2 output has no column for the tree, so it is not parsed.
            var annotator = new Annotator(EvalCommand.LoadModels(result.GetValue(models)), result.GetValue(fast), parse: result.GetValue(format) != "iob2");
            var when = result.GetValue(published);
            IEnumerable<AnnotationItem> items;
            try
            {
                items = result.GetValue(inputFormat) switch
                {
                    "conllu" => FromConllu(source, annotator, when),
                    "iob2" => FromIob2(source, annotator, when),
                    _ => FromText(source.ReadAll(), annotator, when),
                };
            }
            catch (FormatException e)
            {
                Terminal.Message($"error: {e.Message}");
                return ExitCodes.SomeFailed;
            }
            using var stdout = Console.OpenStandardOutput();
            AnnotationWriter.Write(stdout, result.GetValue(format)!, items);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static DateTimeOffset? ParsePublished(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (IsoDate().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }
        result.AddError($"--published: '{value}' is not an ISO 8601 date or date-time (2023-12-08, 2023-12-08T14:21+04:00)");
        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>Text input: the whole text cut into sentences; each keeps its place in the text.</summary>
    private static List<AnnotationItem> FromText(string text, Annotator annotator, DateTimeOffset? published)
    {
        var annotated = annotator.Annotate(text, published);
        var items = new List<AnnotationItem>(annotated.Sentences.Count);
        foreach (var sentence in annotated.Sentences)
        {
            var spans = sentence.Spans;
            var sentenceText = spans.Count == 0 ? "" : WhiteSpace().Replace(text[spans[0].Start..spans[^1].End], " ");
            items.Add(new AnnotationItem(sentence, items.Count + 1, null, sentenceText, text, [], null));
        }
        return items;
    }

    /// <summary>CoNLL-U input: every input line comes back, with the words' tags and entities.</summary>
    private static IEnumerable<AnnotationItem> FromConllu(Source source, Annotator annotator, DateTimeOffset? published) =>
        CheckedThenRead(source, Conllu.Read, (sentence, number) => new AnnotationItem(
            annotator.AnnotateWords([.. sentence.Words.Select(w => w.Form)], published), number, sentence.Id, sentence.Text, null,
            [.. sentence.Lines.Where(l => l.StartsWith('#'))], sentence.Lines));

    /// <summary>IOB2 input: the words as given, comments passed through.</summary>
    private static IEnumerable<AnnotationItem> FromIob2(Source source, Annotator annotator, DateTimeOffset? published) =>
        CheckedThenRead(source, Iob2.Read, (sentence, number) => new AnnotationItem(
            annotator.AnnotateWords(sentence.Words, published), number, sentence.Id, sentence.Text, null, sentence.Comments, null));

    /// <summary>Reads the input once to check every line (so that a malformed one prints nothing), then again
    /// sentence by sentence as the output is written.</summary>
    private static IEnumerable<AnnotationItem> CheckedThenRead<T>(Source source, Func<TextReader, string, IEnumerable<T>> read, Func<T, int, AnnotationItem> annotate)
    {
        using (var check = source.OpenReader())
        {
            foreach (var _ in read(check, source.Name))
            {
            }
        }
        return Annotate();

        IEnumerable<AnnotationItem> Annotate()
        {
            using var reader = source.OpenReader();
            var number = 0;
            foreach (var sentence in read(reader, source.Name))
            {
                yield return annotate(sentence, ++number);
            }
        }
    }

    /// <summary>
    /// The input, read whole (files and standard input alike, refused when larger than the 64 MiB document
    /// limit), refused when empty or binary, and decoded as ingest decodes text: a byte order mark, valid
    /// UTF-8, else the detected legacy encoding with a warning.
    /// </summary>
    private sealed class Source
    {
        private static readonly long MaxBytes = InputLimits.Default.MaxDocumentBytes;

        private readonly string _text;

        private Source(string name, string? error, string text = "", string? warning = null)
        {
            (Name, Error, _text, Warning) = (name, error, text, warning);
        }

        public string Name { get; }

        /// <summary>Why the input cannot be read (one line, naming it), or null.</summary>
        public string? Error { get; }

        /// <summary>What was repaired in reading it (one line, naming it), or null.</summary>
        public string? Warning { get; }

        public static Source Open(string path)
        {
            byte[] bytes;
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int n;
                while ((n = stdin.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + n > MaxBytes)
                    {
                        return new Source(path, $"-: larger than the {MaxBytes >> 20} MiB input limit");
                    }
                    buffer.Write(chunk, 0, n);
                }
                bytes = buffer.ToArray();
            }
            else if (Directory.Exists(path))
            {
                return new Source(path, $"{path}: is a directory, not a file");
            }
            else if (!File.Exists(path))
            {
                return new Source(path, $"{path}: no such file");
            }
            else if (new FileInfo(path).Length > MaxBytes)
            {
                return new Source(path, $"{path}: larger than the {MaxBytes >> 20} MiB input limit");
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
            if (FormatDetector.WhyNotText(bytes.AsSpan(0, Math.Min(bytes.Length, FormatDetector.HeadBytes))) is { } why)
            {
                return new Source(path, $"{path}: {why}");
            }
            var decoded = TextDecoder.Decode(bytes, null);
            return new Source(path, null, decoded.Text, decoded.Warning is { } w ? $"{path}: {w}" : null);
        }

        public StringReader OpenReader() => new(_text);

        public string ReadAll() => _text;
    }
}
