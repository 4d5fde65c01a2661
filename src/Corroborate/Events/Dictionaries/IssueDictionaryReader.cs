using System.Text.RegularExpressions;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// Reads a PETRARCH issues file: <c>&lt;ISSUE CATEGORY="…"&gt;</c> … <c>&lt;/ISSUE&gt;</c> sections of
/// <c>phrase [CODE]</c>, <c>~phrase</c> and <c>~~phrase</c> lines.
/// </summary>
internal static partial class IssueDictionaryReader
{
    public static IssueDictionary Read(string path)
    {
        var file = Path.GetFileName(path);
        var entries = new List<IssueEntry>();
        var exclusions = new List<IssueExclusion>();
        var warnings = new List<DictionaryWarning>();
        string? category = null;
        var opened = 0;
        foreach (var (number, raw) in DictionaryText.ReadLines(path))
        {
            var text = raw.Trim();
            if (text.StartsWith("<ISSUE", StringComparison.OrdinalIgnoreCase))
            {
                if (category is not null)
                {
                    throw new DictionaryFormatException(path, number, $"<ISSUE> inside the open category {category}");
                }
                var match = CategoryAttribute().Match(text);
                if (!match.Success)
                {
                    throw new DictionaryFormatException(path, number, "<ISSUE> has no CATEGORY=\"…\"");
                }
                category = match.Groups[1].Value;
                opened = number;
            }
            else if (text.StartsWith("</ISSUE", StringComparison.OrdinalIgnoreCase))
            {
                if (category is null)
                {
                    // Phoenix.IssueCoding.txt closes WATER_SECURITY's section twice.
                    warnings.Add(new DictionaryWarning(file, number, "</ISSUE> with no category open; ignored"));
                }
                category = null;
            }
            else if (text.StartsWith('~'))
            {
                var wholeStory = text.StartsWith("~~", StringComparison.Ordinal);
                var phrase = text[(wholeStory ? 2 : 1)..].Trim();
                if (phrase.Length == 0)
                {
                    throw new DictionaryFormatException(path, number, "exclusion phrase is empty");
                }
                exclusions.Add(new IssueExclusion(phrase, [.. Expand(phrase)], wholeStory, category, number));
            }
            else
            {
                ReadPhrases(text, category, entries, warnings, path, number);
            }
        }
        if (category is not null)
        {
            throw new DictionaryFormatException(path, opened, $"category {category} is never closed with </ISSUE>");
        }
        return new IssueDictionary([.. entries], [.. exclusions], [.. warnings]);
    }

    /// <summary>One <c>phrase [CODE]</c>, or several: the file has two run together on a line
    /// (<c>intimidation of press [MEDIA_CENSORSHIP]intimidation of the media [MEDIA_CENSORSHIP]</c>),
    /// which are both read.</summary>
    private static void ReadPhrases(string text, string? category, List<IssueEntry> entries, List<DictionaryWarning> warnings, string path, int line)
    {
        var file = Path.GetFileName(path);
        var first = true;
        while (text.Length > 0)
        {
            var (phrase, codes, after) = CodeBrackets.Split(text, path, line);
            if (codes.Count == 0)
            {
                // Lines such as "eec" and "european central bank" have no code (PETRARCH skips them), and
                // one code is followed by "*******".
                warnings.Add(new DictionaryWarning(file, line, $"'{phrase}' has no code in [ ]; left out"));
                return;
            }
            if (codes.Distinct(StringComparer.Ordinal).Count() > 1)
            {
                throw new DictionaryFormatException(path, line, $"issue phrase '{phrase}' has more than one code");
            }
            if (codes.Count > 1)
            {
                // aqim [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]
                warnings.Add(new DictionaryWarning(file, line, $"code [{codes[0]}] repeated; read once"));
            }
            if (phrase.Length == 0)
            {
                throw new DictionaryFormatException(path, line, "issue phrase is empty");
            }
            if (!first)
            {
                warnings.Add(new DictionaryWarning(file, line, $"a second phrase '{phrase}' on the line; read as its own entry"));
            }
            entries.Add(new IssueEntry(phrase, [.. Expand(phrase)], codes[0], category, line));
            first = false;
            text = after;
        }
    }

    /// <summary>The upper-case phrases a written issue phrase stands for: first each <c>+</c> as a blank
    /// and as a hyphen, then <c>n:</c> (noun and plural) and <c>v:</c> (verb and its regular forms)
    /// applied to the word they stand before.</summary>
    internal static List<string> Expand(string phrase)
    {
        var forms = new List<string> { TextTrie.Normalize(phrase) };
        for (var at = 0; at < forms.Count;)
        {
            var plus = forms[at].IndexOf('+', StringComparison.Ordinal);
            if (plus < 0)
            {
                at++;
                continue;
            }
            var form = forms[at];
            forms[at] = TextTrie.Normalize(form[..plus] + " " + form[(plus + 1)..]);
            forms.Insert(at + 1, form[..plus] + "-" + form[(plus + 1)..]);
        }
        for (var at = 0; at < forms.Count;)
        {
            var marker = Marker(forms[at]);
            if (marker < 0)
            {
                at++;
                continue;
            }
            var form = forms[at];
            var end = form.IndexOf(' ', marker);
            end = end < 0 ? form.Length : end;
            var word = form[(marker + 2)..end];
            var alternatives = form[marker] == 'N' ? [word, DictionaryText.Plural(word)] : (string[])[word, .. DictionaryText.RegularVerbForms(word)];
            forms.RemoveAt(at);
            forms.InsertRange(at, alternatives.Select(a => form[..marker] + a + form[end..]));
        }
        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Where an <c>N:</c> or <c>V:</c> marker stands at the start of a word (or after a hyphen
    /// a <c>+</c> became), or -1.</summary>
    private static int Marker(string form)
    {
        for (var i = 0; i + 2 < form.Length; i++)
        {
            if (form[i + 1] == ':' && form[i] is 'N' or 'V' && (i == 0 || form[i - 1] is ' ' or '-'))
            {
                return i;
            }
        }
        return -1;
    }

    [GeneratedRegex("CATEGORY\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex CategoryAttribute();
}
