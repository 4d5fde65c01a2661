using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// Reads a verb dictionary line by line: <c>&amp;NAME</c> opens a synset and <c>+</c> lines right after it
/// are its members; <c>---</c> opens a verb block; <c>-</c> is a pattern and <c>~</c> a transformation;
/// any other line is a verb of the open block (<c>+</c> lines there are multi-word verbs).
/// </summary>
/// <remarks>
/// Patterns are parsed once the whole file is read, because a pattern may name a synset defined
/// further down (SYNTAX.md: "those definitions can occur anywhere in the file"). A pattern that names
/// no synset of the file is left out with a warning, as PETRARCH ignores it.
/// </remarks>
internal static partial class VerbDictionaryReader
{
    public static VerbDictionary Read(string path)
    {
        var reader = new Reader(path);
        foreach (var (number, raw) in DictionaryText.ReadLines(path))
        {
            reader.Line(number, raw.Trim());
        }
        return reader.Finish();
    }

    /// <summary>Reads the text inside a code's brackets: <c>042</c>, <c>042:043</c>, <c>:173</c>.</summary>
    internal static VerbCode Code(string text, string path, int line)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var active = colon < 0 ? text : text[..colon];
        var passive = colon < 0 ? "" : text[(colon + 1)..];
        if (passive.Contains(':', StringComparison.Ordinal) || text.Any(char.IsWhiteSpace) || active.Length + passive.Length == 0)
        {
            throw new DictionaryFormatException(path, line, $"[{text}] is not a code, CODE:CODE or :CODE");
        }
        return new VerbCode(active.Length > 0 ? active : null, passive.Length > 0 ? passive : null);
    }

    private sealed class Reader(string path)
    {
        private readonly string _file = Path.GetFileName(path);
        private readonly List<SynsetDraft> _synsets = [];
        private readonly List<BlockDraft> _blocks = [];
        private readonly List<VerbTransformation> _transformations = [];
        private readonly List<DictionaryWarning> _warnings = [];
        private SynsetDraft? _openSynset;

        public void Line(int number, string text)
        {
            if (text.StartsWith('&'))
            {
                var name = text[1..].Trim();
                if (name.Length == 0 || name.Any(char.IsWhiteSpace))
                {
                    throw new DictionaryFormatException(path, number, $"synset label '{text}' is not &NAME");
                }
                _openSynset = new SynsetDraft(name.TrimEnd('_'), !name.EndsWith('_'), number);
                _synsets.Add(_openSynset);
                return;
            }
            if (text.StartsWith('+') && _openSynset is not null)
            {
                var member = text[1..].Trim();
                if (member.Length == 0)
                {
                    throw new DictionaryFormatException(path, number, "synset member is empty");
                }
                _openSynset.Members.Add((member, number));
                return;
            }
            _openSynset = null;
            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                _blocks.Add(Header(text, number));
            }
            else if (text.StartsWith('-'))
            {
                var (body, codes, after) = CodeBrackets.Split(text[1..], path, number);
                if (codes.Count == 0)
                {
                    throw new DictionaryFormatException(path, number, "pattern has no code in [ ]");
                }
                if (codes.Count > 1 || after.Length > 0)
                {
                    throw new DictionaryFormatException(path, number, "pattern has text after its code");
                }
                OpenBlock(number, "pattern").Patterns.Add((body, Code(codes[0], path, number), number));
            }
            else if (text.StartsWith('~'))
            {
                _transformations.Add(Transformation(text, number));
            }
            else
            {
                OpenBlock(number, "verb").Verbs.Add(Verb(text, number));
            }
        }

        public VerbDictionary Finish()
        {
            var synsets = Synsets();
            var blocks = _blocks.Select(b => new VerbBlock(b.Name, b.Code, [.. b.Verbs], Patterns(b, synsets), b.Line)).ToImmutableArray();
            return new VerbDictionary(synsets, blocks, [.. _transformations], [.. _warnings]);
        }

        private BlockDraft OpenBlock(int number, string what) =>
            _blocks.Count > 0
                ? _blocks[^1]
                : throw new DictionaryFormatException(path, number, $"{what} before the first verb block (--- NAME [code] ---)");

        private BlockDraft Header(string text, int number)
        {
            var (name, codes, after) = CodeBrackets.Split(text.TrimStart('-'), path, number);
            name = name.TrimEnd('-', ' ', '\t');
            if (name.Length == 0)
            {
                throw new DictionaryFormatException(path, number, "verb block header has no name");
            }
            if (after.Any(c => c != '-' && !char.IsWhiteSpace(c)))
            {
                throw new DictionaryFormatException(path, number, $"verb block header has text after its code: '{after}'");
            }
            if (codes.Count > 1)
            {
                // PETR.Validate.verbs.txt: --- DELAY [120]  [031:031]  ---
                _warnings.Add(new DictionaryWarning(_file, number, $"verb block {name} has {codes.Count} codes; the first, [{codes[0]}], is kept"));
            }
            return new BlockDraft(name, codes.Count > 0 ? Code(codes[0], path, number) : VerbCode.None, number);
        }

        /// <summary><c>HURRY {HURRIES HURRYING HURRIED }</c>, <c>+ASK_FOR {+ASKED_FOR …} [020]</c>,
        /// <c>WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}</c>, <c>RECONVENE[---]</c>.</summary>
        private Verb Verb(string text, int number)
        {
            var brace = text.IndexOf('{', StringComparison.Ordinal);
            var bracket = text.IndexOf('[', StringComparison.Ordinal);
            var end = brace >= 0 && (bracket < 0 || brace < bracket) ? brace : bracket >= 0 ? bracket : text.Length;
            var first = Form(text[..end], number);
            var rest = text[end..];
            string? listed = null;
            if (rest.StartsWith('{'))
            {
                var close = rest.IndexOf('}', StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new DictionaryFormatException(path, number, "'{' is not closed");
                }
                listed = rest[1..close];
                rest = rest[(close + 1)..].Trim();
            }
            var (before, codes, after) = CodeBrackets.Split(rest, path, number);
            if (before.Length > 0 || after.Length > 0 || codes.Count > 1)
            {
                throw new DictionaryFormatException(path, number, $"verb line is not VERB {{FORMS}} [CODE]: '{text}'");
            }
            var forms = new List<VerbForm> { first };
            if (listed is null)
            {
                foreach (var regular in DictionaryText.RegularVerbForms(first.HeadWord))
                {
                    forms.Add(first with { Words = first.Words.SetItem(first.Head, regular) });
                }
            }
            else
            {
                // Forms are separated by blanks, and by commas in +CRACK_DOWN {+CRACKED_DOWN , …}.
                foreach (var item in listed.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
                {
                    var form = Form(item, number);
                    if (!forms.Any(f => f.Words.SequenceEqual(form.Words)))
                    {
                        forms.Add(form);
                    }
                }
            }
            return new Verb([.. forms], codes.Count > 0 ? Code(codes[0], path, number) : null, number);
        }

        /// <summary>A verb's words; a word written with <c>+</c> is the head, else the first is.</summary>
        private VerbForm Form(string text, int number)
        {
            var words = new List<string>();
            var head = -1;
            foreach (var piece in text.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                var word = piece;
                if (word.StartsWith('+'))
                {
                    if (head >= 0)
                    {
                        throw new DictionaryFormatException(path, number, $"verb '{text.Trim()}' marks more than one word with +");
                    }
                    head = words.Count;
                    word = word[1..];
                }
                if (word.Length > 0)
                {
                    words.Add(word.ToUpperInvariant());
                }
            }
            if (words.Count == 0)
            {
                throw new DictionaryFormatException(path, number, "verb is empty");
            }
            return new VerbForm([.. words], Math.Max(head, 0));
        }

        private VerbTransformation Transformation(string text, int number)
        {
            var match = TransformationLine().Match(text);
            if (!match.Success)
            {
                throw new DictionaryFormatException(path, number, "transformation is not of the form ~ a (b c VERB) VERB = a b CODE");
            }
            var g = match.Groups;
            return new VerbTransformation(g[1].Value, g[2].Value, g[3].Value, g[4].Value, g[5].Value, g[6].Value, g[7].Value, g[8].Value, number);
        }

        private FrozenDictionary<string, Synset> Synsets()
        {
            var drafts = new Dictionary<string, SynsetDraft>(StringComparer.OrdinalIgnoreCase);
            foreach (var draft in _synsets)
            {
                if (!drafts.TryAdd(draft.Name, draft))
                {
                    throw new DictionaryFormatException(path, draft.Line, $"synset &{draft.Name} is defined again (first on line {drafts[draft.Name].Line})");
                }
            }
            var done = new Dictionary<string, Synset>(StringComparer.OrdinalIgnoreCase);
            foreach (var draft in _synsets)
            {
                Resolve(draft, drafts, done, []);
            }
            return done.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }

        private Synset Resolve(SynsetDraft draft, Dictionary<string, SynsetDraft> drafts, Dictionary<string, Synset> done, HashSet<string> open)
        {
            if (done.TryGetValue(draft.Name, out var synset))
            {
                return synset;
            }
            if (!open.Add(draft.Name))
            {
                throw new DictionaryFormatException(path, draft.Line, $"synset &{draft.Name} contains itself");
            }
            var members = new List<SynsetMember>();
            foreach (var (text, number) in draft.Members)
            {
                if (text.StartsWith('&'))
                {
                    var name = text[1..].TrimEnd('_');
                    if (!drafts.TryGetValue(name, out var inner))
                    {
                        throw new DictionaryFormatException(path, number, $"synset member &{name} is not a synset of this file");
                    }
                    members.AddRange(Resolve(inner, drafts, done, open).Members);
                    continue;
                }
                ImmutableArray<string> words = [.. DictionaryText.Words(text)];
                if (words.IsEmpty)
                {
                    throw new DictionaryFormatException(path, number, "synset member is empty");
                }
                var plural = draft.Plurals && !text.EndsWith('_') ? words.SetItem(words.Length - 1, DictionaryText.Plural(words[^1])) : [];
                members.Add(new SynsetMember(words, plural));
            }
            open.Remove(draft.Name);
            synset = new Synset(draft.Name, [.. members], draft.Line);
            done[draft.Name] = synset;
            return synset;
        }

        private ImmutableArray<VerbPattern> Patterns(BlockDraft block, FrozenDictionary<string, Synset> synsets)
        {
            var patterns = ImmutableArray.CreateBuilder<VerbPattern>(block.Patterns.Count);
            foreach (var (body, code, number) in block.Patterns)
            {
                var parser = new PatternParser(body, path, number, synsets, _warnings);
                if (parser.Parse() is { } elements)
                {
                    patterns.Add(new VerbPattern(elements, code, number));
                }
            }
            return patterns.DrainToImmutable();
        }
    }

    private sealed class SynsetDraft(string name, bool plurals, int line)
    {
        public string Name { get; } = name;

        /// <summary>False when the label ends with <c>_</c>: no member gets a plural.</summary>
        public bool Plurals { get; } = plurals;

        public int Line { get; } = line;

        public List<(string Text, int Line)> Members { get; } = [];
    }

    private sealed class BlockDraft(string name, VerbCode code, int line)
    {
        public string Name { get; } = name;

        public VerbCode Code { get; } = code;

        public int Line { get; } = line;

        public List<Verb> Verbs { get; } = [];

        public List<(string Body, VerbCode Code, int Line)> Patterns { get; } = [];
    }

    [GeneratedRegex(@"^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+([^\s()]+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)$")]
    private static partial Regex TransformationLine();
}
