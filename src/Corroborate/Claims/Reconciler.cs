using System.Globalization;
using Corroborate.Events;
using Corroborate.Language;

namespace Corroborate.Claims;

/// <summary>
/// Reconciles what the articles of one story say: aligns their facts slot by slot, judges each fact's sources
/// for independence, finds the slots on which statements disagree, the names only one source gives, the
/// spellings of one name, and how each outlet frames the story.
/// </summary>
/// <remarks>Independence: a syndicated copy adds nothing (its original is there), and a fact an article only
/// relays from another outlet ("according to Azertag") is that outlet's, so two articles relaying one agency
/// are one source. Alignment is greedy in article order; stories have tens of articles, not thousands.</remarks>
public sealed class Reconciler(FramingLexicon framing)
{
    public static Reconciler Default { get; } = new(FramingLexicon.Default);

    public Reconciliation Reconcile(IReadOnlyList<ClaimArticle> articles)
    {
        if (articles.Count == 0)
        {
            return Reconciliation.Empty;
        }
        var originals = articles.Where(a => a.CopyOf is null || articles.All(o => o.Id != a.CopyOf)).ToList();
        var mentions = originals.SelectMany(Mentions).ToList();
        var names = NameVariants.Unify(mentions);
        var placeKeys = PlaceKeys(names);
        var facts = originals.SelectMany(FactExtractor.Extract).ToList();
        var aligned = Align(facts, placeKeys);
        var conflicts = Conflicts(aligned, placeKeys);
        var outlets = originals.GroupBy(a => a.Outlet).Select(g => Framing(g.Key, [.. g], aligned)).ToList();
        return new Reconciliation(aligned, conflicts, SingleSourceMentions(originals, mentions, names), names, outlets);
    }

    private static IEnumerable<NameMention> Mentions(ClaimArticle article)
    {
        for (var s = 0; s < article.Text.Sentences.Count; s++)
        {
            var sentence = article.Text.Sentences[s];
            foreach (var e in sentence.Entities)
            {
                if (e.Label is not (EntityLabel.PER or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC) || sentence.Spans.Count == 0)
                {
                    continue;
                }
                var start = sentence.Spans[e.Start].Start;
                var end = sentence.Spans[e.End - 1].Start + sentence.Spans[e.End - 1].Length;
                yield return new NameMention(article.Text.Text[start..end], e.Label, article.Outlet, article.Id, s, start, end)
                {
                    Role = e.Role,
                    Context = Context(sentence, e),
                };
            }
        }
    }

    // The content words of a mention's sentence outside the mention: what two spellings' sentences must share
    // before a loose transliteration match is believed.
    private static string[] Context(AnnotatedSentence sentence, Entity mention)
    {
        var words = new List<string>();
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            if ((i < mention.Start || i >= mention.End) && sentence.Tags[i].Upos is "NOUN" or "PROPN" or "NUM" or "VERB")
            {
                words.Add(sentence.Words[i].ToLowerInvariant());
            }
        }
        return [.. words.Distinct()];
    }

    /// <summary>Place names mapped to one key per unified entity, so Gadroot and Hadrut compare equal.</summary>
    private static Dictionary<string, string> PlaceKeys(IReadOnlyList<NameGroup> names)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in names)
        {
            foreach (var variant in group.Variants)
            {
                keys.TryAdd(variant.Text, group.Canonical);
            }
        }
        return keys;
    }

    private static string PlaceKey(string place, Dictionary<string, string> keys) =>
        NameKeys.Key(keys.TryGetValue(place, out var canonical) ? canonical : place);

    // ---- alignment ----

    private static List<AlignedFact> Align(List<Fact> facts, Dictionary<string, string> placeKeys)
    {
        var groups = new List<List<Fact>>();
        foreach (var fact in facts)
        {
            var home = groups.FirstOrDefault(g => g.All(other => Compatible(fact, other, placeKeys)));
            if (home is null)
            {
                groups.Add([fact]);
            }
            else
            {
                home.Add(fact);
            }
        }
        return [.. groups.Select(Aligned)];
    }

    private static AlignedFact Aligned(List<Fact> statements)
    {
        var lead = statements.MaxBy(Filled)!;
        var sources = statements.Select(s => s.Source).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new AlignedFact(lead, statements, sources, sources.Count >= 2 ? FactStatus.Corroborated : FactStatus.SingleSource);
    }

    /// <summary>How many slots a statement fills, an asserted one first: the lead is the fullest deed.</summary>
    private static int Filled(Fact f) =>
        (f.Who is null ? 0 : 2) + (f.Whom is null ? 0 : 2) + (f.HowMany is null ? 0 : 2) + (f.When is null ? 0 : 1)
        + (f.Where is null ? 0 : 1) + (f.Modality == Modality.Asserted ? 1 : 0);

    /// <summary>Two statements state the same fact when every slot both fill agrees.</summary>
    private static bool Compatible(Fact a, Fact b, Dictionary<string, string> placeKeys)
    {
        if (a.Kind != b.Kind || a.DidKey != b.DidKey || Stance(a.Modality) != Stance(b.Modality))
        {
            return false;
        }
        if (a.Kind == FactKind.Quote)
        {
            // Half the words of the longer content: a short quote is not the same as any long one that contains its words.
            return a.Who!.Code == b.Who!.Code && WordOverlap(a.Content ?? "", b.Content ?? "", longer: true) >= 0.5;
        }
        if (a.Citation.Article == b.Citation.Article && a.Citation.Sentence == b.Citation.Sentence)
        {
            // One sentence stating two events of a kind states two facts (32 released by one side, 2 by the other).
            return false;
        }
        var samePlace = a.Where is not null && b.Where is not null && PlaceKey(a.Where, placeKeys) == PlaceKey(b.Where, placeKeys);
        // The same count at the same time or place is the same group however each outlet names it ("26 of the
        // Armenians", "the 26 soldiers").
        var sameGroup = a.HowMany is not null && a.HowMany == b.HowMany && ((a.When is not null && a.When == b.When) || samePlace);
        return PartiesAgree(a.Who, b.Who) && (sameGroup || PartiesAgree(a.Whom, b.Whom))
            && (a.HowMany is null || b.HowMany is null || a.HowMany == b.HowMany)
            && DatesAgree(a.When, b.When)
            && (a.Where is null || b.Where is null || samePlace)
            && SharesAnchor(a, b);
    }

    // Two statements of one kind of event are one fact only if they share a slot that says which: both name
    // the actor or the affected side (each coded), both count, or both date or place it. "Leaders detained
    // this autumn" and "26 detained in December 2020" share only the verb.
    private static bool SharesAnchor(Fact a, Fact b) =>
        a.Kind != FactKind.Event
        || (a.Who is { Code.Length: > 0 } && b.Who is { Code.Length: > 0 })
        || (a.Whom is { Code.Length: > 0 } && b.Whom is { Code.Length: > 0 })
        || (a.HowMany is not null && b.HowMany is not null)
        || (a.When is not null && b.When is not null)
        || (a.Where is not null && b.Where is not null);

    /// <summary>A plan and a deed state one fact (the decision to release 32, the release of 32); a demand, threat,
    /// negation or denial is its own claim.</summary>
    private static Modality Stance(Modality modality) => modality == Modality.Planned ? Modality.Asserted : modality;

    /// <summary>Two sides agree when either is unknown, or their countries agree and one code contains the other
    /// (<c>ARM</c> and <c>ARMMIL</c>: the Armenians and the Armenian soldiers).</summary>
    private static bool PartiesAgree(FactParty? a, FactParty? b)
    {
        if (a is null || b is null)
        {
            return true;
        }
        if (a.Country is not null && b.Country is not null && a.Country != b.Country)
        {
            return false;
        }
        if (a.Code.Length == 0 && b.Code.Length == 0)
        {
            // Nothing coded ("the release", "an Armenian bid"): the words must be alike.
            return WordOverlap(a.Text, b.Text) >= 0.5;
        }
        return a.Code.StartsWith(b.Code, StringComparison.Ordinal) || b.Code.StartsWith(a.Code, StringComparison.Ordinal);
    }

    /// <summary>ISO dates agree when one contains the other: <c>2020</c> and <c>2020-12</c>, <c>2023-12-07</c> and its evening.</summary>
    private static bool DatesAgree(string? a, string? b) =>
        a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static double WordOverlap(string a, string b, bool longer = false)
    {
        static HashSet<string> Words(string s) =>
            [.. s.Split([' ', ',', '.', ';', ':', '"', '“', '”', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).Select(w => w.ToLowerInvariant())];
        var x = Words(a);
        var y = Words(b);
        return x.Count == 0 || y.Count == 0 ? 0 : (double)x.Intersect(y).Count() / (longer ? Math.Max(x.Count, y.Count) : Math.Min(x.Count, y.Count));
    }

    // ---- conflicts ----

    /// <summary>
    /// Aligned facts of one kind that differ in one value slot are in conflict when something else ties them to
    /// one occurrence: both dated (compatibly), both placed alike, or both with the same two sides. Without such
    /// an anchor two counts are two facts (26 detained in 2020 and 6 detained at the border).
    /// </summary>
    private static List<FactConflict> Conflicts(List<AlignedFact> facts, Dictionary<string, string> placeKeys)
    {
        var conflicts = new List<FactConflict>();
        var candidates = facts.Where(f => f.Lead.Kind is FactKind.Event or FactKind.Quantity).ToList();
        var used = new HashSet<AlignedFact>();
        foreach (var fact in candidates)
        {
            if (used.Contains(fact) || Profile(fact).HowMany is null)
            {
                continue;
            }
            // Every side is a rival of every other: 26 and 6 may each rival 32 without being one count.
            var sides = new List<AlignedFact> { fact };
            foreach (var o in candidates)
            {
                if (o != fact && !used.Contains(o) && sides.All(side => CountRivals(side, o, placeKeys)))
                {
                    sides.Add(o);
                }
            }
            if (sides.Count == 1)
            {
                continue;
            }
            used.UnionWith(sides);
            conflicts.Add(CountConflict(sides));
        }
        return conflicts;
    }

    private static bool CountRivals(AlignedFact a, AlignedFact b, Dictionary<string, string> placeKeys)
    {
        var x = Profile(a);
        var y = Profile(b);
        if (x.Kind != y.Kind || x.DidKey != y.DidKey || Stance(x.Modality) != Stance(y.Modality) || y.HowMany is null || x.HowMany == y.HowMany
            || !PartiesAgree(x.Who, y.Who) || !PartiesAgree(x.Whom, y.Whom) || !DatesAgree(x.When, y.When))
        {
            return false;
        }
        // A span ("at different times over three years") dates no one occurrence.
        var dated = x.When is not null && y.When is not null && !x.When.Contains('/', StringComparison.Ordinal) && !y.When.Contains('/', StringComparison.Ordinal);
        var placed = x.Where is not null && y.Where is not null && PlaceKey(x.Where, placeKeys) == PlaceKey(y.Where, placeKeys);
        var sides = x.Who is not null && y.Who is not null && x.Whom is not null && y.Whom is not null;
        var measured = x.Kind == FactKind.Quantity && x.DidKey.Split('/')[^1].Length > 0;
        return dated || placed || sides || measured;
    }

    /// <summary>The aligned fact's slots, each from the first statement that fills it.</summary>
    private static Fact Profile(AlignedFact fact) => fact.Lead with
    {
        Who = fact.Statements.Select(s => s.Who).FirstOrDefault(w => w is not null),
        Whom = fact.Statements.Select(s => s.Whom).FirstOrDefault(w => w is not null),
        HowMany = fact.Statements.Select(s => s.HowMany).FirstOrDefault(n => n is not null),
        When = fact.Statements.Select(s => s.When).FirstOrDefault(w => w is not null),
        Where = fact.Statements.Select(s => s.Where).FirstOrDefault(w => w is not null),
    };

    private static FactConflict CountConflict(List<AlignedFact> facts)
    {
        var sides = facts.GroupBy(f => Profile(f).HowMany!.Value)
            .Select(g => new ConflictSide(g.Key.ToString(CultureInfo.InvariantCulture), g.Key, [.. g],
                [.. g.SelectMany(f => f.Sources).Distinct(StringComparer.OrdinalIgnoreCase)]))
            .OrderBy(s => s.Number).ToList();
        var selfInconsistent = facts.SelectMany(f => f.Statements.Select(s => (s.Citation.Article, Value: Profile(f).HowMany)))
            .GroupBy(x => x.Article).Where(g => g.Select(x => x.Value).Distinct().Count() > 1).Select(g => g.Key).ToList();
        var best = sides.OrderByDescending(s => s.Sources.Count).ThenBy(s => s.Number).First();
        return new FactConflict(selfInconsistent.Count > 0 ? ConflictKind.SelfInconsistent : ConflictKind.Disputed, "how many", sides, selfInconsistent)
        {
            Count = new CountEstimate(sides[0], best, sides[^1]),
        };
    }

    // ---- names only one source gives ----

    private static List<SingleSourceMention> SingleSourceMentions(List<ClaimArticle> articles, List<NameMention> mentions, IReadOnlyList<NameGroup> names)
    {
        // Who names whom: a name is matched across outlets by its unified spelling ("Arutyunyan" is
        // "Harutyunyan"), and a person by surname, so "Aliyev" in one and "Ilham Aliyev" in another agree.
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in names)
        {
            foreach (var variant in group.Variants)
            {
                canonical.TryAdd(variant.Text, group.Canonical);
            }
        }
        var bySource = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var named = new List<(string Source, string Name, string Key, ClaimArticle Article, int Sentence)>();
        var byArticle = mentions.ToLookup(m => m.Article);
        foreach (var article in articles)
        {
            bySource.TryAdd(article.Outlet, []);
            // The outlets an article cites (BBC, Azertag) are its sources, not names it reports.
            var cited = article.Article.Attribution.Cited.Select(c => NameKeys.Key(c.Name)).ToHashSet(StringComparer.Ordinal);
            foreach (var m in byArticle[article.Id].Where(m => Reconciliation.MentionLabels.Contains(m.Label) && !cited.Contains(NameKeys.Key(m.Text))))
            {
                var text = canonical.GetValueOrDefault(NameVariants.Trimmed(m.Text), m.Text);
                var key = m.Label == EntityLabel.PER ? NameKeys.Key(text.Split(' ')[^1]) : NameKeys.Key(text);
                bySource[article.Outlet].Add(key);
                named.Add((article.Outlet, m.Text, key, article, m.Sentence));
            }
        }
        if (bySource.Count < 2)
        {
            return [];
        }
        return [.. named.Where(n => bySource.Count(kv => kv.Value.Contains(n.Key)) == 1)
            .GroupBy(n => (n.Article.Id, n.Sentence))
            .Select(g => new SingleSourceMention(g.First().Source, [.. g.Select(n => n.Name).Distinct()], g.First().Article.Cite(g.Key.Sentence)))];
    }

    // ---- framing ----

    // Whose words a loaded phrase is when it lies inside a quote's content.
    private static string? Quoting(ClaimArticle article, FramingCue cue)
    {
        foreach (var q in article.Quotes)
        {
            if (q.Content.Pieces.Any(p => p.Start <= cue.Start && cue.End <= p.Start + p.Length))
            {
                return q.ResolvedSpeaker ?? q.Speaker?.Text ?? "an unnamed source";
            }
        }
        return null;
    }

    private OutletFraming Framing(string outlet, List<ClaimArticle> articles, List<AlignedFact> facts)
    {
        var wording = articles.SelectMany(a => framing.Find(a.Text).Select(c => new FramingCite(c, a.Cite(c.Sentence)) { Quoting = Quoting(a, c) })).ToList();
        var voices = articles.SelectMany(a => a.Quotes.Where(q => q.FirstSentence < a.Text.Sentences.Count).Select(q => VoiceOf(a, q))).ToList();
        var omits = facts.Where(f => f.Lead.Kind is FactKind.Event or FactKind.Statement
            && f.Statements.All(s => !s.Citation.Outlet.Equals(outlet, StringComparison.OrdinalIgnoreCase))).ToList();
        return new OutletFraming(outlet, wording, voices, omits);
    }

    private static readonly string[] ExpertWords = ["expert", "analyst", "professor", "scholar", "researcher", "historian", "economist", "political scientist", "observer"];

    private static readonly string[] OfficialWords = ["president", "minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "official", "ambassador",
        "government", "prime", "governor", "mayor", "commander", "general", "office", "administration", "secretary", "deputy", "parliament", "senator", "chancellor"];

    /// <summary>Whose voice a quote carries: the speaker's words and title say whether an official (and of which
    /// country), an expert, an organization, or no one named.</summary>
    private static Voice VoiceOf(ClaimArticle article, Quotes.Quote quote)
    {
        var citation = article.Cite(quote.FirstSentence);
        if (quote.Speaker is null)
        {
            return new Voice("(no one named)", "unnamed", null, quote.CueLemma, citation);
        }
        var speaker = quote.ResolvedSpeaker ?? quote.Speaker.Text;
        var sentence = article.Text.Sentences[quote.FirstSentence];
        var context = sentence.Spans.Count == 0 ? speaker : WordsAround(article, quote);
        var lower = context.ToLowerInvariant();
        var entities = sentence.Entities.Where(e => sentence.Spans.Count > 0
            && sentence.Spans[e.Start].Start < quote.Speaker.End && sentence.Spans[e.End - 1].Start >= quote.Speaker.Start - 80).ToList();
        var country = entities.FirstOrDefault(e => e.Label is EntityLabel.NORP or EntityLabel.GPE)?.Value;
        var role = entities.FirstOrDefault(e => e.Role is not null)?.Role?.ToLowerInvariant() ?? "";
        var kind = ExpertWords.Any(w => lower.Contains(w, StringComparison.Ordinal) || role.Contains(w, StringComparison.Ordinal)) ? "expert"
            : OfficialWords.Any(w => lower.Contains(w, StringComparison.Ordinal) || role.Contains(w, StringComparison.Ordinal)) ? "official"
            : entities.Any(e => e.Label == EntityLabel.ORG) ? "organization"
            : entities.Any(e => e.Label == EntityLabel.PER) ? "person" : "other";
        return new Voice(speaker, kind, kind == "official" ? country : null, quote.CueLemma, citation);
    }

    /// <summary>The speaker's phrase with the words just before it, where titles and affiliations sit ("international relations expert").</summary>
    private static string WordsAround(ClaimArticle article, Quotes.Quote quote)
    {
        var start = Math.Max(0, quote.Speaker!.Start - 60);
        return article.Text.Text[start..quote.Speaker.End];
    }
}
