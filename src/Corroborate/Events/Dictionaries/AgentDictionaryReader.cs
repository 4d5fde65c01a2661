using System.Text;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// Reads a PETRARCH agents file: <c>PHRASE {optional plural} [~CODE]</c> or <c>[CODE~]</c> lines, and
/// substitution sets <c>!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON</c> used as <c>CONGRESS!PERSON!</c>.
/// </summary>
internal static class AgentDictionaryReader
{
    public static AgentDictionary Read(string path)
    {
        var file = Path.GetFileName(path);
        var entries = new List<AgentEntry>();
        var trie = new WordTrie();
        var warnings = new List<DictionaryWarning>();
        var markers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, raw) in DictionaryText.ReadLines(path))
        {
            var text = raw.Trim();
            if (text.StartsWith('!') && text.Contains('=', StringComparison.Ordinal))
            {
                var (name, substitutes) = Marker(text, path, number);
                markers[name] = substitutes;
                continue;
            }
            var (before, codes, after) = CodeBrackets.Split(text, path, number, braceCloses: true);
            if (codes.Count == 0)
            {
                // Phoenix.agents.txt has ISLAMIC_EXTREMIST alone on a line; PETRARCH skips such lines.
                warnings.Add(new DictionaryWarning(file, number, $"agent '{text}' has no code in [ ]; left out"));
                continue;
            }
            if (codes.Count > 1 || after.Length > 0)
            {
                throw new DictionaryFormatException(path, number, "agent line has text after its code");
            }
            var (code, placement) = Code(codes[0], path, number);
            var phrases = Phrases(before, markers, path, number);
            var index = entries.Count;
            entries.Add(new AgentEntry([.. phrases], code, placement, number));
            foreach (var phrase in phrases)
            {
                trie.Add(phrase, index, blankIsGap: true);
            }
        }
        return new AgentDictionary([.. entries], trie, [.. warnings]);
    }

    private static (string Name, string[] Substitutes) Marker(string text, string path, int line)
    {
        var close = text.IndexOf('!', 1);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (close < 0 || close > equals || text[(close + 1)..equals].Trim().Length > 0)
        {
            throw new DictionaryFormatException(path, line, "substitution set is not of the form !NAME! = A, B, C");
        }
        var substitutes = text[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpperInvariant()).ToArray();
        if (substitutes.Any(s => s.Length == 0))
        {
            throw new DictionaryFormatException(path, line, "substitution set has an empty item");
        }
        return (text[1..close], substitutes);
    }

    private static (string Code, AgentPlacement Placement) Code(string text, string path, int line)
    {
        var code = text.Replace(" ", "", StringComparison.Ordinal);
        if (code.Length > 1 && code[0] == '~' && !code[1..].Contains('~', StringComparison.Ordinal))
        {
            return (code[1..], AgentPlacement.Suffix);
        }
        if (code.Length > 1 && code[^1] == '~' && !code[..^1].Contains('~', StringComparison.Ordinal))
        {
            return (code[..^1], AgentPlacement.Prefix);
        }
        throw new DictionaryFormatException(path, line, $"agent code [{text}] neither starts nor ends with ~");
    }

    /// <summary>The phrases a line stands for: substitutions, or the phrase and its plural.</summary>
    private static List<string> Phrases(string text, Dictionary<string, string[]> markers, string path, int line)
    {
        string? plural = null;
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var close = text.IndexOf('}', brace);
            if (close < 0)
            {
                throw new DictionaryFormatException(path, line, "'{' is not closed");
            }
            if (text[(close + 1)..].Trim().Length > 0)
            {
                throw new DictionaryFormatException(path, line, "agent line has text between '}' and its code");
            }
            plural = text[(brace + 1)..close].Trim();
            text = text[..brace].Trim();
        }
        var phrase = Canonical(text, path, line);
        if (phrase.Contains('!', StringComparison.Ordinal))
        {
            var expanded = new List<string>();
            Substitute(phrase, markers, expanded, path, line);
            return expanded;
        }
        var phrases = new List<string> { phrase };
        if (plural is null)
        {
            var last = phrase.LastIndexOfAny([' ', '_']) + 1;
            phrases.Add(phrase[..last] + DictionaryText.Plural(phrase[last..]));
        }
        else if (plural.Length > 0)
        {
            phrases.Add(Canonical(plural, path, line));
        }
        return phrases;
    }

    /// <summary>Replaces every <c>!MARKER!</c> with each of its substitutes. The file also has markers
    /// inside words (<c>AD!MINIST!RATIVE</c>, from a search and replace): they are substituted as written.</summary>
    private static void Substitute(string phrase, Dictionary<string, string[]> markers, List<string> into, string path, int line)
    {
        var open = phrase.IndexOf('!', StringComparison.Ordinal);
        if (open < 0)
        {
            into.Add(phrase);
            return;
        }
        var close = phrase.IndexOf('!', open + 1);
        if (close < 0)
        {
            throw new DictionaryFormatException(path, line, "substitution marker '!' is not closed");
        }
        var name = phrase[(open + 1)..close];
        if (!markers.TryGetValue(name, out var substitutes))
        {
            throw new DictionaryFormatException(path, line, $"substitution marker !{name}! is not defined above");
        }
        foreach (var substitute in substitutes)
        {
            Substitute(phrase[..open] + substitute + phrase[(close + 1)..], markers, into, path, line);
        }
    }

    /// <summary>Upper case, words joined by <c>_</c> when the file joins them so and by one blank when a
    /// blank stands anywhere between them (<c>SUPREME_PEOPLE _COURT</c> lets words between).</summary>
    private static string Canonical(string text, string path, int line)
    {
        var builder = new StringBuilder(text.Length);
        var separator = '\0';
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is ' ' or '\t' or '_')
            {
                separator = separator == ' ' || c != '_' ? ' ' : '_';
                continue;
            }
            if (separator != '\0' && builder.Length > 0)
            {
                builder.Append(separator);
            }
            separator = '\0';
            builder.Append(c);
        }
        if (builder.Length == 0)
        {
            throw new DictionaryFormatException(path, line, "agent phrase is empty");
        }
        return builder.ToString();
    }
}
