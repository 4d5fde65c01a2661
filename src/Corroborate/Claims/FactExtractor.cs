using System.Text.RegularExpressions;
using Corroborate.Documents;
using Corroborate.Events;
using Corroborate.Language;

namespace Corroborate.Claims;

/// <summary>
/// Turns what the earlier stages found in one article — events, amounts, statements about how an agreement
/// came about, quotes — into <see cref="Fact"/>s with slots, each citing its sentence and the source the
/// sentence names for it.
/// </summary>
public static partial class FactExtractor
{
    public static IReadOnlyList<Fact> Extract(ClaimArticle article)
    {
        var sources = SentenceSources(article);
        var facts = new List<Fact>();
        var counted = new HashSet<(int Sentence, int Word)>();
        foreach (var e in article.Events)
        {
            foreach (var c in e.Counts)
            {
                for (var w = c.Start; w < c.End; w++)
                {
                    counted.Add((e.Sentence, w));
                }
            }
            // One deed of one actor with one count in one sentence is one fact, however many targets the parse
            // read into it ("release 32 servicemen and Armenia ..." gives Armenia as a second target).
            if (EventFact(article, e) is { } fact && !facts.Any(f => f.Kind == FactKind.Event && f.Citation.Sentence == fact.Citation.Sentence
                && f.DidKey == fact.DidKey && f.Who?.Code == fact.Who?.Code && f.HowMany is not null && f.HowMany == fact.HowMany))
            {
                facts.Add(WithSource(fact, sources[e.Sentence]));
            }
        }
        for (var s = 0; s < article.Text.Sentences.Count; s++)
        {
            facts.AddRange(QuantityFacts(article, s, counted).Select(f => WithSource(f, sources[s])));
            if (StatementFact(article, s) is { } statement)
            {
                facts.Add(WithSource(statement, sources[s]));
            }
        }
        foreach (var q in article.Quotes)
        {
            if (q.Speaker is null || q.FirstSentence >= article.Text.Sentences.Count)
            {
                continue;
            }
            var speaker = q.ResolvedSpeaker ?? q.Speaker.Text;
            facts.Add(new Fact(FactKind.Quote, q.CueLemma, "QUOTE", Modality.Asserted, article.Cite(q.FirstSentence))
            {
                Who = new FactParty(speaker, null, NameKeys.Key(speaker)),
                Content = q.Content.Text,
                AccordingTo = speaker,
            });
        }
        return facts;
    }

    /// <summary>An event as a fact; null for one too vague to compare (no actor code, no count) or only supposed.</summary>
    private static Fact? EventFact(ClaimArticle article, EventRecord e)
    {
        // A hypothetical event ("could tempt a new war") is nobody's claim of a deed; leaving it out is what keeps
        // speculation from ever reaching the report as a fact.
        if (e.Modality == Modality.Hypothetical)
        {
            return null;
        }
        var who = FactParty.Of(e.Source);
        var whom = FactParty.Of(e.Target);
        var count = e.Counts.Count > 0 ? e.Counts[0] : null;
        if ((who is null || who.Code.Length == 0) && (whom is null || whom.Code.Length == 0) && count is null)
        {
            return null;
        }
        var dated = e.Date is not null && e.DatePrecision is not null and not "published";
        return new Fact(FactKind.Event, e.Mode ?? e.Event.ToLowerInvariant(), $"{e.Event}/{e.Mode}", e.Modality, article.Cite(e.Sentence))
        {
            Who = who is { Code.Length: > 0 } ? who : null,
            Whom = whom is { Code.Length: > 0 } || count is null ? whom : null,
            HowMany = count?.Number,
            HowManyRole = count?.Role,
            When = dated ? e.Date : null,
            WhenPrecision = dated ? e.DatePrecision : null,
            Where = e.Place,
            WhereCountry = e.PlaceCountry,
        };
    }

    /// <summary>Amounts with a unit that no event counted ("the 44-day war"): the unit and the word they measure.</summary>
    private static IEnumerable<Fact> QuantityFacts(ClaimArticle article, int s, HashSet<(int, int)> counted)
    {
        var sentence = article.Text.Sentences[s];
        foreach (var entity in sentence.Entities)
        {
            if (entity.Label is not (EntityLabel.QUANTITY or EntityLabel.MONEY or EntityLabel.PERCENT) || entity.Number is not { } number
                || counted.Contains((s, entity.Start)))
            {
                continue;
            }
            var unit = entity.Unit ?? entity.Label.ToString().ToLowerInvariant();
            var measured = MeasuredWord(sentence, entity);
            yield return new Fact(FactKind.Quantity, measured is null ? unit : $"{measured}: {unit}", $"QUANTITY/{unit}/{measured}", Modality.Asserted, article.Cite(s))
            {
                HowMany = number,
                HowManyRole = unit,
            };
        }
    }

    /// <summary>The noun an amount measures: the head of the amount's last word when it is a noun outside the amount.</summary>
    private static string? MeasuredWord(AnnotatedSentence sentence, Entity entity)
    {
        if (sentence.Dependencies.Count == 0)
        {
            return null;
        }
        var head = sentence.Dependencies[entity.End - 1].Head - 1; // heads count from 1
        return head >= 0 && (head < entity.Start || head >= entity.End) && sentence.Tags[head].Upos is "NOUN" or "PROPN"
            ? sentence.Words[head].ToLowerInvariant()
            : null;
    }

    /// <summary>
    /// Whether talks or an agreement went through a third party is a variable conflict data records for every
    /// settlement (UCDP's peace agreement data among them), and outlets state it in a few set ways.
    /// </summary>
    private static Fact? StatementFact(ClaimArticle article, int s)
    {
        var citation = article.Cite(s);
        return NoMediation().IsMatch(citation.Text)
            ? new Fact(FactKind.Statement, "agreed directly, without third-party mediation", "STATEMENT/no-mediation", Modality.Asserted, citation)
            : null;
    }

    [GeneratedRegex(@"\bwithout\s+(?:the\s+|any\s+)?(?:involvement|participation|mediation|help)\s+of\s+(?:a|any)\s+third\b|\bwithout\s+(?:any\s+)?(?:mediators?|mediation|intermediar(?:y|ies))\b|\bnot\b[^.;]{0,60}\b(?:mediation|involvement)\s+of\s+any\s+third\b|\bdirect\s+(?:negotiations|talks|consent|contacts|dialogue)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoMediation();

    /// <summary>For each sentence, the source the article names in it ("according to Azertag", "citing BBC"), if any.</summary>
    private static (string? Name, bool Outlet)[] SentenceSources(ClaimArticle article)
    {
        var result = new (string?, bool)[article.Text.Sentences.Count];
        for (var s = 0; s < result.Length; s++)
        {
            var text = article.Cite(s).Text;
            foreach (var cited in article.Article.Attribution.Cited)
            {
                if (text.Contains(cited.Evidence, StringComparison.Ordinal))
                {
                    result[s] = (cited.Name, cited.Kind == SourceKind.Outlet);
                    break;
                }
            }
        }
        // A quote's speaker is the source of the sentences the quote covers.
        foreach (var q in article.Quotes)
        {
            if (q.Speaker is null)
            {
                continue;
            }
            for (var s = q.FirstSentence; s <= q.LastSentence && s < result.Length; s++)
            {
                if (result[s].Item1 is null)
                {
                    var name = q.ResolvedSpeaker ?? q.Speaker.Text;
                    var cited = article.Article.Attribution.Cited.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                    result[s] = (name, cited?.Kind == SourceKind.Outlet);
                }
            }
        }
        return result;
    }

    private static Fact WithSource(Fact fact, (string? Name, bool Outlet) source) =>
        source.Name is null ? fact : fact with { AccordingTo = source.Name, AccordingToOutlet = source.Outlet };
}
