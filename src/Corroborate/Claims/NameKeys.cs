using System.Text;
using AnyAscii;

namespace Corroborate.Claims;

/// <summary>
/// Keys that let differently written names of one entity compare equal. <see cref="Key"/> sets aside case,
/// accents, script and punctuation only; <see cref="Match"/> also knows how names are carried between
/// alphabets (Russian renders H as G or drops it, kh and h are one sound, ya is ia, oo spells u) and says
/// which of those it needed.
/// </summary>
public static class NameKeys
{
    /// <summary>Lower-case ASCII letters and digits, words one space apart: "Nagorno-Karabakh" →
    /// "nagorno karabakh", "Гадрут" → "gadrut", "Şuşa" → "susa".</summary>
    public static string Key(string name)
    {
        var ascii = name.Transliterate();
        var key = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' or '`')
            {
                // apostrophes inside names (O'Brien, Qur'an) join rather than split
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }
        return key.ToString().TrimEnd();
    }

    /// <summary>A rewrite between renderings of one sound, with the reason a reader can check.</summary>
    private sealed record Rule(string Reason, bool Loose, Func<string, string> Apply);

    // In order: each rule applies to both words after the ones before it. Loose rules merge more and are
    // trusted only with support from context (see NameVariants).
    private static readonly Rule[] Rules =
    [
        new("oo and ou spell u", false, w => w.Replace("oo", "u").Replace("ou", "u")),
        new("ee spells i", false, w => w.Replace("ee", "i")),
        new("kh and h are one sound (Russian х)", false, w => w.Replace("kh", "h")),
        new("dzh, dj and zh render j", false, w => w.Replace("dzh", "j").Replace("dj", "j").Replace("zh", "j")),
        new("ts and tz render c (Russian ц)", false, w => w.Replace("ts", "c").Replace("tz", "c")),
        new("tch and ch are one sound", false, w => w.Replace("tch", "ch")),
        new("ph and f are one sound", false, w => w.Replace("ph", "f")),
        new("w and v render one letter", false, w => w.Replace('w', 'v')),
        new("ck, q and k are one sound", false, w => w.Replace("ck", "k").Replace('q', 'k')),
        new("-off and -ov are one ending", false, w => w.EndsWith("off", StringComparison.Ordinal) ? w[..^3] + "ov" : w),
        new("y and i render one letter (ya / ia, yu / iu)", false, w => w.Replace('y', 'i')),
        new("sh and s: Azerbaijani and Turkish ş loses its mark", false, w => w.Replace("sh", "s")),
        new("initial ye and e render one letter (Russian е)", false, w => w.StartsWith("ye", StringComparison.Ordinal) ? w[1..] : w),
        new("letters written double or once", false, Single),
        new("Russian renders H as G", true, w => w.Replace('h', 'g')),
        new("an initial H is dropped in Russian", true, w => w.Length > 4 && w[0] is 'h' or 'g' && IsVowel(w[1]) ? w[1..] : w),
        new("the vowels differ, the consonants agree", true, Consonants),
    ];

    /// <summary>
    /// Whether two names (already split into <see cref="Key"/> words) are spellings of one, by the same
    /// number of words each alike after the rules; gives the reasons needed and whether a loose one was.
    /// </summary>
    internal static (bool Alike, IReadOnlyList<string> Reasons, bool Loose) Match(string[] a, string[] b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return (false, [], false);
        }
        var reasons = new List<string>();
        var loose = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }
            var needed = Needed(a[i], b[i]);
            if (needed is null)
            {
                return (false, [], false);
            }
            foreach (var rule in needed)
            {
                loose |= rule.Loose;
                if (!reasons.Contains(rule.Reason))
                {
                    reasons.Add(rule.Reason);
                }
            }
        }
        return (true, reasons, loose);
    }

    // The smallest set of rules (greedily) under which two words agree, or null when none does.
    private static List<Rule>? Needed(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < 4 || !char.IsAsciiLetter(a[0]) || !char.IsAsciiLetter(b[0]))
        {
            return null;
        }
        var used = new List<Rule>();
        foreach (var rule in Rules)
        {
            used.Add(rule);
            if (Apply(used, a) == Apply(used, b))
            {
                for (var k = used.Count - 1; k >= 0; k--)
                {
                    var without = used.Where((_, j) => j != k).ToList();
                    if (Apply(without, a) == Apply(without, b))
                    {
                        used = without;
                    }
                }
                // Short words alike only by a loose rule are too often different words: "Gori" and "Hori".
                return used.Any(r => r.Loose) && Math.Min(a.Length, b.Length) < 5 ? null : used;
            }
        }
        return null;
    }

    private static string Apply(List<Rule> rules, string word)
    {
        foreach (var rule in rules)
        {
            word = rule.Apply(word);
        }
        return word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string Single(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    // The first letter and the consonants after it, when there are at least four: "hadrut" → "hdrt".
    private static string Consonants(string word)
    {
        var sb = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (i == 0 || !IsVowel(word[i]))
            {
                sb.Append(word[i]);
            }
        }
        return sb.Length >= 4 ? sb.ToString() : word;
    }
}
