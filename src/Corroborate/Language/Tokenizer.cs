namespace Corroborate.Language;

/// <summary>A token's place in the text it came from: a start offset and a length, in UTF-16 units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public override string ToString() => $"[{Start}, {End})";
}

/// <summary>
/// Cuts clean article text into tokens the way the UD English Web Treebank does (the tagger and parser
/// are trained on it), with what news text needs on top. Lossless: every token is a span of the text,
/// spans are in order and never overlap, and everything that is not white space belongs to a token, so
/// the text is the tokens plus the white space between them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Punctuation, quotes, brackets and dashes of every kind are tokens of their own; runs such as
/// <c>...</c>, <c>?!</c> and <c>--</c> stay one token.</item>
/// <item>A final period stays on known abbreviations (<c>Gen.</c>, <c>Dec.</c>, <c>No.</c>), initials
/// (<c>J.</c>) and dotted acronyms (<c>U.S.</c>, <c>a.m.</c>).</item>
/// <item>Clitics are split (<c>do|n't</c>, <c>Aliyev|'s</c>, a plural's <c>rebels|'</c>); an apostrophe
/// inside a name is not (<c>O'Brien</c>).</item>
/// <item>Hyphenated words split at the hyphen (<c>44|-|day</c>, as EWT), except after a prefix
/// (<c>e-mail</c>, <c>co-workers</c>, <c>post-war</c>), Arabic name particles (<c>al-Assad</c>) and in
/// phone numbers.</item>
/// <item>Numbers keep their separators (<c>1,200</c>, <c>3.5</c>, <c>08/12/2023</c>); a currency sign, a
/// per cent sign and a magnitude or unit suffix are split off (<c>$|94.8|bn</c>, <c>3.5|%</c>).</item>
/// <item>URLs and e-mail addresses are one token, trailing punctuation excepted.</item>
/// </list>
/// Stateless and thread-safe; allocates only the span list.
/// </remarks>
public static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        // titles and ranks
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "rep",
        "sen", "gov", "pres", "rev", "hon", "jr", "sr", "st", "fr", "messrs", "mme", "mlle", "sec", "amb", "supt", "insp", "det",
        // months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun",
        // organisations, places, references
        "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft", "no", "nos", "vs", "etc",
        "approx", "est", "cf", "al", "fig", "figs", "vol", "vols", "pp", "ed", "eds", "op", "ch", "art", "para", "sq", "tel",
        "ext", "min", "max", "govt", "intl", "natl", "gen", "div", "jct",
        // currencies written with a full stop before the amount ("Rs. 1,25,000")
        "rs",
    };

    // Left parts of a hyphenated word after which EWT keeps the word whole.
    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "co", "pre", "post", "non", "re", "semi", "pro", "mid", "multi", "anti", "ex", "sub", "inter", "intra", "micro",
        "macro", "mega", "self", "ultra", "over", "under", "counter", "de", "un", "bi", "tri", "vice", "neo", "quasi", "pseudo",
        "trans", "cyber", "geo", "socio", "x", "t", "u", "al", "el", "bin", "ibn", "abu", "abd", "ben", "bint", "ould",
    };

    // Suffixes split off a number: magnitudes and units ("94.8bn", "10km", "5kg", "9.58s"); ordinals and decades stay.
    private static readonly HashSet<string> NumberSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "bn", "bln", "b", "m", "mn", "mln", "k", "tn", "trn", "km", "kms", "m2", "km2", "kg", "g", "mg", "t", "cm", "mm", "ml", "l",
        "mph", "kph", "kmh", "kw", "kwh", "mw", "gw", "mb", "gb", "tb", "hz", "ghz", "mhz", "ft", "in", "lb", "lbs", "oz", "yd",
        "mi", "h", "hr", "hrs", "min", "mins", "s", "sec", "ha", "bbl", "pm", "am",
    };

    private static readonly string[] Clitics = ["n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "'d", "’d", "'S", "’S", "N'T", "'RE", "'LL", "'VE", "'M", "'D"];

    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static TextSpan[] Tokenize(string text)
    {
        var tokens = new List<TextSpan>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            Chunk(text, start, i, tokens);
        }
        return [.. tokens];
    }

    /// <summary>Splits one run of non-white-space characters into tokens.</summary>
    private static void Chunk(string text, int start, int end, List<TextSpan> tokens)
    {
        // Leading punctuation: quotes, brackets, dashes, and the like, one token each (runs kept).
        while (start < end && IsLeadingPunctuation(text, start, end))
        {
            var run = RunOf(text, start, end);
            tokens.Add(new TextSpan(start, run - start));
            start = run;
        }
        if (start >= end)
        {
            return;
        }
        // Trailing punctuation, peeled from the end; a final period may belong to the word.
        var trailing = new Stack<TextSpan>();
        while (end > start && IsTrailingPunctuation(text, start, end))
        {
            var runStart = end - 1;
            while (runStart > start && IsRepeatable(text[end - 1]) && text[runStart - 1] is var p && IsSentencePunctuation(p) && IsSentencePunctuation(text[end - 1]))
            {
                runStart--;
            }
            trailing.Push(new TextSpan(runStart, end - runStart));
            end = runStart;
        }
        if (end > start)
        {
            if (IsUrlOrEmail(text, start, end))
            {
                tokens.Add(new TextSpan(start, end - start));
            }
            else
            {
                Core(text, start, end, tokens);
            }
        }
        while (trailing.Count > 0)
        {
            tokens.Add(trailing.Pop());
        }
    }

    /// <summary>A word, number or symbol run without outer punctuation: split at clitics, hyphens, signs.</summary>
    private static void Core(string text, int start, int end, List<TextSpan> tokens)
    {
        var i = start;
        var pieceStart = start;
        while (i < end)
        {
            var c = text[i];
            // Currency signs and other symbols in front of a number are tokens of their own.
            if (i == pieceStart && IsCurrencyOrSign(c) && i + 1 < end)
            {
                tokens.Add(new TextSpan(i, 1));
                i++;
                pieceStart = i;
                continue;
            }
            if (IsCurrencyOrSign(c) && i > pieceStart && i + 1 == end && char.IsAsciiDigit(text[i - 1]))
            {
                // "100€", "20£": a sign written after the amount, as much of Europe does, is a token of its own too.
                Emit(text, pieceStart, i, tokens);
                tokens.Add(new TextSpan(i, 1));
                i++;
                pieceStart = i;
                continue;
            }
            if (c == '%' || c == '‰' || c == '°' && i > pieceStart)
            {
                Emit(text, pieceStart, i, tokens);
                var symbolEnd = c == '°' && i + 1 < end && char.IsLetter(text[i + 1]) && (i + 2 == end || !char.IsLetter(text[i + 2])) ? i + 2 : i + 1;
                tokens.Add(new TextSpan(i, symbolEnd - i));
                i = symbolEnd;
                pieceStart = i;
                continue;
            }
            if (IsHyphen(c) && i > pieceStart && i + 1 < end && SplitsAtHyphen(text, pieceStart, i, end))
            {
                Emit(text, pieceStart, i, tokens);
                var run = i;
                while (run < end && IsHyphen(text[run]))
                {
                    run++;
                }
                tokens.Add(new TextSpan(i, run - i));
                i = run;
                pieceStart = i;
                continue;
            }
            if ((c == '/' || c == '…' || c == '—' || c == '–' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == '“' || c == '”'
                || c == ',' && !IsNumberComma(text, i, start, end) || c == ';' || c == '!' || c == '?' || c == '|' || c == '+' && i > pieceStart)
                && !(c == '/' && IsDigitSlash(text, i, start, end)))
            {
                Emit(text, pieceStart, i, tokens);
                var run = RunOf(text, i, end);
                tokens.Add(new TextSpan(i, run - i));
                i = run;
                pieceStart = i;
                continue;
            }
            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                Emit(text, pieceStart, i, tokens);
                var run = i;
                while (run < end && text[run] == '.')
                {
                    run++;
                }
                tokens.Add(new TextSpan(i, run - i));
                i = run;
                pieceStart = i;
                continue;
            }
            i++;
        }
        Emit(text, pieceStart, end, tokens);
    }

    /// <summary>Emits a word or number, splitting clitics and number suffixes off it.</summary>
    private static void Emit(string text, int start, int end, List<TextSpan> tokens)
    {
        if (end <= start)
        {
            return;
        }
        var word = text.AsSpan(start, end - start);
        if (word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            tokens.Add(new TextSpan(start, 3));
            tokens.Add(new TextSpan(start + 3, 3));
            return;
        }
        foreach (var clitic in Clitics)
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.Ordinal) && char.IsLetter(word[^(clitic.Length + 1)]))
            {
                // "can't" → "ca" + "n't" (as EWT); "Aliyev's" → "Aliyev" + "'s".
                tokens.Add(new TextSpan(start, end - start - clitic.Length));
                tokens.Add(new TextSpan(end - clitic.Length, clitic.Length));
                return;
            }
        }
        if (char.IsAsciiDigit(word[0]))
        {
            var digits = 0;
            while (digits < word.Length && (char.IsAsciiDigit(word[digits]) || word[digits] is '.' or ',' or ':'))
            {
                digits++;
            }
            // "s" after a whole number is a decade or an age ("the 1960s", "in her 70s", as EWT writes them);
            // after a decimal it is seconds ("9.58s").
            var suffix = word[digits..];
            if (digits < word.Length && char.IsAsciiDigit(word[digits - 1]) && NumberSuffixes.Contains(suffix.ToString())
                && !(suffix is "s" or "S" && !word[..digits].Contains('.')))
            {
                tokens.Add(new TextSpan(start, digits));
                tokens.Add(new TextSpan(start + digits, word.Length - digits));
                return;
            }
        }
        tokens.Add(new TextSpan(start, end - start));
    }

    private static bool IsLeadingPunctuation(string text, int i, int end)
    {
        var c = text[i];
        if (c is '"' or '“' or '”' or '„' or '‘' or '«' or '‹' or '(' or '[' or '{' or '<' or '—' or '–' or '…' or '*' or '•' or '·' or '¡' or '¿' or '|' or '~')
        {
            return true;
        }
        if (c == '\'' || c == '’')
        {
            // A quote opening a word, not the apostrophe of "'90s" or "'em".
            return !(i + 1 < end && (char.IsAsciiDigit(text[i + 1]) || text.AsSpan(i + 1, Math.Min(2, end - i - 1)).Equals("em", StringComparison.OrdinalIgnoreCase)));
        }
        if (c is '-' && i + 1 < end && !char.IsAsciiDigit(text[i + 1]))
        {
            return true;
        }
        return c is ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '>' or '.' && !(c == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]));
    }

    private static bool IsTrailingPunctuation(string text, int start, int end)
    {
        var c = text[end - 1];
        switch (c)
        {
            case '.':
                return !KeepsPeriod(text, start, end - 1);
            case ',' or ';' or ':' or '!' or '?' or '…' or '"' or '“' or '”' or '»' or '›' or ')' or ']' or '}' or '—' or '–' or '*' or '>':
                return true;
            case '\'' or '’':
                // A closing quote, or the possessive of a plural ("the rebels' demands"), which UD EWT splits off
                // as a word of its own ("rebels" + "'", tagged POS): either way a token of its own.
                return true;
            case '-':
                return end - start > 1;
            default:
                return false;
        }
    }

    /// <summary>Whether the word before a final period is one that keeps it: an abbreviation, an initial, a dotted acronym.</summary>
    private static bool KeepsPeriod(string text, int start, int dot)
    {
        var word = text.AsSpan(start, dot - start);
        if (word.Length == 0)
        {
            return false;
        }
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return true; // an initial: "J."
        }
        if (word.Contains('.'))
        {
            // "U.S", "a.m", "Ph.D": letters between dots.
            foreach (var c in word)
            {
                if (c != '.' && !char.IsLetter(c))
                {
                    return false;
                }
            }
            return true;
        }
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool SplitsAtHyphen(string text, int pieceStart, int hyphen, int end)
    {
        var left = text.AsSpan(pieceStart, hyphen - pieceStart);
        if (left.Length == 0 || !char.IsLetterOrDigit(left[^1]) || !char.IsLetterOrDigit(text[hyphen + 1]))
        {
            return char.IsLetterOrDigit(left.Length > 0 ? left[^1] : ' ') || char.IsLetterOrDigit(text[hyphen + 1]);
        }
        if (Prefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(left))
        {
            return false;
        }
        // Phone and reference numbers: digit groups joined by hyphens ("713-853-3989").
        var whole = text.AsSpan(pieceStart, end - pieceStart);
        var onlyDigitsAndHyphens = true;
        var groups = 1;
        foreach (var c in whole)
        {
            if (IsHyphen(c))
            {
                groups++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                onlyDigitsAndHyphens = false;
                break;
            }
        }
        if (onlyDigitsAndHyphens && (groups >= 3 || whole.Length >= 8))
        {
            return false;
        }
        return true;
    }

    private static bool IsNumberComma(string text, int i, int start, int end) =>
        i > start && i + 1 < end && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private static bool IsDigitSlash(string text, int i, int start, int end) =>
        i > start && i + 1 < end && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private static bool IsUrlOrEmail(string text, int start, int end)
    {
        var s = text.AsSpan(start, end - start);
        if (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var at = s.IndexOf('@');
        return at > 0 && at < s.Length - 3 && s[(at + 1)..].Contains('.') && char.IsLetterOrDigit(s[at - 1]) && char.IsLetterOrDigit(s[at + 1]);
    }

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    private static bool IsCurrencyOrSign(char c) => c is '$' or '€' or '£' or '¥' or '₽' or '₸' or '₼' or '֏' or '₺' or '₴' or '₹';

    private static bool IsSentencePunctuation(char c) => c is '.' or '!' or '?';

    private static bool IsRepeatable(char c) => c is '.' or '!' or '?';

    /// <summary>The end of a run of the same punctuation ("...", "--", "?!", "!!!").</summary>
    private static int RunOf(string text, int i, int end)
    {
        var c = text[i];
        var j = i + 1;
        if (c is '.' or '!' or '?')
        {
            while (j < end && text[j] is '.' or '!' or '?')
            {
                j++;
            }
        }
        else if (c is '-' or '—' or '–' or '*' or '=' or '~')
        {
            while (j < end && text[j] == c)
            {
                j++;
            }
        }
        return j;
    }
}
