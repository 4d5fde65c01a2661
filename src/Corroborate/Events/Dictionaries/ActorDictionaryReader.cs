using System.Runtime.CompilerServices;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// Reads PETRARCH actor files: a record is a phrase line (optionally with codes), <c>+</c> synonym lines,
/// and indented <c>[CODE]</c>, <c>[CODE &gt;YYMMDD]</c>, <c>[CODE &lt;YYMMDD]</c> or
/// <c>[CODE YYMMDD-YYMMDD]</c> lines.
/// </summary>
/// <remarks>
/// A code line is told by its <c>[</c>, not by its tab: the files indent a phrase once
/// (<c>\tJOHN_MCCLOY_\t[…]</c>) and leave a code unindented elsewhere. Several codes may share a line
/// (<c>JAVIER_DE_CUELLAR_ [IGOUNO 820101-911231] [ELI]</c>), and blanks may stand inside a restriction
/// (<c>[EGYGOV &gt; 140608]</c>, <c>[HOBGOV 19950601 - 19990815]</c>).
/// </remarks>
internal static class ActorDictionaryReader
{
    public static ActorDictionary Read(IEnumerable<string> paths)
    {
        var reader = new Reader();
        foreach (var path in paths)
        {
            reader.ReadFile(path);
        }
        return new ActorDictionary([.. reader.Entries], reader.Trie, [.. reader.Warnings]);
    }

    /// <summary>Reads spans of each line and shares code strings, since the production files are 2 MB of
    /// short lines and allocation was most of the time they took to read.</summary>
    /// <remarks>The per-line methods are compiled fully optimized at once (AggressiveOptimization): the
    /// files are read once, at start-up, and as tier-0 code the load took two to three times as long.</remarks>
    private sealed class Reader
    {
        private readonly List<Range> _codes = [];
        private readonly List<string> _synonyms = [];
        private readonly List<ActorCode> _recordCodes = [];
        private readonly Dictionary<string, string> _codeStrings = new(StringComparer.Ordinal);
        private string _path = "";
        private string _file = "";
        private string? _phrase;
        private int _line;

        public List<ActorEntry> Entries { get; } = [];

        public WordTrie Trie { get; } = new();

        public List<DictionaryWarning> Warnings { get; } = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void ReadFile(string path)
        {
            _path = path;
            _file = Path.GetFileName(path);
            _phrase = null;
            foreach (var (number, raw) in DictionaryText.ReadLines(path))
            {
                var text = raw.AsSpan().Trim();
                if (text[0] == '[')
                {
                    if (_phrase is null)
                    {
                        throw new DictionaryFormatException(path, number, "code line before any actor phrase");
                    }
                    Codes(text, number);
                }
                else if (text[0] == '+')
                {
                    if (_phrase is null)
                    {
                        throw new DictionaryFormatException(path, number, "synonym line (+) before any actor phrase");
                    }
                    Synonyms(text, number);
                }
                else
                {
                    Store();
                    var (before, _) = CodeBrackets.Split(text, _codes, path, number);
                    _phrase = Phrase(text[before], number);
                    _line = number;
                    Codes(text, number);
                }
            }
            Store();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Store()
        {
            if (_phrase is null)
            {
                return;
            }
            var index = Entries.Count;
            Entries.Add(new ActorEntry(_phrase, [.. _synonyms], [.. _recordCodes], _file, _line));
            Trie.Add(_phrase, index, replace: true);
            foreach (var synonym in _synonyms)
            {
                Trie.Add(synonym, index, replace: true);
            }
            _phrase = null;
            _synonyms.Clear();
            _recordCodes.Clear();
        }

        /// <summary><c>+TAIOAN_ +TAWIAN_</c> is two synonyms; a <c>+</c> inside a word (<c>B+H</c>) is not
        /// a split.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Synonyms(ReadOnlySpan<char> text, int line)
        {
            var count = 0;
            var start = 0;
            for (var i = 1; i <= text.Length; i++)
            {
                if (i == text.Length || (text[i] == '+' && char.IsWhiteSpace(text[i - 1])))
                {
                    var synonym = text[(start + 1)..i];
                    var (before, _) = CodeBrackets.Split(synonym, _codes, _path, line);
                    _synonyms.Add(Phrase(synonym[before], line));
                    Codes(synonym, line);
                    start = i;
                    count++;
                }
            }
            if (count > 1)
            {
                Warnings.Add(new DictionaryWarning(_file, line, $"{count} synonyms on one line; each is read"));
            }
        }

        /// <summary>Upper case, words separated by one blank.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string Phrase(ReadOnlySpan<char> text, int line)
        {
            if (text.Contains(']'))
            {
                // Phoenix.Countries.actors.txt has +FAEROYENE]_ (a typing slip).
                Warnings.Add(new DictionaryWarning(_file, line, $"stray ']' in phrase '{text}' left out"));
            }
            Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
            var length = 0;
            foreach (var c in text)
            {
                if (c is ' ' or '_' or '\t' or ']')
                {
                    if (length > 0 && buffer[length - 1] != ' ')
                    {
                        buffer[length++] = ' ';
                    }
                    continue;
                }
                buffer[length++] = char.ToUpperInvariant(c);
            }
            if (length > 0 && buffer[length - 1] == ' ')
            {
                length--;
            }
            if (length == 0)
            {
                throw new DictionaryFormatException(_path, line, "actor phrase is empty");
            }
            return new string(buffer[..length]);
        }

        /// <summary>Adds the codes of <paramref name="text"/>'s [ ] groups to the record.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Codes(ReadOnlySpan<char> text, int line)
        {
            var (_, after) = CodeBrackets.Split(text, _codes, _path, line);
            foreach (var range in _codes)
            {
                if (Code(text[range], line) is { } code)
                {
                    _recordCodes.Add(code);
                }
            }
            if (after.Start.Value < after.End.Value)
            {
                // Phoenix.International.actors.txt gives some firms' industry and revenue after the code,
                // e.g. A.H._BELO_CORPORATION_ [MNCMED] Newspapers/Magazines $137,000,000.
                Warnings.Add(new DictionaryWarning(_file, line, $"text after the codes left out: '{text[after]}'"));
            }
        }

        /// <summary>One code with its restriction, or null when its date is of a length PETRARCH's dates
        /// never have (the code is then left out, with a warning).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private ActorCode? Code(ReadOnlySpan<char> text, int line)
        {
            var space = text.IndexOfAny(' ', '\t');
            var code = Shared(space < 0 ? text : text[..space]);
            if (space < 0)
            {
                return new ActorCode(code);
            }
            Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
            var length = 0;
            foreach (var c in text[space..])
            {
                if (!char.IsWhiteSpace(c) && length < buffer.Length)
                {
                    buffer[length++] = c;
                }
            }
            ReadOnlySpan<char> restriction = buffer[..length];
            DateOnly? from = null, to = null;
            bool ok;
            if (restriction[0] == '<')
            {
                ok = Date(restriction[1..], line, out to);
            }
            else if (restriction[0] == '>')
            {
                ok = Date(restriction[1..], line, out from);
            }
            else if (restriction.IndexOf('-') is var dash and > 0)
            {
                ok = Date(restriction[..dash], line, out from) && Date(restriction[(dash + 1)..], line, out to);
            }
            else if (!restriction.ContainsAnyExceptInRange('0', '9'))
            {
                // [MNEGOV 20121204] and [USAGOV 19820101] # entered Foreign Service: a bare date, which
                // PETRARCH does not define; both read as the start of the role.
                Warnings.Add(new DictionaryWarning(_file, line, $"[{text}]: date without <, > or a range; read as from {restriction} on"));
                ok = Date(restriction, line, out from);
            }
            else
            {
                throw new DictionaryFormatException(_path, line, $"[{text}]: restriction is not <DATE, >DATE or DATE-DATE");
            }
            if (!ok)
            {
                return null;
            }
            if (from > to)
            {
                Warnings.Add(new DictionaryWarning(_file, line, $"[{text}]: dates run backwards, so the code never holds"));
            }
            return new ActorCode(code, from, to);
        }

        /// <summary>Reads YYMMDD or YYYYMMDD. A run of digits of another length (9008223, 201005011 and
        /// 1920030320 are in the production files) is a typing slip whose intended date cannot be told:
        /// false, with a warning, and the code is left out rather than given a guessed date.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Date(ReadOnlySpan<char> text, int line, out DateOnly? date)
        {
            date = null;
            if (text.IsEmpty || text.ContainsAnyExceptInRange('0', '9'))
            {
                throw new DictionaryFormatException(_path, line, $"'{text}' is not a date (YYMMDD or YYYYMMDD)");
            }
            if (text.Length is not (6 or 8))
            {
                Warnings.Add(new DictionaryWarning(_file, line, $"date {text} has {text.Length} digits, not 6 or 8; its code is left out"));
                return false;
            }
            var year = Digits(text[..^4]);
            if (text.Length == 6)
            {
                year += year <= 30 ? 2000 : 1900;
            }
            var month = Digits(text[^4..^2]);
            var day = Digits(text[^2..]);
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                throw new DictionaryFormatException(_path, line, $"'{text}' is not a date: no day {day} in month {month} of {year}");
            }
            date = new DateOnly(year, month, day);
            return true;
        }

        private static int Digits(ReadOnlySpan<char> digits)
        {
            var value = 0;
            foreach (var c in digits)
            {
                value = (value * 10) + (c - '0');
            }
            return value;
        }

        /// <summary>One string per distinct code: the files repeat a few thousand codes 37,000 times.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string Shared(ReadOnlySpan<char> code)
        {
            var lookup = _codeStrings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(code, out var shared))
            {
                shared = code.ToString();
                lookup[code] = shared;
            }
            return shared;
        }
    }
}
