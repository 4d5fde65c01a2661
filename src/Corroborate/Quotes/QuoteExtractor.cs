using Corroborate.Language;

namespace Corroborate.Quotes;

/// <summary>
/// Finds quotes — direct, indirect and mixed — in an annotated text: who is cited (the speaker span as
/// written, a pronoun resolved to the nearest person named before it), the cue, and what was said.
/// </summary>
/// <remarks>
/// <para>Cues are the verbs and nouns of <see cref="CueLexicon"/>, "according to", and a speaker's name
/// with a colon opening a paragraph (transcripts: "WALLACE: ..."). For a verb the dependency parse gives
/// the speaker (its subject; the agent of a passive; the subject of the verb it depends on for "saying",
/// "continued to call for") and the content (its clausal complement, "that ..." included, or its object
/// for verbs whose object is what was said). When the cue stands in an aside ("..., sources said." or
/// "“...,” he said, “...”"), the parse of the rest is less reliable than the commas around the aside, so
/// the content is the rest of the sentence.</para>
/// <para>Quotation marks decide what the parse cannot see: a quotation that runs over several sentences
/// belongs whole to the quote whose content it starts in, and a quotation that opens the sentence right
/// after "“...,” he said." continues that quote. No cue is looked for inside quotation marks or inside
/// another quote's content, since one cue's content is not a second quote (PolNeAR gives each word one
/// role in one attribution).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class QuoteExtractor(CueLexicon lexicon)
{
    /// <summary>The extractor over the shipped cue table.</summary>
    public static QuoteExtractor Default { get; } = new(CueLexicon.Default);

    public CueLexicon Lexicon { get; } = lexicon;

    /// <summary>The quotes of <paramref name="text"/>, in the order of their cues. The text must have been
    /// annotated from text (each word placed by <see cref="AnnotatedSentence.Spans"/>) and parsed.</summary>
    public IReadOnlyList<Quote> Extract(AnnotatedText text)
    {
        var document = new Document(text);
        var quotes = new List<Quote>();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.Words == 0 || sentence.Heads.Length == 0)
            {
                continue;
            }
            if (Transcript(document, s) is { } turn)
            {
                quotes.Add(turn);
                continue;
            }
            if (Signed(document, s) is { } signed)
            {
                quotes.Add(signed);
            }
            if (s == 0 && Headline(document) is { } headline)
            {
                quotes.Add(headline);
                continue;
            }
            if (AfterQuotation(document, s) is { } split)
            {
                quotes.Add(split);
                continue;
            }
            if (Candidates(sentence).DefaultIfEmpty(-1).Max() is var tail and >= 0 && !document.InQuotation(s, tail) && Tail(document, s, tail) is { } closing)
            {
                quotes.Add(closing);
            }
            foreach (var cue in Candidates(sentence).OrderBy(sentence.Depth).ThenBy(c => c))
            {
                if (sentence.Claimed[cue] || document.InQuotation(s, cue) || Find(document, s, cue) is not { } quote)
                {
                    continue;
                }
                quotes.Add(quote);
            }
            foreach (var verb in OtherVerbs(sentence).OrderBy(sentence.Depth).ThenBy(c => c))
            {
                if (!sentence.Claimed[verb] && !document.InQuotation(s, verb) && OtherVerb(document, s, verb) is { } quote)
                {
                    quotes.Add(quote);
                }
            }
        }
        return [.. quotes.OrderBy(q => q.Cue.Start)];
    }

    // Words that may be cues: verbs and speech nouns of the table, and "according" of "according to".
    private IEnumerable<int> Candidates(Sentence sentence)
    {
        for (var i = 0; i < sentence.Words; i++)
        {
            var upos = sentence.Tags[i].Upos;
            if (IsAccordingTo(sentence, i) || IsNamedAfterQuotation(sentence, i) || IsMistaggedBeforeThat(sentence, i)
                || (upos == "VERB" && Lexicon.Verb(sentence.Word(i)) is not null)
                || (upos == "NOUN" && Lexicon.Noun(sentence.Word(i)) is not null))
            {
                yield return i;
            }
        }
    }

    // Verbs outside the table whose subject is someone (a person, a body, a pronoun for one): PolNeAR counts
    // what someone does to a thing or a proposition ("Trump openly admires Putin", "The Dallas Morning News
    // backed Clinton") as an attribution too.
    private IEnumerable<int> OtherVerbs(Sentence sentence)
    {
        for (var i = 0; i < sentence.Words; i++)
        {
            if (sentence.Tags[i].Upos == "VERB" && Lexicon.Verb(sentence.Word(i)) is null && !NotActs.Contains(sentence.Lower(i)))
            {
                yield return i;
            }
        }
    }

    private static readonly HashSet<string> NotActs = new(StringComparer.Ordinal)
    {
        "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "get", "gets", "got", "getting",
        "become", "became", "becomes", "remain", "remains", "remained",
    };

    private static Quote? OtherVerb(Document document, int s, int verb)
    {
        var sentence = document.Sentences[s];
        var subject = sentence.Children(verb).FirstOrDefault(c => sentence.Relation(c) == "nsubj", -1);
        if (subject < 0 || sentence.Claimed[subject] || !IsSomeone(sentence, subject))
        {
            return null;
        }
        var complement = sentence.Children(verb).FirstOrDefault(c => c > verb && sentence.Relation(c) == "ccomp", -1);
        if (complement < 0)
        {
            return null;
        }
        var speaker = sentence.Subtree(subject);
        var cueWords = CueWords(sentence, verb);
        var last = Math.Max(verb, cueWords.DefaultIfEmpty(verb).Max());
        var content = Enumerable.Range(last + 1, Math.Max(0, sentence.Subtree(complement).Max() - last)).ToList();
        if (content.Any(t => sentence.Claimed[t]) || speaker.Any(t => sentence.Claimed[t]))
        {
            return null;
        }
        return Build(document, s, speaker, [.. cueWords.Append(verb).Order()], sentence.Lower(verb), content);
    }

    private static bool IsSomeone(Sentence sentence, int word)
    {
        if (sentence.Entities.Any(e => e.Start <= word && word < e.End && e.Label is EntityLabel.PER or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP))
        {
            return true;
        }
        var lower = sentence.Lower(word);
        return sentence.Tags[word].Upos switch
        {
            "PRON" => lower is "he" or "she" or "they" or "we" or "i" or "you" or "who",
            "PROPN" => true,
            "NOUN" => Agents.Contains(lower) || (lower.EndsWith('s') && Agents.Contains(lower[..^1])),
            _ => false,
        };
    }

    private static readonly HashSet<string> Agents = new(StringComparer.Ordinal)
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "campaign", "candidate", "nominee", "president",
        "senator", "lawmaker", "leader", "voter", "supporter", "critic", "expert", "analyst", "economist", "researcher", "author", "group",
        "committee", "panel", "court", "judge", "government", "administration", "party", "poll", "survey", "study", "report", "ad", "governor",
        "mayor", "democrat", "republican", "member", "people", "american", "company", "bank", "agency", "department", "network", "newspaper",
        "paper", "board", "commission", "council", "source", "prosecutor", "lawyer", "attorney", "police", "officer", "activist", "protester",
        "woman", "man", "resident", "worker", "student", "parent", "team", "staff", "staffer", "strategist", "pollster", "donor", "chairman",
        "director", "secretary", "minister", "congressman", "congresswoman", "representative", "organization", "foundation", "union", "editor",
        "reporter", "journalist", "host", "moderator", "clinton", "trump", "conservative", "liberal", "progressive", "majority", "minority",
    };

    private Quote? Find(Document document, int s, int cue)
    {
        var sentence = document.Sentences[s];
        if (IsAccordingTo(sentence, cue))
        {
            return AccordingTo(document, s, cue);
        }
        if (IsMistaggedBeforeThat(sentence, cue))
        {
            return MistaggedBeforeThat(document, s, cue);
        }
        return sentence.Tags[cue].Upos == "NOUN" && !IsNamedAfterQuotation(sentence, cue) ? SpeechNoun(document, s, cue) : SpeechVerb(document, s, cue);
    }

    private Quote? SpeechVerb(Document document, int s, int cue)
    {
        var sentence = document.Sentences[s];
        var word = Lexicon.Verb(sentence.Word(cue))!;
        if (cue == Dateline(sentence) && sentence.Tags[cue].Xpos == "VB")
        {
            // "Recall that ...", "Note that ...": an imperative opening the sentence asks the reader; no one is cited.
            return null;
        }
        var passive = sentence.Children(cue).Any(c => sentence.Relation(c) is "aux:pass" or "nsubj:pass");
        var speaker = Speaker(sentence, cue, passive);
        if (speaker is not null && speaker.Any(t => document.InQuotation(s, t)))
        {
            // The parse made the quotation the verb's subject ("“There's a disconnect,” Flynn said").
            speaker = null;
        }
        if (speaker is null && !passive)
        {
            speaker = PrecedingSpeaker(document, s, cue);
        }
        if (speaker is { Count: > 0 } && TitleBeforeSpeaker(sentence, cue, speaker.Min()) is { } title)
        {
            // "Shipping analyst Marta Kowalczyk said": the parse may hang the title on the verb; it is the speaker's.
            speaker = [.. title.Concat(speaker).Order()];
        }
        var complement = Complement(sentence, cue, word);
        // The cue's own clause: the cue, its speaker, auxiliaries and the modifiers that say when, where
        // and to whom ("told reporters on Monday"), but not what was said.
        var clause = new HashSet<int> { cue };
        clause.UnionWith(CueWords(sentence, cue));
        if (speaker is not null)
        {
            clause.UnionWith(speaker);
        }
        // A "that" after the cue opens what was said, even where the parse hung it inside a modifier of the cue
        // ("has said many times that the link pays": "that …" under "times").
        var opening = Enumerable.Range(cue + 1, Math.Max(0, sentence.Words - cue - 1))
            .FirstOrDefault(t => sentence.Lower(t) == "that" && (sentence.Tags[t].Upos == "SCONJ" || sentence.Relation(t) == "mark"), sentence.Words);
        foreach (var c in sentence.Children(cue))
        {
            var relation = sentence.Relation(c);
            // Modifiers after a complement that follows the cue are part of what was said ("called her vote a mistake").
            // and modifiers before the speaker ("Probably not," Ms. Moore said) are not the clause's either.
            var before = (complement is not { } k || k < cue || c < k) && c > clause.Min();
            if (c != complement && before && (relation is "iobj" or "advmod" or "compound:prt" or "nmod:tmod" or "nmod:unmarked" || relation.StartsWith("obl", StringComparison.Ordinal)
                || (relation == "obj" && !word.TakesObject)))
            {
                clause.UnionWith(Phrase(sentence, c).Where(t => t < opening));
            }
        }
        // The clause's edges are its words, not the commas the parse hung on them.
        var words = clause.Where(t => !sentence.IsPunctuation(t)).DefaultIfEmpty(cue).ToList();
        var (first, last) = (words.Min(), words.Max());
        var start = Dateline(sentence);
        List<int>? content = null;
        // ", who has said that ..." is a relative clause, not an aside: what was said follows the verb.
        var relative = sentence.Lower(first) is "who" or "which";
        var aside = word.Aside && !relative && IsAside(sentence, first, last) && !(complement is { } k0 && k0 > cue && FrontedModifier(sentence, cue, start, first));
        if (complement is { } c1 && c1 > cue && !aside)
        {
            // From the cue clause to the complement's end: a "that" or quotation mark the parse hung
            // elsewhere still belongs to what was said.
            // A clause the parse joined to the cue after a comma (", adding that ...") goes on about the
            // sentence, not about what was said; a bare participle (", reported by BBC") still qualifies it.
            var goesOn = sentence.Children(cue).Where(c => c > c1 && sentence.Relation(c) == "conj" && AfterComma(sentence, c) && !IsBareParticiple(sentence, c))
                .SelectMany(sentence.Subtree).ToHashSet();
            var end = sentence.Subtree(cue).Where(t => t > last && !sentence.IsPunctuation(t) && !goesOn.Contains(t)).DefaultIfEmpty(sentence.Subtree(c1).Max()).Max();
            content = [.. Enumerable.Range(last + 1, Math.Max(0, end - last))];
        }
        else if (speaker is null && aside && Enumerable.Range(start, first - start).All(t => !IsFinite(sentence, t) && !Sentence.IsClosingQuote(sentence.Word(t)))
            && Enumerable.Range(last + 1, sentence.Words - last - 1).Any(t => IsFinite(sentence, t))
            && Enumerable.Range(start, first - start).FirstOrDefault(t => sentence.Word(t) == ",", -1) is var comma and > 0)
        {
            // "Trump, speaking to a veterans group, said he would ...": what stands before the comma is who spoke,
            // with an aside of its own, and what follows the verb is what was said.
            speaker = [.. Enumerable.Range(start, comma - start)];
            content = [.. Enumerable.Range(last + 1, sentence.Words - last - 1)];
        }
        else if (aside || (complement is { } c2 && c2 < cue && IsAside(sentence, first, last)))
        {
            content = [.. Enumerable.Range(start, sentence.Words - start).Where(t => t < first || t > last)];
            if (speaker is not null && speaker.Min() > cue)
            {
                // "“...,” said Robert McAtee, one of several veterans who ...": after an inverted speaker only
                // a quotation that goes on is what was said, not the speaker's description.
                var reopens = Enumerable.Range(speaker.Max() + 1, sentence.Words - speaker.Max() - 1).FirstOrDefault(t => Sentence.IsOpeningQuote(sentence.Word(t)), sentence.Words);
                content.RemoveAll(t => t > speaker.Max() && t < reopens);
            }
            if (speaker is null)
            {
                // "..., said Smith, a spokesman": the parse may miss the inverted subject.
                speaker = InvertedSpeaker(sentence, cue);
                if (speaker is not null)
                {
                    content.RemoveAll(speaker.Contains);
                    if (speaker.Max() + 2 < sentence.Words && sentence.Lower(speaker.Max() + 2) is "who" or "which")
                    {
                        // The speaker's relative clause is not what the cue reports.
                        content.RemoveAll(t => t > speaker.Max());
                    }
                }
            }
        }
        else if (word.Aside && (first == 0 || (speaker is not null && first == speaker.Min())))
        {
            // "The commission says on its website that ..." parsed with the clause under "website": a speech
            // verb after its speaker says what follows, whatever the parse made of it.
            if (Enumerable.Range(last + 1, sentence.Words - last - 1).Any(t => !sentence.IsPunctuation(t)))
            {
                content = [.. Enumerable.Range(last + 1, sentence.Words - last - 1)];
            }
        }
        if (content is null && word.Aside && !Enumerable.Range(last + 1, sentence.Words - last - 1).Any(t => !sentence.IsPunctuation(t)))
        {
            // "“...,” Trump lawyer Marc Kasowitz said." parsed in a tangle: a speech verb ending the sentence
            // reports what comes before the last closing mark or comma, and whoever stands between.
            var mark = Enumerable.Range(start, Math.Max(0, cue - start)).LastOrDefault(t => Sentence.IsClosingQuote(sentence.Word(t)) || sentence.Word(t) == ",", -1);
            var between = Enumerable.Range(mark + 1, Math.Max(0, cue - mark - 1)).Where(t => !CueWords(sentence, cue).Contains(t)).ToList();
            // Whoever stands between names someone: no verb of its own ("the public has started to be concerned
            // ...: can other leaders be added?" is a question, not a quote), and a passive cue names no speaker there.
            if (mark > start && !passive && !between.Any(t => IsFinite(sentence, t)))
            {
                content = [.. Enumerable.Range(start, mark - start + 1)];
                speaker = between.Count > 0 && between.Any(t => !sentence.IsPunctuation(t)) ? [.. between.Union(speaker ?? [])] : speaker;
            }
        }
        var cueWords = clause.Where(t => t == cue || CueWords(sentence, cue).Contains(t)).Order().ToList();
        if (content is null && complement is null && last + 1 < sentence.Words && sentence.Word(last + 1) == ":"
            && !Enumerable.Range(last + 2, sentence.Words - last - 2).Any(t => !sentence.IsPunctuation(t)))
        {
            return Introduced(document, s, speaker, cueWords, word.Lemma);
        }
        if (content is null)
        {
            return null;
        }
        return Build(document, s, speaker, cueWords, word.Lemma, content);
    }

    // "He said:" or "The New York Times reports:" ending a sentence: what was said is the quotation (or the
    // sentence) that comes next, in a new paragraph as often as not.
    private static Quote? Introduced(Document document, int s, List<int>? speakerWords, List<int> cueWords, string lemma)
    {
        if (s + 1 >= document.Sentences.Length || document.Sentences[s + 1].Words == 0 || document.Sentences[s + 1].Claimed.Any(c => c))
        {
            return null;
        }
        var next = document.Sentences[s + 1];
        var whole = document.Piece(s + 1, 0, next.Words - 1);
        var quotation = Sentence.IsOpeningQuote(next.Word(0)) ? document.QuotationStartingAt(whole.Start) : null;
        List<TextSpan> content = [quotation ?? whole];
        var text = document.Text.Text;
        document.Claim(content);
        var sentence = document.Sentences[s];
        foreach (var t in cueWords.Concat(speakerWords ?? []))
        {
            sentence.Claimed[t] = true;
        }
        var speaker = speakerWords is { Count: > 0 } && document.Pieces(s, speakerWords) is { Count: > 0 } pieces ? QuotePart.Of(text, pieces) : null;
        var (name, role) = speaker is null ? (null, null) : SpeakerNames.Describe(document, s, speakerWords!);
        var cue = QuotePart.Of(text, Document.Merge(text, [.. cueWords.Select(t => document.Piece(s, t, t))]));
        var lastSentence = document.SentenceAt(content[0].End - 1);
        return new Quote(document.Kind(content), speaker, cue, lemma, QuotePart.Of(text, content), s, lastSentence)
        {
            ResolvedSpeaker = name,
            SpeakerRole = role,
        };
    }

    // "“...,” Rep. Gwen Moore (D-Wis.) said Friday." or "..., a source said.": a speech verb ending the sentence
    // after a closing mark or a comma, with only a name between, is the commonest attribution in news, and its
    // shape says more than a parse that may hang the verb anywhere. What comes before the mark is what was said;
    // when another speech verb stands there outside quotation marks ("DuVernay said she felt ... “...,” she
    // said"), only the quotation ending at the mark.
    private Quote? Tail(Document document, int s, int cue)
    {
        var sentence = document.Sentences[s];
        if (Lexicon.Verb(sentence.Word(cue)) is not { } word || (sentence.Tags[cue].Upos != "VERB" && !IsNamedAfterQuotation(sentence, cue)))
        {
            return null;
        }
        var after = Enumerable.Range(cue + 1, sentence.Words - cue - 1).Where(t => !sentence.IsPunctuation(t)).ToList();
        // After the verb only when and where it was said: "said Friday", "said at a Washington event this month".
        if (after.Count > 7 || after.Any(t => sentence.Tags[t].Upos is not ("ADP" or "DET" or "NOUN" or "PROPN" or "NUM" or "ADJ" or "CCONJ") || sentence.Lower(t) == "that")
            || Enumerable.Range(cue + 1, sentence.Words - cue - 1).Any(t => Sentence.IsOpeningQuote(sentence.Word(t))))
        {
            return null;
        }
        var cueWords = CueWords(sentence, cue);
        var start = Dateline(sentence);
        var mark = Enumerable.Range(start, Math.Max(0, cue - start)).LastOrDefault(t => Sentence.IsClosingQuote(sentence.Word(t)) || sentence.Word(t) == ",", -1);
        if (mark <= start)
        {
            return null;
        }
        var between = Enumerable.Range(mark + 1, cue - mark - 1).Where(t => !cueWords.Contains(t)).ToList();
        var names = between.Where(t => !sentence.IsPunctuation(t)).ToList();
        if (names.Count is 0 or > 16 || names.Any(t => IsFinite(sentence, t) || sentence.Tags[t].Upos is "SCONJ" or "ADV" || sentence.Lower(t) is "that" or "which" or "what")
            || !IsSomeone(sentence, names[^1]) && !IsSomeone(sentence, names[0]))
        {
            return null;
        }
        var content = Enumerable.Range(start, mark - start + 1).ToList();
        if (!content.Any(t => sentence.Tags[t].Upos is "VERB" or "AUX" || Sentence.IsClosingQuote(sentence.Word(t))))
        {
            // "After the deal, he agreed.": what comes before the comma says when, not what.
            return null;
        }
        var heard = content.Any(t => sentence.Tags[t].Upos == "VERB" && Lexicon.Verb(sentence.Word(t)) is { Aside: true } && !document.InQuotation(s, t));
        if (heard)
        {
            var closingMark = Sentence.IsClosingQuote(sentence.Word(mark)) ? mark : mark > 0 && Sentence.IsClosingQuote(sentence.Word(mark - 1)) ? mark - 1 : -1;
            if (closingMark < 0 || document.QuotationEndingAt(sentence.Spans[closingMark].End) is not { } quotation || quotation.Start < sentence.Spans[start].Start)
            {
                return null;
            }
            content.RemoveAll(t => sentence.Spans[t].Start < quotation.Start);
        }
        if (content.Count == 0 || content.Any(t => sentence.Claimed[t]) || between.Any(t => sentence.Claimed[t]))
        {
            return null;
        }
        var quote = Build(document, s, between, [.. cueWords.Append(cue).Order()], word.Lemma, content);
        if (quote is not null)
        {
            // The cue and its speaker are this quote's: no second quote from the same verb.
            foreach (var t in between.Concat(cueWords).Append(cue))
            {
                sentence.Claimed[t] = true;
            }
        }
        return quote;
    }

    // "“Is it too big to manage?” Vitter demanded.": after a question or exclamation inside quotation marks
    // the sentence may be split, leaving a sentence of a name and a speech verb that reports the quotation before.
    private Quote? AfterQuotation(Document document, int s)
    {
        var sentence = document.Sentences[s];
        if (s == 0 || document.StartsParagraph(s) || document.Sentences[s - 1].Words == 0)
        {
            return null;
        }
        var previous = document.Sentences[s - 1];
        var close = previous.Words - 1;
        if (!Sentence.IsClosingQuote(previous.Word(close)) || close < 1 || previous.Word(close - 1) is not ("?" or "!")
            || document.QuotationEndingAt(previous.Spans[close].End) is not { } quotation)
        {
            return null;
        }
        var words = Enumerable.Range(0, sentence.Words).Where(t => !sentence.IsPunctuation(t)).ToList();
        var cue = words.FirstOrDefault(t => Lexicon.Verb(sentence.Word(t)) is not null && sentence.Tags[t].Upos is "VERB" or "NOUN", -1);
        if (cue <= 0 || words.Count > 12 || words.Count(t => t > cue) > 4 || words.Any(t => t != cue && IsFinite(sentence, t) && !CueWords(sentence, cue).Contains(t))
            || !IsSomeone(sentence, words[0]) && !IsSomeone(sentence, cue - 1))
        {
            return null;
        }
        var cueWords = CueWords(sentence, cue).Append(cue).Order().ToList();
        var speakerWords = Enumerable.Range(0, cue).Where(t => !cueWords.Contains(t)).ToList();
        var text = document.Text.Text;
        List<TextSpan> content = [quotation];
        document.Claim(content);
        sentence.ClaimAll();
        var (name, role) = SpeakerNames.Describe(document, s, speakerWords);
        var cuePart = QuotePart.Of(text, Document.Merge(text, [.. cueWords.Select(t => document.Piece(s, t, t))]));
        return new Quote(QuoteKind.Direct, QuotePart.Of(text, document.Pieces(s, speakerWords)), cuePart, Lexicon.Verb(sentence.Word(cue))!.Lemma,
            QuotePart.Of(text, content), document.SentenceAt(quotation.Start), s)
        { ResolvedSpeaker = name, SpeakerRole = role };
    }

    private Quote? SpeechNoun(Document document, int s, int cue)
    {
        var sentence = document.Sentences[s];
        // "his claim that ...", "a warning to ...": only with the clause, since the noun alone says nothing.
        var clause = sentence.Children(cue).FirstOrDefault(c => sentence.Relation(c) is "acl" or "ccomp" or "acl:relcl"
            && sentence.Children(c).Any(m => sentence.Relation(m) == "mark" && sentence.Lower(m) is "that" or "to")
            && sentence.Children(c).All(m => sentence.Lower(m) is not ("which" or "who")), -1);
        if (clause < 0)
        {
            return null;
        }
        var owner = sentence.Children(cue).FirstOrDefault(c => sentence.Relation(c) == "nmod:poss", -1);
        var speaker = owner < 0 ? null : sentence.Subtree(owner).Where(t => sentence.Relation(t) != "case" || t != sentence.Subtree(owner).Max()).ToList();
        return Build(document, s, speaker, [cue], Lexicon.Noun(sentence.Word(cue))!.Lemma, [.. sentence.Subtree(clause)]);
    }

    private static Quote? AccordingTo(Document document, int s, int cue)
    {
        var sentence = document.Sentences[s];
        var head = sentence.Head(cue);
        List<int> speaker;
        var comma = Enumerable.Range(cue + 2, sentence.Words - cue - 2).FirstOrDefault(t => sentence.Word(t) == ",", -1);
        if (cue == 0 && comma > cue + 2 && comma - cue < 14 && Enumerable.Range(cue + 2, comma - cue - 2).All(t => sentence.Tags[t].Upos is not ("VERB" or "AUX" or "PRON" or "SCONJ")))
        {
            // "According to energy expert Tomas Lindqvist, ...": the comma ends the source better than the
            // parse, which may leave the name out.
            speaker = [.. Enumerable.Range(cue + 2, comma - cue - 2)];
        }
        else if (head > cue + 1 && sentence.Tags[head].Upos is "NOUN" or "PROPN" or "PRON")
        {
            speaker = [.. sentence.Subtree(head).Where(t => t > cue + 1)];
            if (cue == 0 && comma > 0 && speaker.Max() >= sentence.Words - 2)
            {
                // The parse took the whole sentence for the source ("According to X, the deal matters" with
                // "matters" a noun of X's): the source ends at the comma.
                speaker.RemoveAll(t => t >= comma);
            }
        }
        else
        {
            // A parse that hangs "according" elsewhere: the speaker runs to the next comma.
            speaker = [];
            for (var t = cue + 2; t < sentence.Words && !sentence.IsPunctuation(t); t++)
            {
                speaker.Add(t);
            }
        }
        if (speaker.Count == 0)
        {
            return null;
        }
        var (first, last) = (cue, speaker.Max());
        var start = Dateline(sentence);
        var content = Enumerable.Range(start, sentence.Words - start).Where(t => t < first || t > last).ToList();
        return Build(document, s, speaker, [cue, cue + 1], "according to", content);
    }

    // "WALLACE: Governor, ..." or "Mr. Pence: ..." opening a paragraph: the speaker's turn is the rest of the paragraph.
    private static Quote? Transcript(Document document, int s)
    {
        var sentence = document.Sentences[s];
        if (!document.StartsParagraph(s))
        {
            return null;
        }
        var from = sentence.Words > 0 && Sentence.IsOpeningQuote(sentence.Word(0)) ? 1 : 0;
        var colon = -1;
        for (var t = from; t < Math.Min(sentence.Words, from + 4); t++)
        {
            if (sentence.Word(t) == ":")
            {
                colon = t;
                break;
            }
        }
        // The speaker is a name in capitals (WALLACE) or one the recognizer knows (Pence), not a headline's
        // first words ("Stealth Over Health: ...").
        if (colon <= from || colon == sentence.Words - 1
            || !(Enumerable.Range(from, colon - from).All(t => sentence.Word(t).All(c => !char.IsLower(c)) && sentence.Word(t).Any(char.IsLetter))
                || sentence.Entities.Any(e => e.Start <= from && e.End >= colon && e.Label is EntityLabel.PER or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP)))
        {
            return null;
        }
        var end = s;
        while (end + 1 < document.Sentences.Length && !document.StartsParagraph(end + 1))
        {
            end++;
        }
        var pieces = new List<TextSpan> { document.Piece(s, colon + 1, sentence.Words - 1) };
        for (var t = s + 1; t <= end; t++)
        {
            pieces.Add(document.Piece(t, 0, document.Sentences[t].Words - 1));
            document.Sentences[t].ClaimAll();
        }
        sentence.ClaimAll();
        var text = document.Text.Text;
        var (name, role) = SpeakerNames.Describe(document, s, [.. Enumerable.Range(from, colon - from)]);
        return new Quote(document.Kind(pieces), QuotePart.Of(text, [document.Piece(s, from, colon - 1)]), QuotePart.Of(text, [document.Piece(s, colon, colon)]), ":",
            QuotePart.Of(text, Document.Merge(text, pieces)), s, end)
        { ResolvedSpeaker = name, SpeakerRole = role };
    }

    // "Lindsey Graham Says Trump Could Address Clean Energy": in a headline in title case the tagger and the
    // parse take the cue for a name, so a cue verb's form between two runs of words is enough.
    private Quote? Headline(Document document)
    {
        var sentence = document.Sentences[0];
        var capitals = Enumerable.Range(0, sentence.Words).Count(t => char.IsUpper(sentence.Word(t)[0]));
        if (capitals * 2 < sentence.Words)
        {
            return null;
        }
        for (var t = 1; t < sentence.Words - 1; t++)
        {
            if (char.IsUpper(sentence.Word(t)[0]) && sentence.Word(t).EndsWith('s') && Lexicon.Verb(sentence.Word(t)) is { Aside: true } or { TakesObject: true } && sentence.Tags[t].Upos is "VERB" or "PROPN" or "NOUN")
            {
                var cue = Lexicon.Verb(sentence.Word(t))!;
                return Build(document, 0, [.. Enumerable.Range(0, t)], [t], cue.Lemma, [.. Enumerable.Range(t + 1, sentence.Words - t - 1)]);
            }
        }
        return null;
    }

    // "“...” ― Jorge Falcon": a quotation signed after a dash with the speaker's name.
    private static Quote? Signed(Document document, int s)
    {
        var sentence = document.Sentences[s];
        for (var d = 1; d + 1 < sentence.Words; d++)
        {
            if (!Sentence.IsDash(sentence.Word(d)) || !Sentence.IsClosingQuote(sentence.Word(d - 1)))
            {
                continue;
            }
            var name = Enumerable.Range(d + 1, sentence.Words - d - 1).Where(t => !sentence.IsPunctuation(t)).ToList();
            if (name.Count is 0 or > 8 || !char.IsUpper(sentence.Word(name[0])[0])
                || document.QuotationEndingAt(sentence.Spans[d - 1].End) is not { } quotation)
            {
                continue;
            }
            var text = document.Text.Text;
            List<TextSpan> content = [quotation];
            document.Claim(content);
            sentence.ClaimAll();
            var (person, role) = SpeakerNames.Describe(document, s, name);
            return new Quote(QuoteKind.Direct, QuotePart.Of(text, document.Pieces(s, name)), QuotePart.Of(text, [document.Piece(s, d, d)]), "―",
                QuotePart.Of(text, content), document.SentenceAt(quotation.Start), s)
            { ResolvedSpeaker = person, SpeakerRole = role };
        }
        return null;
    }

    // The quote from its words in sentence s, with quotations that run on into other sentences added.
    private static Quote? Build(Document document, int s, List<int>? speakerWords, List<int> cueWords, string lemma, IReadOnlyList<int> contentWords)
    {
        var sentence = document.Sentences[s];
        var pieces = document.Pieces(s, contentWords);
        if (pieces.Count == 0)
        {
            return null;
        }
        var (first, last) = (s, s);
        var quotations = document.QuotationsOver(pieces);
        foreach (var q in quotations)
        {
            pieces.Add(q);
        }
        // "“...,” he said. “...”": a quotation opening the next sentence goes on with this one.
        var clauseEnd = Math.Max(cueWords.Max(), speakerWords is { Count: > 0 } ? speakerWords.Max() : 0);
        if (contentWords.Where(t => !sentence.IsPunctuation(t)).All(t => t < cueWords[0]) && document.FollowingQuotation(s, clauseEnd) is { } next)
        {
            pieces.Add(next);
        }
        var text = document.Text.Text;
        var merged = Document.Merge(text, pieces);
        foreach (var p in merged)
        {
            first = Math.Min(first, document.SentenceAt(p.Start));
            last = Math.Max(last, document.SentenceAt(p.End - 1));
        }
        document.Claim(merged);
        foreach (var t in contentWords)
        {
            sentence.Claimed[t] = true;
        }
        QuotePart? speaker = null;
        (string? Name, string? Role) named = (null, null);
        if (speakerWords is { Count: > 0 })
        {
            var speakerPieces = document.Pieces(s, speakerWords);
            if (speakerPieces.Count > 0)
            {
                speaker = QuotePart.Of(text, speakerPieces);
                named = SpeakerNames.Describe(document, s, speakerWords);
            }
        }
        var cue = QuotePart.Of(text, Document.Merge(text, [.. cueWords.Select(t => document.Piece(s, t, t))]));
        return new Quote(document.Kind(merged), speaker, cue, lemma, QuotePart.Of(text, merged), first, last)
        {
            ResolvedSpeaker = named.Name,
            SpeakerRole = named.Role,
        };
    }

    // The speaker of a cue verb: its subject (not of a passive), the agent of a passive, else the subject
    // of the verb it hangs on ("unleashed tweets saying", "continued to call for", "and added").
    private static List<int>? Speaker(Sentence sentence, int cue, bool passive)
    {
        for (int v = cue, up = 0; up < 3 && v >= 0; up++)
        {
            foreach (var c in sentence.Children(v))
            {
                var relation = sentence.Relation(c);
                if ((relation == "nsubj" && !(passive && v == cue)) || relation == "obl:agent" && v == cue)
                {
                    return [.. sentence.Subtree(c).Where(t => !(relation == "obl:agent" && sentence.Relation(t) == "case" && sentence.Head(t) == c))];
                }
                if (relation == "nsubj:pass" && v != cue)
                {
                    return null;
                }
            }
            if (sentence.Relation(v) is not ("xcomp" or "conj" or "advcl"))
            {
                return null;
            }
            v = sentence.Head(v);
        }
        return null;
    }

    // A bare noun phrase hung on the cue right before its speaker, with no preposition and no date in it.
    private static List<int>? TitleBeforeSpeaker(Sentence sentence, int cue, int speakerStart)
    {
        foreach (var c in sentence.Children(cue))
        {
            if (c < speakerStart && sentence.Relation(c) is "obl:unmarked" or "nmod:unmarked" or "obl:npmod" && sentence.Tags[c].Upos == "NOUN")
            {
                var phrase = Phrase(sentence, c);
                if (phrase.Max() == speakerStart - 1 && phrase.All(t => sentence.Tags[t].Upos is "NOUN" or "ADJ" or "PROPN")
                    && !sentence.Entities.Any(e => e.Label is EntityLabel.DATE or EntityLabel.TIME && e.Start <= phrase.Max() && phrase.Min() < e.End))
                {
                    return phrase;
                }
            }
        }
        return null;
    }

    // The speaker after an inverted cue ("“...,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus."):
    // the rest of the sentence, up to a new quotation or a participle that goes on ("..., adding ...").
    private static List<int>? InvertedSpeaker(Sentence sentence, int cue)
    {
        var next = cue + 1;
        if (next >= sentence.Words || sentence.Tags[next].Upos is not ("PROPN" or "NOUN" or "PRON" or "DET"))
        {
            return null;
        }
        var words = new List<int>();
        for (var t = next; t < sentence.Words && !Sentence.IsOpeningQuote(sentence.Word(t)); t++)
        {
            // ", adding ..." goes on; ", who emphasized that ..." is the speaker's own attribution.
            if (sentence.Word(t) == "," && t + 1 < sentence.Words && (sentence.Tags[t + 1].Xpos == "VBG" || sentence.Lower(t + 1) is "who" or "which"))
            {
                break;
            }
            words.Add(t);
        }
        return words;
    }

    // When the parse gives a speech verb no subject: the words just before it, back to a closing quotation
    // mark, a comma after one, or the sentence's start, if they name someone (no verb among them).
    private static List<int>? PrecedingSpeaker(Document document, int s, int cue)
    {
        var sentence = document.Sentences[s];
        var end = cue - 1;
        while (end >= 0 && sentence.Head(end) == cue && sentence.Relation(end) is "aux" or "advmod")
        {
            end--;
        }
        var start = end;
        while (start >= 0 && !Sentence.IsClosingQuote(sentence.Word(start)) && !document.InQuotation(s, start))
        {
            start--;
        }
        start++;
        var floor = Dateline(sentence);
        start = Math.Max(start, floor);
        if (start > 0 && start == floor && floor == 0 && start > end)
        {
            return null;
        }
        if (start < sentence.Words && sentence.Word(start) == ",")
        {
            start++;
        }
        if (start > end || end - start > 30 || (start > 0 && !Sentence.IsClosingQuote(sentence.Word(start - 1)) && sentence.Word(start - 1) != "," && start != floor))
        {
            return null;
        }
        var words = Enumerable.Range(start, end - start + 1).ToList();
        // A participle may describe the speaker ("A union representing flight attendants endorsed ..."); a verb
        // with a tense is a clause of its own.
        return words.Any(t => IsFinite(sentence, t) || sentence.Tags[t].Upos is "SCONJ") || !words.Any(t => sentence.Tags[t].Upos is "PROPN" or "NOUN" or "PRON") ? null : words;
    }

    // "WASHINGTON ―" or "NEW YORK (AP) —" opening a story: the place the story was filed from is nobody's words.
    private static int Dateline(Sentence sentence)
    {
        for (var t = 0; t < Math.Min(sentence.Words, 8); t++)
        {
            if (Sentence.IsDash(sentence.Word(t)))
            {
                return t > 0 && Enumerable.Range(0, t).All(k => !sentence.Word(k).Any(char.IsLower) || sentence.IsPunctuation(k)) ? t + 1 : 0;
            }
        }
        return 0;
    }

    // A modifier of the cue without the clauses inside it: "on its website" of "on its website that ...",
    // which the parse may have made a relative clause of "website".
    private static List<int> Phrase(Sentence sentence, int word)
    {
        var words = new List<int> { word };
        for (var k = 0; k < words.Count; k++)
        {
            foreach (var c in sentence.Children(words[k]))
            {
                if (sentence.Relation(c) is not ("acl:relcl" or "acl" or "ccomp" or "advcl" or "parataxis"))
                {
                    words.Add(c);
                }
            }
        }
        return words;
    }

    // What a cue verb's complement is: a clause ("said that ...", "wants to ..."), a colon's run-on
    // ("said: ..."), or for some verbs an object ("denied any role").
    private static int? Complement(Sentence sentence, int cue, CueWord word)
    {
        int? best = null;
        var rank = int.MaxValue;
        foreach (var c in sentence.Children(cue))
        {
            var r = sentence.Relation(c) switch
            {
                "ccomp" => 0,
                "xcomp" => 1,
                "parataxis" => 2,
                "csubj" => 3,
                "obj" when word.TakesObject => 4,
                "obl" when word.TakesObject && sentence.Children(c).Any(k => sentence.Lower(k) is "for" or "on" or "to" or "of" or "about" or "as") => 5,
                _ => int.MaxValue,
            };
            // A complement after the cue beats one before it, which is more often a misparse of the speaker.
            r += r < int.MaxValue && c < cue ? 10 : 0;
            if (r < rank)
            {
                (best, rank) = (c, r);
            }
        }
        return best;
    }

    // Auxiliaries, negation and particles next to a cue verb belong to the cue ("has said", "did not say", "called for").
    private static List<int> CueWords(Sentence sentence, int cue)
    {
        var words = new List<int>();
        for (var t = cue - 1; t >= 0 && sentence.Head(t) == cue && sentence.Relation(t) is "aux" or "aux:pass" or "advmod"; t--)
        {
            if (sentence.Relation(t) == "advmod" && sentence.Lower(t) is not ("also" or "not" or "never" or "now" or "later" or "previously" or "repeatedly" or "once"))
            {
                break;
            }
            words.Add(t);
        }
        if (cue + 1 < sentence.Words && sentence.Head(cue + 1) == cue && sentence.Relation(cue + 1) == "compound:prt")
        {
            words.Add(cue + 1);
        }
        return words;
    }

    // A cue clause from word first to word last stands aside from the quote: after a comma or a closing
    // quotation mark, or before a comma with more to say.
    // "On Thursday evening, X announced Y": the words before the comma modify the cue, so the comma does not
    // set the cue clause aside.
    private static bool FrontedModifier(Sentence sentence, int cue, int start, int first)
    {
        if (first - 1 <= start || sentence.Word(first - 1) != ",")
        {
            return false;
        }
        var modifiers = sentence.Children(cue).Where(c => c < first && (sentence.Relation(c) is "advmod" or "advcl" or "nmod:tmod" || sentence.Relation(c).StartsWith("obl", StringComparison.Ordinal)))
            .SelectMany(sentence.Subtree).ToHashSet();
        return Enumerable.Range(start, first - 1 - start).All(t => modifiers.Contains(t) || sentence.IsPunctuation(t));
    }

    // A verb with a tense of its own, which a speaker's name does not hold ("one of the states suing the EPA" does).
    private static bool IsFinite(Sentence sentence, int word) =>
        sentence.Tags[word].Upos == "AUX" || sentence.Tags[word].Xpos is "VBD" or "VBZ" or "VBP" or "MD";

    private static bool IsBareParticiple(Sentence sentence, int word) =>
        sentence.Tags[word].Xpos == "VBN" && !sentence.Children(word).Any(c => sentence.Relation(c) is "nsubj" or "nsubj:pass" or "aux" or "aux:pass");

    private static bool AfterComma(Sentence sentence, int word)
    {
        var firstWord = sentence.Subtree(word).Where(t => !sentence.IsPunctuation(t)).Min();
        return firstWord > 0 && sentence.Word(firstWord - 1) == ",";
    }

    private static bool IsAside(Sentence sentence, int first, int last)
    {
        var before = first > 0 && (Sentence.IsDash(sentence.Word(first - 1)) || sentence.Word(first - 1) == "," || Sentence.IsClosingQuote(sentence.Word(first - 1)));
        var after = last + 1 < sentence.Words - 1 && sentence.Word(last + 1) is "," or ":";
        return before || after;
    }

    // "“...,” Baktygaliyev told" at the end of a sentence: the tagger, seeing no object after it, may take the
    // cue for a noun of the name before it; a speech verb's form right after a closing mark and a name is the cue.
    private bool IsNamedAfterQuotation(Sentence sentence, int i)
    {
        if (sentence.Tags[i].Upos is not ("NOUN" or "PROPN") || Lexicon.Verb(sentence.Word(i)) is not { Aside: true }
            || Enumerable.Range(i + 1, sentence.Words - i - 1).Any(t => !sentence.IsPunctuation(t)))
        {
            return false;
        }
        // Back over the speaker ("Baktygaliyev", "a narrator in the Clinton ad") to the closing mark.
        var name = i - 1;
        while (name >= 0 && i - name <= 8 && !Sentence.IsClosingQuote(sentence.Word(name)) && !sentence.IsPunctuation(name) && !IsFinite(sentence, name))
        {
            name--;
        }
        return name >= 0 && name < i - 1 && Sentence.IsClosingQuote(sentence.Word(name)) && (IsSomeone(sentence, name + 1) || IsSomeone(sentence, i - 1));
    }

    // "The Tax Foundation estimates that ...": a speech verb's form in -s before "that" which the tagger took
    // for a plural noun, after a subject with no verb of its own.
    private bool IsMistaggedBeforeThat(Sentence sentence, int i)
    {
        if (sentence.Tags[i].Upos != "NOUN" || !sentence.Lower(i).EndsWith('s') || Lexicon.Verb(sentence.Word(i)) is null
            || i + 1 >= sentence.Words || sentence.Lower(i + 1) != "that" || i == 0)
        {
            return false;
        }
        var first = i - 1;
        while (first > 0 && !sentence.IsPunctuation(first - 1))
        {
            first--;
        }
        return i - first <= 8 && Enumerable.Range(first, i - first).All(t => !IsFinite(sentence, t) && sentence.Tags[t].Upos is not ("ADP" or "SCONJ"))
            && (IsSomeone(sentence, i - 1) || IsSomeone(sentence, first));
    }

    private Quote? MistaggedBeforeThat(Document document, int s, int cue)
    {
        var sentence = document.Sentences[s];
        var first = cue - 1;
        while (first > 0 && !sentence.IsPunctuation(first - 1))
        {
            first--;
        }
        var end = Enumerable.Range(cue + 1, sentence.Words - cue - 1).Where(t => !sentence.IsPunctuation(t)).DefaultIfEmpty(cue).Max();
        if (end <= cue + 1)
        {
            return null;
        }
        return Build(document, s, [.. Enumerable.Range(first, cue - first)], [cue], Lexicon.Verb(sentence.Word(cue))!.Lemma, [.. Enumerable.Range(cue + 1, end - cue)]);
    }

    private static bool IsAccordingTo(Sentence sentence, int i) =>
        sentence.Lower(i) == "according" && i + 2 < sentence.Words && sentence.Lower(i + 1) == "to";
}
