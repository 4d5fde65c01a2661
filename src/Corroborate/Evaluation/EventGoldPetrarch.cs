using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Evaluation;

/// <summary>One expected event, as PETRARCH writes it.</summary>
/// <param name="Source">The source actor's code (<c>ARNGOV</c>). <c>---</c> stands for an actor with agent but no
/// country (<c>---GOV</c>); an unknown actor that PETRARCH should name by its words is written in quotes
/// (<c>"INJURY TOLL"</c>, see the <c>new_actor_length</c> option).</param>
/// <param name="Target">The target actor's code, written the same way; <c>---</c> for none.</param>
/// <param name="Event">The CAMEO event code (<c>064</c>; the unit tests also use WEIS-era codes such as <c>1717</c>).</param>
public sealed record PetrarchCoding(string Source, string Target, string Event);

/// <summary>
/// One PETRARCH validation record: a sentence with what a coder must produce for it. Its gold parse is
/// not kept (Corroborate parses with its own parser); everything else is.
/// </summary>
public sealed record PetrarchRecord
{
    /// <summary>The record's id. Not unique in the unit tests: <c>AGENTS-18</c> and <c>AGENTS-19</c> each name two records.</summary>
    public required string Id { get; init; }

    /// <summary>The line of the file where the record's <c>&lt;Sentence&gt;</c> tag is.</summary>
    public required int Line { get; init; }

    /// <summary>The story's date, which decides date-restricted actor codes. Written <c>YYYYMMDD</c>, once
    /// <c>YYMMDD</c> (read as PETRARCH does: 00–30 are 20YY, so the GSR's <c>121108</c> is 8 November 2012).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The test's category (<c>DEMO</c>, <c>SYNSET</c>, <c>GOLD</c> …), or the letters that begin the id where the record names none.</summary>
    public required string Category { get; init; }

    /// <summary>The sentence, with entities decoded and each run of white space (the file wraps lines) made one
    /// space. Where <c>&lt;Text&gt;</c> is empty (the GSR's abc12_3) it is the words of the record's CoNLL-U parse.</summary>
    public required string Text { get; init; }

    /// <summary>The expected events, in file order. Empty when the record expects none or an error, and in
    /// one unit test (PATTERN-06) that states no expectation at all.</summary>
    public required IReadOnlyList<PetrarchCoding> Codings { get; init; }

    /// <summary>The record says no event should be coded (<c>noevents="True"</c>).</summary>
    public bool NoEvents { get; init; }

    /// <summary>The error the record expects instead of events (<c>dateline</c>, <c>bad_input_parse</c>,
    /// <c>storydiscard</c>, <c>sentencediscard</c>), if any.</summary>
    public string? Error { get; init; }

    /// <summary>The comments inside the record, trimmed: why the test exists, the pattern it exercises, its last update.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The <c>&lt;Sentence&gt;</c> tag's other attributes as written: <c>sentence</c> (true or false) in the
    /// unit tests, <c>evaluate</c> in the GSR.</summary>
    public required IReadOnlyDictionary<string, string> Attributes { get; init; }

    /// <summary>Dev (for tuning) or held out, fixed per category (see <see cref="EventGold"/>).</summary>
    public BenchmarkSplit Split { get; init; }
}

/// <summary>A <c>&lt;Config option value&gt;</c> switch: from record <see cref="BeforeRecord"/> on, the option has the value.</summary>
/// <param name="BeforeRecord">The index in <see cref="PetrarchGoldSet.Records"/> of the first record it applies to
/// (0 for a switch in the <c>&lt;Environment&gt;</c>).</param>
/// <param name="Value">As written: the file spells booleans <c>true</c>, <c>True</c>, <c>TRUE</c> …</param>
public sealed record PetrarchSwitch(int BeforeRecord, string Option, string Value);

/// <summary>A PETRARCH validation file.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Environment">The <c>&lt;Environment&gt;</c> settings by element name: the dictionaries to load
/// (<c>Verbfile</c>, <c>Actorfile</c> …), <c>Include</c> (the categories to run) and the like.</param>
/// <param name="Switches">The option switches in file order.</param>
public sealed record PetrarchGoldSet(
    string File,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<PetrarchSwitch> Switches,
    IReadOnlyList<PetrarchRecord> Records)
{
    /// <summary>The options in force for the record at <paramref name="index"/>: the last value switched to
    /// before it, by option name in any case. Options never switched are absent (PETRARCH's defaults apply).</summary>
    public IReadOnlyDictionary<string, string> OptionsAt(int index)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in Switches.TakeWhile(s => s.BeforeRecord <= index))
        {
            options[s.Option] = s.Value;
        }
        return options;
    }

    /// <summary>Whether PETRARCH's own run of the file codes the record: its category is in the
    /// <c>Include</c> setting (all are when there is none). The unit tests leave out AGENTS and COMPOUNDx.</summary>
    public bool Includes(PetrarchRecord record) =>
        !Environment.TryGetValue("Include", out var include)
        || include.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(record.Category, StringComparer.Ordinal);
}

/// <summary>
/// Reads both PETRARCH files with one tolerant scanner rather than an XML parser, because the PETRARCH-2
/// GSR file is not well-formed: its <c>#</c> header is bare text (and holds a <c>&lt;EventCoding…&gt;</c>), 70
/// records open with a self-closing <c>&lt;Sentence … /&gt;</c> yet end with <c>&lt;/Sentence&gt;</c>, and one
/// old parse sits in a comment. The scanner takes tags one by one: attributes in either quote, with any
/// spacing; <c>&lt;Parse&gt;</c> and comments skipped whole; a record runs from <c>&lt;Sentence&gt;</c> to
/// <c>&lt;/Sentence&gt;</c> whatever its opening tag says. Anything else out of place is an error.
/// </summary>
internal static partial class PetrarchGoldReader
{
    private static readonly string[] CodingAttributes = ["sourcecode", "targetcode", "eventcode", "noevents", "error"];

    public static PetrarchGoldSet Read(string path) => new Scanner(Path.GetFileName(path), File.ReadAllText(path)).Run();

    [GeneratedRegex("""\G\s*([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>/]+))""")]
    private static partial Regex Attribute();

    private sealed class Scanner(string file, string text)
    {
        private readonly int[] _lineStarts = LineStarts(text);
        private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
        private readonly List<PetrarchSwitch> _switches = [];
        private readonly List<PetrarchRecord> _records = [];
        private RecordBuilder? _open;
        private bool _inEnvironment;
        private int _pos;

        public PetrarchGoldSet Run()
        {
            int lt;
            while ((lt = text.IndexOf('<', _pos)) >= 0)
            {
                if (InHashLine(lt))
                {
                    var eol = text.IndexOf('\n', lt);
                    _pos = eol < 0 ? text.Length : eol + 1;
                }
                else if (text.AsSpan(lt).StartsWith("<!--"))
                {
                    Comment(lt);
                }
                else if (text.AsSpan(lt).StartsWith("<?"))
                {
                    _pos = Past(lt, "?>", "a processing instruction");
                }
                else if (text.AsSpan(lt).StartsWith("<!"))
                {
                    _pos = Past(lt, ">", "a declaration");
                }
                else
                {
                    Handle(Tag(lt));
                }
            }
            if (_open is not null)
            {
                throw Fail(_open.Line, $"<Sentence id=\"{_open.Id}\"> is never closed");
            }
            if (_records.Count == 0)
            {
                throw Fail(null, "no <Sentence> records");
            }
            var splits = EventGold.Splits([.. _records.Select(r => (r.Category, r.Id))]);
            return new PetrarchGoldSet(file, _environment, _switches, [.. _records.Select((r, i) => r with { Split = splits[i] })]);
        }

        private void Handle(Tag tag)
        {
            switch (tag.Name)
            {
                case "Sentence" when !tag.IsEnd:
                    if (_open is not null)
                    {
                        throw Fail(tag.Line, $"<Sentence> before the one at line {_open.Line} is closed");
                    }
                    // Self-closing or not, the record runs to </Sentence> (the GSR file writes <Sentence … />).
                    _open = new RecordBuilder(tag, this);
                    break;
                case "Sentence":
                    _records.Add((_open ?? throw Fail(tag.Line, "</Sentence> without a <Sentence>")).Build());
                    _open = null;
                    break;
                case "EventCoding" when !tag.IsEnd:
                    Open(tag).Add(tag);
                    break;
                case "EventCoding":
                    break;
                case "Text" when !tag.IsEnd:
                    Open(tag).SetText(tag, tag.IsSelfClosing ? "" : Content(tag));
                    break;
                case "Parse" when !tag.IsEnd:
                    Open(tag).TextFromParse(tag.IsSelfClosing ? "" : Content(tag));
                    break;
                case "Config" when !tag.IsEnd:
                    if (_open is not null)
                    {
                        throw Fail(tag.Line, "<Config> inside a <Sentence>");
                    }
                    _switches.Add(new PetrarchSwitch(_records.Count,
                        tag.Attributes.GetValueOrDefault("option") ?? throw Fail(tag.Line, "<Config> without an option"),
                        tag.Attributes.GetValueOrDefault("value") ?? throw Fail(tag.Line, "<Config> without a value")));
                    break;
                case "Config":
                    break;
                case "Environment":
                    _inEnvironment = !tag.IsEnd && !tag.IsSelfClosing;
                    break;
                default:
                    if (_open is not null)
                    {
                        throw Fail(tag.Line, tag.IsEnd
                            ? $"</{tag.Name}> while <Sentence id=\"{_open.Id}\"> of line {_open.Line} is open"
                            : $"<{tag.Name}> inside <Sentence id=\"{_open.Id}\">");
                    }
                    if (_inEnvironment && !tag.IsEnd && !tag.IsSelfClosing && !_environment.TryAdd(tag.Name, Content(tag).Trim()))
                    {
                        throw Fail(tag.Line, $"<Environment> sets {tag.Name} twice");
                    }
                    // Other tags outside records (<Validation>, <Sentences>) hold nothing of their own.
                    break;
            }
        }

        private RecordBuilder Open(Tag tag) =>
            _open ?? throw Fail(tag.Line, $"<{tag.Name}> outside a <Sentence>");

        private void Comment(int lt)
        {
            var end = text.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                throw Fail(LineOf(lt), "a comment that is never closed");
            }
            var body = text.AsSpan(lt + 4, end - lt - 4).Trim();
            // The GSR keeps an old parse of VERB_5 in a comment; parses are not kept, even commented out.
            if (_open is not null && body.Length > 0 && !body.Contains("<Parse", StringComparison.Ordinal))
            {
                _open.Notes.Add(body.ToString());
            }
            _pos = end + 3;
        }

        /// <summary>The raw text from after <paramref name="tag"/> to its closing tag, which must follow.</summary>
        private string Content(Tag tag)
        {
            var close = $"</{tag.Name}>";
            var end = text.IndexOf(close, _pos, StringComparison.Ordinal);
            if (end < 0)
            {
                throw Fail(tag.Line, $"<{tag.Name}> is never closed");
            }
            var content = text[_pos..end];
            _pos = end + close.Length;
            return content;
        }

        private Tag Tag(int lt)
        {
            var line = LineOf(lt);
            var i = lt + 1;
            var isEnd = i < text.Length && text[i] == '/';
            if (isEnd)
            {
                i++;
            }
            var nameStart = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.' or ':'))
            {
                i++;
            }
            if (i == nameStart || !char.IsAsciiLetter(text[nameStart]))
            {
                throw Fail(line, "a '<' that begins no tag");
            }
            var name = text[nameStart..i];
            // The tag ends at the first '>' outside quotes.
            var end = i;
            char quote = '\0';
            for (; end < text.Length; end++)
            {
                var c = text[end];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    break;
                }
            }
            if (end == text.Length)
            {
                throw Fail(line, $"<{name} is never closed by '>'");
            }
            var inner = text.AsSpan(i, end - i).TrimEnd();
            var selfClosing = inner.EndsWith("/");
            if (selfClosing)
            {
                inner = inner[..^1];
            }
            _pos = end + 1;
            return new Tag(name, line, isEnd, selfClosing, isEnd ? Empty : Attributes(name, inner.ToString(), line));
        }

        private Dictionary<string, string> Attributes(string name, string inner, int line)
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            var at = 0;
            for (var m = Attribute().Match(inner); m.Success; m = m.NextMatch())
            {
                var value = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Value;
                if (!attributes.TryAdd(m.Groups[1].Value, WebUtility.HtmlDecode(value)))
                {
                    throw Fail(line, $"<{name}> has {m.Groups[1].Value} twice");
                }
                at = m.Index + m.Length;
            }
            if (!inner.AsSpan(at).IsWhiteSpace())
            {
                throw Fail(line, $"cannot read the attributes of <{name}>: {inner[at..].Trim()}");
            }
            return attributes;
        }

        /// <summary>Whether the line holding <paramref name="index"/> is <c>#</c> header text (the GSR writes its header bare).</summary>
        private bool InHashLine(int index) =>
            text.AsSpan(_lineStarts[LineOf(index) - 1], index - _lineStarts[LineOf(index) - 1]).TrimStart().StartsWith("#");

        private int Past(int start, string close, string what)
        {
            var end = text.IndexOf(close, start, StringComparison.Ordinal);
            return end >= 0 ? end + close.Length : throw Fail(LineOf(start), $"{what} that is never closed");
        }

        public int LineOf(int index)
        {
            var i = Array.BinarySearch(_lineStarts, index);
            return i >= 0 ? i + 1 : ~i;
        }

        public BenchmarkFormatException Fail(int? line, string reason) => new(file, line, reason);

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                starts.Add(i + 1);
            }
            return [.. starts];
        }
    }

    private static readonly Dictionary<string, string> Empty = [];

    private sealed record Tag(string Name, int Line, bool IsEnd, bool IsSelfClosing, Dictionary<string, string> Attributes);

    private sealed class RecordBuilder
    {
        private readonly Scanner _scanner;
        private readonly List<PetrarchCoding> _codings = [];
        private readonly Dictionary<string, string> _attributes;
        private readonly DateOnly _date;
        private readonly string _category;
        private string? _text;
        private bool _noEvents;
        private string? _error;

        public RecordBuilder(Tag tag, Scanner scanner)
        {
            _scanner = scanner;
            Line = tag.Line;
            _attributes = new Dictionary<string, string>(tag.Attributes, StringComparer.Ordinal);
            Id = Take("id") ?? throw scanner.Fail(Line, "<Sentence> without an id");
            var date = Take("date") ?? throw Fail("no date");
            _date = ParseDate(date) ?? throw Fail($"date=\"{date}\" is not YYYYMMDD or YYMMDD");
            _category = Take("category") ?? string.Concat(Id.TakeWhile(char.IsAsciiLetter)).ToUpperInvariant();
            if (_category.Length == 0)
            {
                throw Fail("no category, and no letters to begin the id");
            }
        }

        public string Id { get; }

        public int Line { get; }

        public List<string> Notes { get; } = [];

        public void Add(Tag coding)
        {
            var a = coding.Attributes;
            if (a.Keys.FirstOrDefault(k => !CodingAttributes.Contains(k)) is { } unknown)
            {
                throw _scanner.Fail(coding.Line, $"record {Id}: <EventCoding> with an unknown attribute {unknown}");
            }
            bool[] kinds = [a.ContainsKey("noevents"), a.ContainsKey("error"), a.Keys.Any(k => k.EndsWith("code", StringComparison.Ordinal))];
            if (kinds.Count(k => k) > 1)
            {
                throw _scanner.Fail(coding.Line, $"record {Id}: one <EventCoding> mixes codes, noevents and error");
            }
            if (a.TryGetValue("noevents", out var none))
            {
                _noEvents |= bool.TryParse(none, out var flag) ? flag : throw _scanner.Fail(coding.Line, $"record {Id}: noevents=\"{none}\" is not True or False");
            }
            else if (a.TryGetValue("error", out var error))
            {
                _error = _error is null ? error : throw _scanner.Fail(coding.Line, $"record {Id}: a second expected error");
            }
            else if (a.TryGetValue("sourcecode", out var source) && a.TryGetValue("targetcode", out var target) && a.TryGetValue("eventcode", out var code))
            {
                _codings.Add(new PetrarchCoding(source, target, code));
            }
            else
            {
                throw _scanner.Fail(coding.Line, $"record {Id}: <EventCoding> needs sourcecode, targetcode and eventcode, or noevents or error");
            }
        }

        public void SetText(Tag tag, string raw)
        {
            if (_text is not null)
            {
                throw _scanner.Fail(tag.Line, $"record {Id}: a second <Text>");
            }
            _text = string.Join(' ', WebUtility.HtmlDecode(raw).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        /// <summary>
        /// Takes the sentence from a CoNLL-U parse when <c>&lt;Text&gt;</c> is empty, as in the GSR's abc12_3,
        /// whose words are only in its parse: PETRARCH-2 coded the parse, so its words are the sentence. The
        /// words are spaced as the parse says (<c>SpaceAfter=No</c>); the parse itself is not kept.
        /// </summary>
        public void TextFromParse(string parse)
        {
            if (!string.IsNullOrEmpty(_text))
            {
                return;
            }
            var words = new StringBuilder();
            var coveredTo = 0;
            foreach (var line in parse.Split('\n'))
            {
                var cols = line.TrimEnd('\r').Split('\t');
                if (cols.Length != 10)
                {
                    continue;
                }
                // A range line (3-4) holds the written form of the words it covers; an empty node (3.1) holds none.
                var range = cols[0].Split('-');
                if (!int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= coveredTo && range.Length == 1)
                {
                    continue;
                }
                if (range.Length == 2)
                {
                    coveredTo = int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to) ? to : id;
                }
                words.Append(cols[1]);
                if (!cols[9].Split('|').Contains("SpaceAfter=No"))
                {
                    words.Append(' ');
                }
            }
            _text = words.ToString().TrimEnd();
        }

        public PetrarchRecord Build()
        {
            if (string.IsNullOrEmpty(_text))
            {
                throw Fail("no <Text>");
            }
            if ((_noEvents ? 1 : 0) + (_error is null ? 0 : 1) + (_codings.Count > 0 ? 1 : 0) > 1)
            {
                throw Fail("expects more than one of events, no events and an error");
            }
            return new PetrarchRecord
            {
                Id = Id,
                Line = Line,
                Date = _date,
                Category = _category,
                Text = _text,
                Codings = _codings,
                NoEvents = _noEvents,
                Error = _error,
                Notes = Notes,
                Attributes = _attributes,
            };
        }

        private string? Take(string name) => _attributes.Remove(name, out var value) ? value : null;

        private BenchmarkFormatException Fail(string reason) => _scanner.Fail(Line, $"record {Id}: {reason}");
    }

    /// <summary>PETRARCH's reading of a date: <c>YYYYMMDD</c>, or <c>YYMMDD</c> with 00–30 as 20YY and the rest 19YY.</summary>
    private static DateOnly? ParseDate(string date)
    {
        if (date.Length == 6 && int.TryParse(date.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            date = (yy <= 30 ? "20" : "19") + date;
        }
        return DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}
