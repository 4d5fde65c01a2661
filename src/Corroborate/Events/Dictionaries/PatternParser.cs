using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// Parses the body of a verb pattern (the text between <c>-</c> and its code) into elements.
/// </summary>
/// <remarks>
/// Words are split at blanks and at <c>_</c>, which also marks the next word as
/// <see cref="PatternElement.Joined"/>; <c>*</c>, <c>{ }</c> and <c>( )</c> stand alone however they are
/// written, so <c>*SCEPTICAL</c> and <c>SPY_*_DEAL</c> read as the verb between words. A synset name may
/// hold underscores (<c>&amp;FIGHT_OF_WORDS</c>), so a <c>&amp;</c> word takes the longest synset name of
/// the file it starts with and the rest are joined words: PETRARCH-1's <c>NEW_&amp;TIETYPES_RELATIONS</c>.
/// </remarks>
internal sealed class PatternParser(
    string body, string path, int line, FrozenDictionary<string, Synset> synsets, List<DictionaryWarning> warnings)
{
    private readonly List<(string Text, bool Joined)> _tokens = [];
    private int _next;
    private string? _undefined;

    /// <summary>The elements, or null when the pattern names a synset the file does not define.</summary>
    public ImmutableArray<PatternElement>? Parse()
    {
        Tokenize();
        var elements = Sequence(null);
        if (_undefined is not null)
        {
            warnings.Add(new DictionaryWarning(Path.GetFileName(path), line, $"pattern names &{_undefined}, which is no synset of the file; left out"));
            return null;
        }
        var verbs = elements.Count(e => e.Kind == PatternElementKind.Verb);
        if (verbs != 1)
        {
            throw new DictionaryFormatException(path, line, verbs == 0 ? "pattern has no * for the verb" : $"pattern has {verbs} * for the verb");
        }
        return [.. elements];
    }

    private void Tokenize()
    {
        var joined = false;
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c))
            {
                joined = false;
                i++;
            }
            else if (c == '_')
            {
                joined = true;
                i++;
            }
            else if (c is '*' or '{' or '}' or '(' or ')')
            {
                _tokens.Add((c.ToString(), joined && c == '*'));
                joined = false;
                i++;
            }
            else
            {
                var end = i + 1;
                while (end < body.Length && !char.IsWhiteSpace(body[end]) && body[end] is not ('*' or '{' or '}' or '(' or ')')
                    && (c == '&' || body[end] != '_'))
                {
                    end++;
                }
                _tokens.Add((body[i..end].ToUpperInvariant(), joined));
                joined = false;
                i = end;
            }
        }
    }

    private List<PatternElement> Sequence(char? closer)
    {
        var elements = new List<PatternElement>();
        while (_next < _tokens.Count)
        {
            var (text, joined) = _tokens[_next++];
            switch (text)
            {
                case "{" or "(":
                    var close = text == "{" ? '}' : ')';
                    var children = Sequence(close);
                    if (children.Count == 0)
                    {
                        throw new DictionaryFormatException(path, line, $"empty {text} {close} in pattern");
                    }
                    var kind = text == "{" ? PatternElementKind.NounPhrase : PatternElementKind.Prepositional;
                    elements.Add(new PatternElement(kind, "", [], [.. children], false));
                    break;
                case "}" or ")" when closer == text[0]:
                    return elements;
                case ")" when closer is null && StrayRepeat(elements) is { } repeat:
                    // CAMEO.2.0.txt: "- STRONGLY * ATTACK (ON ^)    ^)[111]" and
                    // "- * VENTURE (WITH VISIT)    VISIT)[042:043]": the end of the last group again.
                    warnings.Add(new DictionaryWarning(Path.GetFileName(path), line, $"'{repeat})' repeats the end of the ( ) before it; left out"));
                    break;
                case "}" or ")":
                    throw new DictionaryFormatException(path, line, $"'{text}' in pattern closes nothing that is open");
                case "*" when closer is not null:
                    throw new DictionaryFormatException(path, line, $"* for the verb inside {(closer == '}' ? "{ }" : "( )")} in pattern");
                default:
                    Word(text, joined, elements);
                    break;
            }
        }
        if (closer is not null)
        {
            throw new DictionaryFormatException(path, line, $"'{(closer == '}' ? '{' : '(')}' in pattern is not closed");
        }
        return elements;
    }

    /// <summary>When the elements since the last group repeat that group's last words, removes them
    /// and returns them as text; otherwise null.</summary>
    private static string? StrayRepeat(List<PatternElement> elements)
    {
        var group = elements.FindLastIndex(e => e.Kind is PatternElementKind.Prepositional or PatternElementKind.NounPhrase);
        var tail = elements.Count - group - 1;
        if (group < 0 || tail == 0 || tail > elements[group].Children.Length)
        {
            return null;
        }
        var repeated = elements[(group + 1)..];
        var end = elements[group].Children[^tail..];
        if (!repeated.Select(e => e.Text).SequenceEqual(end.Select(e => e.Text), StringComparer.Ordinal))
        {
            return null;
        }
        elements.RemoveRange(group + 1, tail);
        return string.Join(' ', repeated);
    }

    private void Word(string text, bool joined, List<PatternElement> elements)
    {
        var kind = text switch
        {
            "*" => PatternElementKind.Verb,
            "$" => PatternElementKind.Source,
            "+" => PatternElementKind.Target,
            "^" => PatternElementKind.Skip,
            "%" => PatternElementKind.Compound,
            _ when text.StartsWith('&') => PatternElementKind.Synset,
            _ => PatternElementKind.Word,
        };
        if (kind == PatternElementKind.Word)
        {
            elements.Add(new PatternElement(kind, text, [.. text.Split('/', StringSplitOptions.RemoveEmptyEntries)], [], joined));
        }
        else if (kind != PatternElementKind.Synset)
        {
            elements.Add(new PatternElement(kind, text, [], [], joined));
        }
        else
        {
            var parts = text[1..].Split('_');
            for (var k = parts.Length; k > 0; k--)
            {
                var name = string.Join('_', parts[..k]).TrimEnd('_');
                if (synsets.ContainsKey(name))
                {
                    elements.Add(new PatternElement(kind, name, [], [], joined));
                    foreach (var rest in parts[k..].Where(p => p.Length > 0))
                    {
                        Word(rest, true, elements);
                    }
                    return;
                }
            }
            _undefined ??= text[1..];
        }
    }
}
