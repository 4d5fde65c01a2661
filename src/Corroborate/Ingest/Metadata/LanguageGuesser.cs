namespace Corroborate.Ingest.Metadata;

/// <summary>
/// Tells the language of an article from its text: the dominant script first (Cyrillic, Arabic,
/// Armenian, Georgian, …), then, for Latin script, which language's most frequent function words
/// occur most. Enough to flag non-English articles; not a general identifier.
/// </summary>
/// <remarks>
/// A declared language (html lang, feed language) is trusted when the text agrees with its script,
/// and used when the text is too short to tell. The word lists are the commonest function words of
/// each language, chosen by the Corroborate authors.
/// </remarks>
internal static class LanguageGuesser
{
    private static readonly (string Code, HashSet<string> Words)[] LatinProfiles =
    [
        ("en", Set("the of and to in is that for was on with as by at from are have has it he said his be this which an were not")),
        ("fr", Set("le la les de des du et est un une en que qui dans pour pas sur au avec par il elle sont ont été ce")),
        ("de", Set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es sind wurde wird bei")),
        ("es", Set("el la los las de del y en que un una por con para es se al lo como más pero sus ha fue según")),
        ("it", Set("il la di che e è un una per non sono del della le con si da nel gli alla ha anche al dei")),
        ("pt", Set("o a os as de do da dos das e em que um uma para com não por se na no foi ao pelo mais")),
        ("nl", Set("de het een en van is dat in op te voor met zijn niet die aan er ook als bij werd door")),
        ("tr", Set("ve bir bu da de ile için olarak çok olan ama gibi daha en ki ne sonra kadar göre değil")),
        ("az", Set("və bir bu da də ilə üçün olan çox ki isə daha sonra görə deyil edib olub etdi artıq")),
        ("pl", Set("i w na z się nie to że jest do o jak po za ale od co przez dla tym oraz był")),
    ];

    public static string Guess(string text, string? declared)
    {
        var declaredCode = NormalizeCode(declared);
        var script = DominantScript(text, out var letters);
        if (letters < 20)
        {
            return declaredCode ?? "und";
        }
        switch (script)
        {
            case Script.Cyrillic:
                return declaredCode is "ru" or "uk" or "bg" or "sr" or "mk" or "be" or "kk" or "ky" or "mn" or "tg" ? declaredCode : "ru";
            case Script.Arabic:
                return declaredCode is "ar" or "fa" or "ur" or "ps" ? declaredCode : "ar";
            case Script.Armenian:
                return "hy";
            case Script.Georgian:
                return "ka";
            case Script.Greek:
                return "el";
            case Script.Hebrew:
                return "he";
            case Script.Devanagari:
                return "hi";
            case Script.Han:
                return declaredCode is "ja" or "zh" ? declaredCode : "zh";
            case Script.Kana:
                return "ja";
            case Script.Hangul:
                return "ko";
            case Script.Other:
                return declaredCode ?? "und";
        }
        return GuessLatin(text) ?? declaredCode ?? "und";
    }

    private static string? GuessLatin(string text)
    {
        Span<int> scores = stackalloc int[LatinProfiles.Length];
        var words = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range].Trim(".,;:!?\"'()«»“”‘’\n").ToString().ToLowerInvariant();
            if (word.Length == 0)
            {
                continue;
            }
            words++;
            for (var i = 0; i < LatinProfiles.Length; i++)
            {
                if (LatinProfiles[i].Words.Contains(word))
                {
                    scores[i]++;
                }
            }
            if (words >= 2000)
            {
                break;
            }
        }
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        // Function words make up a fifth or more of running text; below a twentieth we cannot tell.
        return words > 0 && scores[best] * 20 >= words ? LatinProfiles[best].Code : null;
    }

    private enum Script { Latin, Cyrillic, Arabic, Armenian, Georgian, Greek, Hebrew, Devanagari, Han, Kana, Hangul, Other }

    private static Script DominantScript(string text, out int letters)
    {
        Span<int> counts = stackalloc int[12];
        letters = 0;
        var limit = Math.Min(text.Length, 20000);
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                continue;
            }
            letters++;
            counts[(int)ScriptOf(c)]++;
        }
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }
        return (Script)best;
    }

    private static Script ScriptOf(char c) => c switch
    {
        <= '\u024F' => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' => Script.Arabic,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\u4E00' and <= '\u9FFF' => Script.Han,
        >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        _ => Script.Other,
    };

    private static string? NormalizeCode(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }
        var code = declared.Trim().ToLowerInvariant();
        var dash = code.IndexOfAny(['-', '_']);
        code = dash > 0 ? code[..dash] : code;
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
