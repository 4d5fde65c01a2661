using System.Collections.Frozen;

namespace Corroborate.Events;

/// <summary>
/// The lemmas an English verb form may have, most likely first: irregular forms from a table, then
/// the regular endings undone ("released" → release, "freed" → free, "stopped" → stop, "carries" →
/// carry). The caller keeps the first candidate its own table knows, so over-generating is harmless.
/// </summary>
internal static class VerbLemmas
{
    public static IEnumerable<string> Of(string word)
    {
        var w = word.ToLowerInvariant();
        if (Irregular.TryGetValue(w, out var lemma))
        {
            yield return lemma;
        }
        else if (w.StartsWith("re", StringComparison.Ordinal) && Irregular.TryGetValue(w[2..], out var again))
        {
            // "retook", "retaken", "rebuilt": the prefix on an irregular form.
            yield return "re" + again;
        }
        yield return w;
        if (w.Length <= 3)
        {
            yield break;
        }
        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return w[..^3] + "y";
        }
        if (w.EndsWith("ing", StringComparison.Ordinal))
        {
            var stem = w[..^3];
            yield return stem;
            yield return stem + "e";
            if (stem.Length > 2 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }
        }
        if (w.EndsWith("ed", StringComparison.Ordinal))
        {
            var stem = w[..^2];
            yield return stem + "e";
            yield return stem;
            yield return w[..^1];
            if (stem.Length > 2 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }
        }
        if (w.EndsWith("es", StringComparison.Ordinal))
        {
            yield return w[..^2];
        }
        if (w.EndsWith('s'))
        {
            yield return w[..^1];
        }
    }

    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["held"] = "hold",
        ["met"] = "meet",
        ["fought"] = "fight",
        ["shot"] = "shoot",
        ["struck"] = "strike",
        ["stricken"] = "strike",
        ["sent"] = "send",
        ["led"] = "lead",
        ["told"] = "tell",
        ["said"] = "say",
        ["made"] = "make",
        ["gave"] = "give",
        ["given"] = "give",
        ["took"] = "take",
        ["taken"] = "take",
        ["brought"] = "bring",
        ["sought"] = "seek",
        ["left"] = "leave",
        ["kept"] = "keep",
        ["paid"] = "pay",
        ["saw"] = "see",
        ["seen"] = "see",
        ["sold"] = "sell",
        ["spoke"] = "speak",
        ["spoken"] = "speak",
        ["withdrew"] = "withdraw",
        ["withdrawn"] = "withdraw",
        ["broke"] = "break",
        ["broken"] = "break",
        ["fled"] = "flee",
        ["hit"] = "hit",
        ["hurt"] = "hurt",
        ["beat"] = "beat",
        ["beaten"] = "beat",
        ["overthrew"] = "overthrow",
        ["overthrown"] = "overthrow",
        ["upheld"] = "uphold",
        ["threw"] = "throw",
        ["thrown"] = "throw",
        ["won"] = "win",
        ["lost"] = "lose",
        ["began"] = "begin",
        ["begun"] = "begin",
        ["came"] = "come",
        ["went"] = "go",
        ["gone"] = "go",
        ["stood"] = "stand",
        ["wrote"] = "write",
        ["written"] = "write",
        ["swore"] = "swear",
        ["sworn"] = "swear",
        ["forbade"] = "forbid",
        ["forbidden"] = "forbid",
        ["froze"] = "freeze",
        ["frozen"] = "freeze",
        ["rose"] = "rise",
        ["risen"] = "rise",
        ["shook"] = "shake",
        ["slew"] = "slay",
        ["slain"] = "slay",
        ["overran"] = "overrun",
        ["undertook"] = "undertake",
        ["undertaken"] = "undertake",
        ["arose"] = "arise",
        ["drove"] = "drive",
        ["driven"] = "drive",
        ["bore"] = "bear",
        ["borne"] = "bear",
        ["bound"] = "bind",
        ["fell"] = "fall",
        ["fallen"] = "fall",
        ["found"] = "find",
        ["got"] = "get",
        ["gotten"] = "get",
        ["heard"] = "hear",
        ["knew"] = "know",
        ["known"] = "know",
        ["laid"] = "lay",
        ["lent"] = "lend",
        ["meant"] = "mean",
        ["ran"] = "run",
        ["sat"] = "sit",
        ["set"] = "set",
        ["shut"] = "shut",
        ["spent"] = "spend",
        ["stole"] = "steal",
        ["stolen"] = "steal",
        ["thought"] = "think",
        ["understood"] = "understand",
        ["woke"] = "wake",
        ["was"] = "be",
        ["were"] = "be",
        ["is"] = "be",
        ["are"] = "be",
        ["been"] = "be",
        ["has"] = "have",
        ["had"] = "have",
        ["did"] = "do",
        ["done"] = "do",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
