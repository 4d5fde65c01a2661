using System.Collections.Frozen;
using System.Reflection;
using Corroborate.Events;
using Corroborate.Language.Knowledge;

namespace Corroborate.Quotes;

/// <summary>One cue word of <c>Quotes/Knowledge/cues.tsv</c>.</summary>
/// <param name="Lemma">The dictionary form.</param>
/// <param name="TakesObject">A plain noun object is what was said or meant ("denied any role").</param>
/// <param name="Aside">The verb also reports from an aside around the quote ("..., she said.").</param>
public sealed record CueWord(string Lemma, bool TakesObject, bool Aside);

/// <summary>
/// The verbs and nouns that introduce a quote, from the table we wrote (<c>Quotes/Knowledge/cues.tsv</c>):
/// speech (say, tell, add), writing and posting, thought and feeling (believe, fear), intention (plan,
/// want), judgement (criticize, praise) and findings (show, find) — PolNeAR counts all of them as
/// attributions.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CueLexicon
{
    private readonly FrozenDictionary<string, CueWord> _verbs;
    private readonly FrozenDictionary<string, CueWord> _nouns;

    private CueLexicon(FrozenDictionary<string, CueWord> verbs, FrozenDictionary<string, CueWord> nouns) => (_verbs, _nouns) = (verbs, nouns);

    private static readonly Lazy<CueLexicon> LazyDefault = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Corroborate.Quotes.cues.tsv")
            ?? throw new InvalidOperationException("the cue table (Quotes/Knowledge/cues.tsv) is not embedded");
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    /// <summary>The shipped table.</summary>
    public static CueLexicon Default => LazyDefault.Value;

    /// <summary>Reads a table with the columns lemma, kind (VERB or NOUN), object and aside (yes or no).</summary>
    public static CueLexicon Read(TextReader reader)
    {
        var table = KnowledgeTable.Read("cues", reader, "lemma", "kind", "object", "aside");
        var (lemma, kind, @object, aside) = (table.Column("lemma"), table.Column("kind"), table.Column("object"), table.Column("aside"));
        var verbs = new Dictionary<string, CueWord>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, CueWord>(StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows)
        {
            var word = new CueWord(cells[lemma], YesNo(table, cells[@object], line), YesNo(table, cells[aside], line));
            var into = cells[kind] switch
            {
                "VERB" => verbs,
                "NOUN" => nouns,
                var other => throw table.Error(line, $"kind '{other}' is not VERB or NOUN."),
            };
            if (!into.TryAdd(word.Lemma, word))
            {
                throw table.Error(line, $"'{word.Lemma}' is listed twice.");
            }
        }
        return new CueLexicon(verbs.ToFrozenDictionary(StringComparer.Ordinal), nouns.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The cue a verb form stands for ("said" → say), or null.</summary>
    public CueWord? Verb(string form)
    {
        foreach (var lemma in VerbLemmas.Of(form))
        {
            if (_verbs.TryGetValue(lemma, out var cue))
            {
                return cue;
            }
        }
        return null;
    }

    /// <summary>The cue a noun form stands for ("allegations" → allegation), or null.</summary>
    public CueWord? Noun(string form)
    {
        var w = form.ToLowerInvariant();
        return _nouns.GetValueOrDefault(w) ?? (w.EndsWith('s') ? _nouns.GetValueOrDefault(w[..^1]) : null);
    }

    private static bool YesNo(KnowledgeTable table, string cell, int line) => cell switch
    {
        "yes" => true,
        "no" => false,
        _ => throw table.Error(line, $"'{cell}' is not yes or no."),
    };
}
