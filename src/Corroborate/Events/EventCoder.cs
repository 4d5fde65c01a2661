using System.Collections.Frozen;
using System.Globalization;
using Corroborate.Language;
using Corroborate.Language.Knowledge;

namespace Corroborate.Events;

/// <summary>
/// Codes events from annotated sentences: a verb (or event noun) from the built-in patterns, its
/// arguments from the dependency tree — subject and object, or the agent and subject of a passive —
/// resolved to countries and sectors, the numbers on them, the date and place attached to it, and its
/// modality from auxiliaries, negation, conditionals and the verbs and nouns that govern it ("decided to
/// release", "threatened to expel", "called for the release").
/// </summary>
/// <remarks>Immutable and thread-safe. A verb codes an event only when it has an actor on at least one
/// side: "the release was welcomed" alone says nothing about who did what to whom.</remarks>
public sealed class EventCoder
{
    private readonly EventKnowledge _knowledge;
    private readonly Gazetteer _gazetteer;

    private EventCoder(EventKnowledge knowledge, Gazetteer gazetteer)
    {
        _knowledge = knowledge;
        _gazetteer = gazetteer;
    }

    /// <summary>The coder over the built-in tables.</summary>
    public static EventCoder Default { get; } = new(EventKnowledge.Default, Gazetteer.Default);

    /// <summary>The events of every sentence of a text, in order.</summary>
    /// <param name="published">The publication date, given to events whose sentence names no date.</param>
    public IReadOnlyList<EventRecord> Code(AnnotatedText text, DateTimeOffset? published = null)
    {
        var events = new List<EventRecord>();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            events.AddRange(Code(text.Sentences[s], s, published));
        }
        return events;
    }

    /// <summary>The events of one parsed sentence (none when it was not parsed).</summary>
    public IReadOnlyList<EventRecord> Code(AnnotatedSentence sentence, int number, DateTimeOffset? published = null)
    {
        if (sentence.Dependencies.Count != sentence.Words.Count || sentence.Words.Count == 0)
        {
            return [];
        }
        var tree = new SentenceTree(sentence);
        var events = new List<EventRecord>();
        CodeSaidDemands(tree, number, published, events);
        for (var i = 0; i < tree.Count; i++)
        {
            var upos = sentence.Tags[i].Upos;
            if (upos == "VERB")
            {
                CodeVerb(tree, i, number, published, events);
            }
            else if (upos == "NOUN")
            {
                CodeNoun(tree, i, number, published, events);
            }
        }
        for (var k = 0; k < events.Count; k++)
        {
            if (events[k].Target is null && events[k].Source is { } source && ComplementTarget(tree, events[k], events) is { } target
                && target.Code != source.Code)
            {
                events[k] = events[k] with { Target = target };
            }
        }
        return events;
    }

    // A demand made by saying what another must do; CAMEO 100, "demand, not specified below".
    private static readonly EventPattern SaidDemand = new("say", false, ObjectClass.Any, "REQUEST", null, "100", null);

    private static readonly FrozenSet<string> SayingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "say", "tell", "insist", "state", "declare", "conclude", "stress", "write", "reiterate", "maintain", "argue", "add", "announce", "confirm");

    /// <summary>
    /// "Russia said that Sudan must return the helicopter", "the forum concluded that the US should allocate
    /// more": whoever says what another must or should do demands it of them (PLOVER REQUEST), whether or not
    /// the demanded act is one the tables know. Coded before the sentence's other events, as its main act.
    /// </summary>
    private void CodeSaidDemands(SentenceTree tree, int number, DateTimeOffset? published, List<EventRecord> events)
    {
        for (var verb = 0; verb < tree.Count; verb++)
        {
            if (tree.Tags[verb].Upos != "VERB" || !VerbLemmas.Of(tree.Words[verb]).Any(SayingVerbs.Contains))
            {
                continue;
            }
            foreach (var (clause, relation) in tree.Children(verb))
            {
                if (relation != "ccomp" || !tree.Children(clause).Any(c => c.Relation == "aux" && tree.Lower(c.Child) is "must" or "should"))
                {
                    continue;
                }
                var asked = tree.Child(clause, "nsubj") is var a and >= 0 ? a : tree.Child(clause, "nsubj:pass");
                var sayer = tree.Child(verb, "nsubj");
                if (asked < 0 || sayer < 0 || tree.Tags[asked].Upos == "PRON" || !NamesActor(tree, asked))
                {
                    continue;
                }
                Emit(tree, verb, SaidDemand, tree.Actor(sayer, verb), asked, -1, number, published, events);
            }
        }
    }

    /// <summary>
    /// The target of an event said of another act: "threatened to break relations with Russia", "refused to
    /// meet Jordan's king", "offered to hand them over to Britain" take the target of the act (an event coded
    /// on the complement verb or its object noun, else the complement's object or oblique that names an
    /// actor); "demanded that the United States match …" takes the subject of the demanded act.
    /// </summary>
    private EventActor? ComplementTarget(SentenceTree tree, EventRecord e, List<EventRecord> events)
    {
        foreach (var (c, relation) in tree.Children(e.Trigger))
        {
            if (relation is not ("xcomp" or "ccomp"))
            {
                continue;
            }
            if (relation == "ccomp")
            {
                if (e.Event == "REQUEST" && tree.Child(c, "nsubj") is var asked and >= 0 && tree.Tags[asked].Upos != "PRON" && NamesActor(tree, asked))
                {
                    return Resolve(tree, asked);
                }
                continue;
            }
            foreach (var inner in events)
            {
                if (inner != e && inner.Target is { } t && (inner.Trigger == c || (tree.Head(inner.Trigger) == c && tree.Relation(inner.Trigger) == "obj")))
                {
                    return t;
                }
            }
            foreach (var role in (string[])["obj", "obl", "iobj"])
            {
                if (tree.Child(c, role) is var actor and >= 0 && tree.Tags[actor].Upos != "PRON" && NamesActor(tree, actor) && Resolve(tree, actor) is { Code.Length: > 0 } resolved)
                {
                    return resolved;
                }
            }
        }
        return null;
    }

    private void CodeVerb(SentenceTree tree, int verb, int number, DateTimeOffset? published, List<EventRecord> events)
    {
        var particle = tree.Child(verb, "compound:prt");
        var particleObject = -1;
        if (particle >= 0 && tree.Lower(particle) == "up" && particle + 1 < tree.Count && tree.Lower(particle + 1) == "to"
            && tree.Relation(particle + 1) == "case" && tree.Head(particle + 1) is var bounded && tree.Head(bounded) == verb
            && tree.Relation(bounded) == "obl" && tree.Child(verb, "obj") < 0)
        {
            // "kidnapped up to 16 advisers": "up to" bounds the object's number; it is no particle.
            (particle, particleObject) = (-1, bounded);
        }
        if (particle < 0 && verb + 1 < tree.Count && tree.Lower(verb + 1) is "over" or "back" or "up" or "off" or "out")
        {
            // "hand over", "handed back": the parse may call the particle an adverb of the verb, an adverb of the
            // number after it ("back three soldiers") or the preposition of the object ("over 26 prisoners", then an oblique).
            var (head, relation) = (tree.Head(verb + 1), tree.Relation(verb + 1));
            var onNumber = head > verb + 1 && tree.Tags[head].Upos == "NUM" && tree.Head(head) is var counted && counted > head
                && tree.Head(counted) == verb && tree.Relation(counted) == "obj";
            if (relation == "advmod" && (head == verb || onNumber))
            {
                particle = verb + 1;
            }
            else if (head > verb + 1 && relation == "case" && tree.Head(head) == verb && tree.Relation(head) == "obl" && tree.Child(verb, "obj") < 0
                && tree.Child(head, "nummod") >= 0)
            {
                (particle, particleObject) = (verb + 1, head);
            }
        }
        if (particle < 0 && tree.Child(verb, "obj") is var forced and >= 0)
        {
            // "forced the agency out of the country": the particle after the object, as the parse's "out of".
            for (var k = forced + 1; k + 1 < tree.Count && k <= forced + 8; k++)
            {
                if (tree.Lower(k) == "out" && tree.Lower(k + 1) == "of" && tree.Relation(k) == "case" && tree.Head(k) is var place
                    && (tree.Head(place) == verb || tree.Head(place) == forced || tree.Head(tree.Head(place)) == forced))
                {
                    particle = k;
                    break;
                }
            }
        }
        if (particle >= 0 && tree.Lower(verb) == "wound" && tree.Lower(particle) == "up")
        {
            // "wound itself up" is wind's past: an ending, not an injury.
            return;
        }
        EventPattern[] patterns = [];
        foreach (var lemma in VerbLemmas.Of(tree.Words[verb]))
        {
            patterns = particle >= 0 ? _knowledge.Verb(lemma + "_" + tree.Lower(particle)) : [];
            if (patterns.Length == 0)
            {
                patterns = _knowledge.Verb(lemma);
            }
            if (patterns.Length > 0)
            {
                break;
            }
        }
        if (patterns.Length == 0 || JoinedCasualties(tree, verb).Count > 0)
        {
            // A verb that only counts the dead or wounded of the act it is joined to is part of that act.
            return;
        }
        var passive = tree.Child(verb, "nsubj:pass") >= 0 || tree.Child(verb, "aux:pass") >= 0;
        var subject = tree.Child(verb, passive ? "obl:agent" : "nsubj");
        if (subject < 0 && !passive)
        {
            // "Azerbaijan is to release …": EWT makes the subject of "is to" an outer subject of the verb.
            subject = tree.Child(verb, "nsubj:outer");
        }
        if (subject < 0)
        {
            subject = tree.ObliqueWith(verb, "by");
        }
        // "the leaders detained this autumn": a participle on a noun is passive, with no subject to inherit.
        // The tagger may read such a participle as a past tense joined to the main verb ("include the leaders
        // detained this autumn"): a conjunct with no "and" and no subject, right after a noun, is one.
        var reduced = tree.Relation(verb) == "conj" && tree.Tags[verb].Xpos is "VBD" or "VBN" && verb > 0 && tree.Tags[verb - 1].Upos == "NOUN"
            && tree.Child(verb, "cc") < 0 && tree.Child(verb, "nsubj") < 0;
        // "26 individuals detained in December 2020, and six others detained at the border", "Six protesters detained":
        // a past participle with no auxiliary is no past tense, so the noun right before it, which the parse may make
        // its subject, is who it was done to.
        var bareParticiple = !passive && tree.Tags[verb].Xpos == "VBN" && tree.Child(verb, "obj") < 0 && tree.Child(verb, "aux") < 0
            && tree.Child(verb, "nsubj") is var before && before >= 0 && before == verb - 1;
        var participle = reduced || bareParticiple || (tree.Relation(verb) is "acl" or "acl:relcl" && tree.Tags[verb].Xpos == "VBN");
        if (subject < 0 && !passive && !participle)
        {
            subject = tree.InheritedSubject(verb);
        }
        if (subject < 0 && !passive && tree.Relation(verb) == "acl" && tree.Child(verb, "obj") >= 0 && tree.Head(verb) is var noun && noun >= 0 && tree.Relation(noun) == "root")
        {
            // "Rebels killed five civilians": a past tense read as a participle on the first noun, which is its subject.
            subject = noun;
        }
        if (bareParticiple)
        {
            subject = -1;
        }
        var patient = reduced || bareParticiple ? verb - 1 : passive ? tree.Child(verb, "nsubj:pass") : particleObject >= 0 ? particleObject : tree.Child(verb, "obj");
        if (patient < 0 && tree.Relation(verb) == "acl" && tree.Tags[verb].Xpos == "VBN" && tree.Head(verb) >= 0)
        {
            // A participle on a noun: "leaders arrested this autumn", "prisoners handed over by Baku".
            patient = tree.Head(verb);
        }
        else if (patient < 0 && passive)
        {
            patient = tree.SubjectBefore(verb);
        }
        patient = Partitive(tree, patient);
        var recipient = tree.Child(verb, "iobj");
        if (recipient < 0)
        {
            recipient = tree.ObliqueWith(verb, "to", "with", "against", "on", "into");
            // "announced an agreement on a prisoner exchange": an oblique is a recipient only when it names an actor.
            recipient = recipient >= 0 && NamesActor(tree, recipient) ? recipient : -1;
        }
        var objectWord = patient;
        (subject, patient, recipient) = (tree.Actor(subject, verb), tree.Actor(patient, verb), tree.Actor(recipient, verb));
        // An amount is no actor but still says what kind of act it is ("gave the Ivory Coast 5.1 million dollars").
        var pattern = Choose(tree, patterns, patient >= 0 ? patient : objectWord);
        if (pattern is null)
        {
            return;
        }
        // The released, detained or killed are the target; for a verb without such an object, whoever it is done to or with.
        var target = patient >= 0 && pattern.Object is ObjectClass.Any or ObjectClass.Person ? patient : recipient;
        if (patient >= 0 && (target < 0 || (target == patient && !NamesActor(tree, patient)))
            && tree.NominalWith(patient, "on", "against", "with", "to", "into", "for") is var aimed and >= 0 && NamesActor(tree, aimed))
        {
            // "imposed sanctions on Iran", "lifted a blockade on Palestinian lorries": whom the object is aimed at.
            target = tree.Actor(aimed, verb);
        }
        if (patient >= 0 && target == patient && Gapped(tree, verb, patient) is { } gap)
        {
            // Each object with its own agent, and only its own count.
            Emit(tree, verb, pattern, tree.Actor(gap.FirstAgent, verb), patient, patient, number, published, events, alone: true);
            Emit(tree, verb, pattern, tree.Actor(gap.SecondAgent, verb), gap.Second, gap.Second, number, published, events, alone: true);
            return;
        }
        if (patient >= 0 && target == patient && tree.Tags[patient].Upos == "ADJ" && SecondObject(tree, verb, patient) is var second and >= 0)
        {
            // "released 32 Armenian and two Azerbaijani soldiers" parsed as an object "32 Armenian" and a noun
            // joined to the verb: two groups released, each with its own count.
            Emit(tree, verb, pattern, subject, patient, patient, number, published, events, alone: true);
            Emit(tree, verb, pattern, subject, second, second, number, published, events, alone: true);
            return;
        }
        if (target < 0 && pattern.Event == "PROTEST")
        {
            target = ProtestedAgainst(tree, verb);
        }
        Emit(tree, verb, pattern, subject, target, patient, number, published, events);
    }

    /// <summary>
    /// Whom a protest is against: its "against" phrase, or that of a "to protest" or "in protest" beside it,
    /// the owner of what is protested standing for it ("a hunger strike to protest against Sweden's decision",
    /// "in protest of the Russian government's refusal"); -1 when none names an actor.
    /// </summary>
    private int ProtestedAgainst(SentenceTree tree, int trigger)
    {
        var against = -1;
        foreach (var at in (int[])[trigger, tree.Relation(trigger) == "obj" ? tree.Head(trigger) : -1])
        {
            if (at < 0 || against >= 0)
            {
                continue;
            }
            against = tree.ObliqueWith(at, "against");
            foreach (var (child, relation) in tree.Children(at))
            {
                if (against < 0 && relation is "advcl" or "xcomp" or "obl" or "nmod" && tree.Lower(child).StartsWith("protest", StringComparison.Ordinal))
                {
                    against = tree.ObliqueWith(child, "against", "over") is var o and >= 0 ? o
                        : tree.NominalWith(child, "against", "of", "over") is var n and >= 0 ? n
                        : tree.Tags[child].Upos == "VERB" ? tree.Child(child, "obj") : -1;
                }
            }
        }
        if (against < 0)
        {
            return PlaceOf(tree, trigger);
        }
        // "Sweden's decision", "violations by Algerian security forces": whoever did what is protested.
        var owner = tree.Child(against, "nmod:poss") is var poss and >= 0 && NamesActor(tree, poss) ? poss : tree.NominalWith(against, "by");
        var who = owner >= 0 ? owner : against;
        return NamesActor(tree, who) ? tree.Actor(who, trigger) : PlaceOf(tree, trigger);
    }

    /// <summary>The place a protest is held in, as its target: event coders code a protest with no one named
    /// against as one against the government where it happens ("prisoners rioted at a jail in northern Israel").</summary>
    private int PlaceOf(SentenceTree tree, int trigger) =>
        PlaceEntity(tree, trigger) is { Label: EntityLabel.GPE } place && CountryOf(place.Value ?? tree.Text(place.Start, place.End)) is not null
            ? tree.EntityHead(place)
            : -1;

    // A noun the parse joined to the verb right after its object and an "and", with no subject of its own:
    // the second half of a coordinated object.
    private static int SecondObject(SentenceTree tree, int verb, int patient)
    {
        var after = tree.Phrase(patient).End;
        foreach (var (child, relation) in tree.Children(verb))
        {
            if (relation == "conj" && tree.Tags[child].Upos == "NOUN" && tree.Child(child, "nsubj") < 0 && tree.Subtree(child).Start == after
                && tree.Lower(after) == "and")
            {
                return child;
            }
        }
        return -1;
    }

    // "28 of the 32 were captured": the part is what the verb counts, whatever the parse hung on the whole.
    private static int Partitive(SentenceTree tree, int patient)
    {
        if (patient >= 3 && tree.Tags[patient].Upos == "NUM" && tree.Lower(patient - 1) is "the" or "these" or "those"
            && tree.Lower(patient - 2) == "of" && tree.Tags[patient - 3].Upos == "NUM")
        {
            return patient - 3;
        }
        return patient;
    }

    // "to release 32 Armenian soldiers by Azerbaijan and two Azerbaijani soldiers by Armenia": the second
    // object and its agent share the verb, which a parse cannot show, so it hangs them anywhere. Read from
    // the words: the object, "by" and an agent, "and", a second noun phrase, "by" and a second agent.
    private static (int FirstAgent, int Second, int SecondAgent)? Gapped(SentenceTree tree, int verb, int patient)
    {
        var firstAgent = ByPhrase(tree, patient + 1, 4);
        if (firstAgent < 0 || firstAgent + 1 >= tree.Count || tree.Lower(firstAgent + 1) != "and")
        {
            return null;
        }
        for (var g = firstAgent + 2; g < Math.Min(tree.Count, firstAgent + 7); g++)
        {
            if (tree.Tags[g].Upos is "VERB" or "AUX" || tree.Words[g] is "," or ";")
            {
                return null;
            }
            if (tree.Tags[g].Upos == "NOUN" && tree.Relation(g) == "conj" && ByPhrase(tree, g + 1, 1) is var secondAgent and >= 0)
            {
                return (firstAgent, g, secondAgent);
            }
        }
        return null;
    }

    // The noun of a "by" phrase starting within <paramref name="within"/> words of <paramref name="from"/>, or -1.
    private static int ByPhrase(SentenceTree tree, int from, int within)
    {
        for (var b = from; b < Math.Min(tree.Count - 1, from + within); b++)
        {
            if (tree.Lower(b) == "by")
            {
                var noun = b + 1;
                while (noun + 1 < tree.Count && tree.Tags[noun].Upos is "DET" or "ADJ" && tree.Tags[noun + 1].Upos is "NOUN" or "PROPN" or "ADJ")
                {
                    noun++;
                }
                return tree.Tags[noun].Upos is "NOUN" or "PROPN" && tree.Case(noun) == "by" ? noun : -1;
            }
        }
        return -1;
    }

    private void CodeNoun(SentenceTree tree, int noun, int number, DateTimeOffset? published, List<EventRecord> events)
    {
        var patterns = _knowledge.Noun(tree.Words[noun]);
        if (patterns.Length == 0)
        {
            return;
        }
        // "the release of 32 prisoners by Azerbaijan", "Baku's release of …", "a prisoner exchange", "talks between A and B".
        var patient = tree.NominalWith(noun, "of");
        if (patient < 0)
        {
            patient = tree.Child(noun, "compound");
        }
        var pattern = Choose(tree, patterns, patient);
        if (pattern is null)
        {
            return;
        }
        // "undertook a mediation mission between A and B", "a peace bid": the event noun modifies a noun of
        // undertaking, which stands where the event noun would.
        var phrase = tree.Relation(noun) == "compound" && FrameNouns.Contains(tree.Lower(tree.Head(noun))) ? tree.Head(noun) : noun;
        var source = tree.NominalWith(phrase, "by");
        if (source < 0 && patient >= 0)
        {
            // "the release of 32 Armenians by Baku" with "by Baku" hung on the Armenians.
            source = tree.NominalWith(patient, "by");
        }
        if (source < 0)
        {
            source = tree.Child(phrase, "nmod:poss");
        }
        var light = tree.Relation(phrase) == "obj" ? tree.Head(phrase) : -1;
        if (source < 0 && light >= 0)
        {
            // "staged a protest", "issued an ultimatum", "launched an invasion": the verb's subject does it.
            source = tree.Child(light, "nsubj") is var subject && subject >= 0 ? subject : tree.InheritedSubject(light);
        }
        var between = tree.NominalWith(phrase, "between", "among");
        if (between < 0 && light >= 0)
        {
            // "launched a mediation effort on Saturday between A and B": the parse may hang it on the verb.
            between = tree.ObliqueWith(light, "between", "among");
        }
        (source, between, patient) = (tree.Actor(source, noun), tree.Actor(between, noun), tree.Actor(patient, noun));
        // The released or exchanged are the target ("the release of 32 prisoners"); else whoever it is done with or to.
        var patientIsTarget = patient >= 0 && (pattern.Object == ObjectClass.Person ? tree.Tags[patient].Upos != "PROPN"
            : pattern.Object == ObjectClass.Any && pattern.Event == "RETREAT");
        var target = patientIsTarget ? patient : tree.Actor(tree.NominalWith(phrase, "with", "against", "on", "to"), noun);
        if (target >= 0 && target != patient && !NamesActor(tree, target))
        {
            target = -1;
        }
        if (events.Any(e => e.Trigger == tree.Head(noun) && e.Sentence == number && e.Event == pattern.Event))
        {
            // "announced an agreement": the verb's event already covers its object noun.
            return;
        }
        if (source >= 0 && target < 0 && between >= 0 && between != source)
        {
            // "Qatar's mediation between Egypt and Ethiopia": a third party acts towards both sides.
            target = between;
        }
        else if (source < 0 && between >= 0)
        {
            source = between;
            if (target < 0 && tree.PartnerInside(between) is var partner and >= 0)
            {
                Emit(tree, noun, pattern, source, partner, patient, number, published, events, alone: true);
                return;
            }
        }
        if (target < 0 && pattern.Event == "PROTEST")
        {
            target = ProtestedAgainst(tree, noun);
        }
        if (source < 0 && target < 0)
        {
            return;
        }
        if (source < 0 && target == patient && tree.Child(patient, "compound") < 0 && tree.Tags[patient].Upos == "NOUN" && Resolve(tree, patient).Code.Length == 0)
        {
            // "the release of prisoners" alone: nobody on either side is known.
            return;
        }
        Emit(tree, noun, pattern, source, target, patient, number, published, events);
    }

    /// <summary>Nouns of undertaking an event noun may modify ("a mediation mission", "a peace effort").</summary>
    private static readonly FrozenSet<string> FrameNouns = FrozenSet.Create(StringComparer.Ordinal,
        "mission", "missions", "effort", "efforts", "bid", "bids", "campaign", "process", "operation", "drive", "initiative", "round");

    /// <summary>Whether a phrase could be an actor: a name, a pronoun, people, or a noun with a sector or country.</summary>
    private bool NamesActor(SentenceTree tree, int word) =>
        tree.Tags[word].Upos is "PROPN" or "PRON" || tree.IsPersons(word, viaCompound: false) || _knowledge.Sector(tree.Words[word]) is not null
        || Resolve(tree, word).Code.Length > 0;

    /// <summary>The dead and wounded a violent act's conjoined or participial verbs count: "killed one soldier and
    /// wounded two others", "shelled the capital, killing about 20 people" (not those the act itself counts).</summary>
    private List<EventCount> Casualties(SentenceTree tree, int trigger, List<EventCount> counted)
    {
        var found = new List<EventCount>();
        foreach (var (verb, _) in tree.Children(trigger))
        {
            found.AddRange(JoinedCasualties(tree, verb).Where(k => !counted.Any(c => c.Start == k.Start)));
        }
        return found;
    }

    /// <summary>The dead or wounded a verb joined to a violent act counts ("and wounded two others", ", killing 20"),
    /// or none when the verb is not such a verb.</summary>
    private List<EventCount> JoinedCasualties(SentenceTree tree, int verb)
    {
        if (tree.Relation(verb) is not ("conj" or "advcl") || tree.Tags[verb].Upos != "VERB" || !IsViolent(tree, tree.Head(verb)))
        {
            return [];
        }
        var role = FirstPatterns(tree, verb)?[0].CountRole;
        var victims = tree.Child(verb, "obj") is var obj && obj >= 0 ? obj : tree.Child(verb, "nsubj:pass");
        return role is "killed" or "injured" && victims >= 0 ? tree.Counts(victims, role) : [];
    }

    private bool IsViolent(SentenceTree tree, int verb) =>
        verb >= 0 && tree.Tags[verb].Upos == "VERB" && FirstPatterns(tree, verb)?.Any(p => p.Event is "ASSAULT" or "COERCE") == true;

    private EventPattern[]? FirstPatterns(SentenceTree tree, int verb) =>
        VerbLemmas.Of(tree.Words[verb]).Select(_knowledge.Verb).FirstOrDefault(p => p.Length > 0);

    /// <summary>The first pattern whose object class the object fits (no object: rows for * or -).</summary>
    private static EventPattern? Choose(SentenceTree tree, EventPattern[] patterns, int patient)
    {
        foreach (var p in patterns)
        {
            var fits = p.Object switch
            {
                ObjectClass.Any => true,
                ObjectClass.None => patient < 0,
                ObjectClass.Person => patient >= 0 && tree.IsPersons(patient),
                // "aerial photographs and other military intelligence": any conjunct of the object may name the class.
                _ => patient >= 0 && tree.Conjuncts(patient).Any(c => EventKnowledge.Is(p.Object, tree.Words[c])),
            };
            if (fits)
            {
                return p;
            }
        }
        return null;
    }

    private void Emit(SentenceTree tree, int trigger, EventPattern pattern, int source, int target, int patient, int number,
        DateTimeOffset? published, List<EventRecord> events, bool alone = false)
    {
        if (source >= 0 && tree.Antecedent(source) is var antecedent and >= 0 && antecedent != target)
        {
            source = antecedent;
        }
        var sources = source < 0 ? [] : alone ? [source] : tree.Conjuncts(source);
        var targets = target < 0 ? [] : alone ? [target] : tree.Conjuncts(target);
        if (targets.Count == 0 && sources.Count > 1)
        {
            // "Azerbaijan and Armenia announced an agreement": each side acts towards the other.
            targets = [sources[1]];
            sources = [sources[0]];
        }
        if (sources.Count == 0 && targets.Count == 0)
        {
            return;
        }
        var counted = pattern.CountRole == "size" ? source : patient;
        var counts = pattern.CountRole is { } role && counted >= 0 ? tree.Counts(counted, role, alone) : [];
        if (pattern.Event is "ASSAULT" or "COERCE")
        {
            counts = [.. counts, .. Casualties(tree, trigger, counts)];
        }
        var modality = Modal(tree, trigger);
        var (date, precision) = Date(tree, trigger, published);
        var (place, placeCountry) = Place(tree, trigger);
        foreach (var s in sources.Count == 0 ? [-1] : sources.Take(4))
        {
            foreach (var t in targets.Count == 0 ? [-1] : targets.Take(4))
            {
                if (s >= 0 && s == t)
                {
                    continue;
                }
                var (sourceActor, targetActor) = (s >= 0 ? Resolve(tree, s) : null, t >= 0 ? Resolve(tree, t) : null);
                events.Add(new EventRecord(pattern.Event, pattern.Mode, pattern.Cameo,
                    Located(tree, sourceActor, targetActor, placeCountry), Located(tree, targetActor, sourceActor, placeCountry), counts, modality, number, trigger)
                {
                    TriggerText = tree.Words[trigger],
                    Date = date,
                    DatePrecision = precision,
                    Place = place,
                    PlaceCountry = placeCountry,
                });
            }
        }
    }

    /// <summary>The actor a phrase names: its words (the head's subtree without clauses and conjuncts),
    /// the country of its first country-bearing name, its sector from its head noun, a title or a known organization.</summary>
    private EventActor Resolve(SentenceTree tree, int head)
    {
        var (start, end) = tree.Phrase(head);
        string? country = null;
        string? sector = null;
        string? organization = null;
        foreach (var entity in tree.Entities)
        {
            if (entity.Start < start || entity.End > end)
            {
                continue;
            }
            var text = tree.Text(entity.Start, entity.End);
            if (entity.Label is EntityLabel.GPE or EntityLabel.NORP or EntityLabel.LOC)
            {
                country ??= CountryOf(entity.Value ?? text);
            }
            else if (entity.Label == EntityLabel.ORG && _gazetteer.Lookup(text) is { Kind: GazetteerKind.Organization } org)
            {
                organization ??= text;
                country ??= org.Country;
                sector ??= org.Type switch
                {
                    "IGO" => "IGO",
                    "NGO" => "NGO",
                    "MEDIA" => "MED",
                    "COURT" => "JUD",
                    "GOV" => "GOV",
                    "MIL" => "MIL",
                    "ARMED" => "REB",
                    "PARTY" => "PTY",
                    "BUS" => "BUS",
                    "REL" => "REL",
                    "EDU" => "EDU",
                    _ => null,
                };
            }
            else if (entity.Label == EntityLabel.ORG && entity.Length > 1 && NamedCountry(tree.Words[entity.Start]) is { } named)
            {
                // "the Azerbaijani Foreign Ministry", "U.S. Department of State": a body the table does not know, named by its country.
                country ??= named;
            }
            else if (entity.Label == EntityLabel.PER)
            {
                if (entity.Role is { } r)
                {
                    sector ??= _knowledge.Sector(r) ?? SectorOfTitle(r);
                }
                if (_knowledge.LeaderNamed(text) is { } leader)
                {
                    // "Putin said": a public figure the sentence names without a country.
                    country ??= leader.Country;
                    sector ??= leader.Sector;
                }
            }
        }
        // The head noun decides the sector: "the Administration of the President" is the government; but the
        // ministers or envoys of an international body act for it ("European Community foreign ministers").
        sector = sector is "IGO" && country is null ? sector : HeadSector(tree, head) ?? sector;
        return new EventActor(tree.Text(start, end), start, end, country, sector, organization);
    }

    /// <summary>An actor of a known kind but no country acts where the event takes place ("police in Lagos
    /// arrested …" are Nigerian police), else in the one country the sentence names, as event coders read them.</summary>
    private EventActor? Located(SentenceTree tree, EventActor? actor, EventActor? other, string? placeCountry)
    {
        if (actor is not { Country: null, Sector: { } sector } || sector is "IGO" or "NGO")
        {
            return actor;
        }
        var country = placeCountry ?? SoleCountry(tree, other?.Country);
        return country is null ? actor : actor with { Country = country };
    }

    /// <summary>The one country the sentence names, setting aside the other side's ("Benin police said", "Darfur
    /// rebels"); null when it names none or several.</summary>
    private string? SoleCountry(SentenceTree tree, string? other)
    {
        string? sole = null;
        foreach (var e in tree.Entities)
        {
            if (e.Label is EntityLabel.GPE or EntityLabel.NORP && CountryOf(e.Value ?? tree.Text(e.Start, e.End)) is { } c && c != other && c != sole)
            {
                if (sole is not null)
                {
                    return null;
                }
                sole = c;
            }
        }
        return sole;
    }

    private string? HeadSector(SentenceTree tree, int head)
    {
        if (tree.Tags[head].Upos is not ("NOUN" or "PROPN"))
        {
            return null;
        }
        if (tree.Members(head) is var members and >= 0)
        {
            // "a group of Yoruba leaders", "hundreds of soldiers": the members say what kind of actor it is.
            return HeadSector(tree, members);
        }
        var compound = tree.Child(head, "compound");
        if (compound >= 0 && _knowledge.Sector(tree.Words[compound] + " " + tree.Words[head]) is { } two)
        {
            return two;
        }
        var amod = tree.Child(head, "amod");
        if (amod >= 0 && _knowledge.Sector(tree.Words[amod] + " " + tree.Words[head]) is { } adjective)
        {
            return adjective;
        }
        return _knowledge.Sector(tree.Words[head]) ?? SectorOfTitle(tree.Words[head]);
    }

    private string? SectorOfTitle(string title) =>
        _gazetteer.Lookup(title) is { Kind: GazetteerKind.Title, Sector: { } s } && s != "-" ? s : null;

    /// <summary>The country a word names as a country or nationality ("Azerbaijani", "U.S."), not a city's or a code's.</summary>
    private string? NamedCountry(string word) =>
        _gazetteer.TryCountry(word, out var country) ? country.Iso3
        : _gazetteer.Lookup(word) is { Kind: GazetteerKind.Demonym or GazetteerKind.Country, Country: { } code } ? code : null;

    private string? CountryOf(string value)
    {
        if (value.Length == 3 && value.All(char.IsAsciiLetterUpper))
        {
            return value;
        }
        if (_gazetteer.TryCountry(value, out var country))
        {
            return country.Iso3;
        }
        return _gazetteer.Lookup(value)?.Country;
    }

    /// <summary>The modality of the event a word reports: its own auxiliaries and negation, a
    /// condition on it, and the words above it in the tree that want, plan, threaten or deny it.</summary>
    internal static Modality Modal(SentenceTree tree, int trigger)
    {
        var modality = ModalOf(tree, trigger);
        if (modality is Modality.Planned or Modality.Hypothetical && HasCondition(tree, trigger, "unless"))
        {
            // "will withdraw its force unless a ceasefire is arranged": an act announced on a condition the other
            // side must meet is a threat (PLOVER THREATEN), not a plan.
            return Modality.Threatened;
        }
        return modality;
    }

    /// <summary>Whether a clause introduced by one of <paramref name="marks"/> ("unless", "if") hangs on the word.</summary>
    private static bool HasCondition(SentenceTree tree, int word, params string[] marks) =>
        tree.Children(word).Any(c => c.Relation == "advcl" && tree.Child(c.Child, "mark") is var mark && mark >= 0 && marks.Contains(tree.Lower(mark)));

    /// <summary>The modality the trigger's own words give, else the first the clauses above it give.</summary>
    private static Modality ModalOf(SentenceTree tree, int trigger)
    {
        var own = OwnModality(tree, trigger);
        if (own != Modality.Asserted)
        {
            return own;
        }
        // Up the tree through the clauses and phrases it is part of: "decided to release", "the hope of a release".
        var word = trigger;
        for (var hops = 0; hops < 8; hops++)
        {
            var relation = tree.Relation(word);
            var head = tree.Head(word);
            if (head < 0)
            {
                break;
            }
            if (relation is "conj" or "xcomp" or "ccomp" or "acl" or "advcl" or "obj" or "nmod" or "obl" or "nsubj" or "nsubj:pass")
            {
                if (Governors.TryGetValue(tree.Lower(head), out var governed) || VerbLemmas.Of(tree.Words[head]).Any(l => Governors.TryGetValue(l, out governed)))
                {
                    // A report ("said that", "announced that") passes the clause's own modality through.
                    return governed;
                }
                foreach (var (child, r) in tree.Children(head))
                {
                    // "a decision has been made to release": the light verb's subject or object says what it is.
                    if (relation is "xcomp" or "ccomp" or "advcl" or "acl" && r is "nsubj:pass" or "obj" or "nsubj" && child != word && GovernorNouns.Contains(tree.Lower(child)))
                    {
                        return Governors[tree.Lower(child)];
                    }
                }
                var above = OwnModality(tree, head);
                if (above != Modality.Asserted && relation is "conj" or "xcomp" or "ccomp" or "advcl")
                {
                    return above;
                }
                word = head;
                continue;
            }
            break;
        }
        return tree.Words[^1] == "?" ? Modality.Hypothetical : Modality.Asserted;
    }

    private static Modality OwnModality(SentenceTree tree, int word)
    {
        foreach (var (child, relation) in tree.Children(word))
        {
            var lower = tree.Lower(child);
            if (relation == "advmod" && lower is "not" or "n't" or "never")
            {
                return Modality.Negated;
            }
            if (relation is "aux")
            {
                switch (lower)
                {
                    case "will" or "shall" or "'ll" or "wo":
                    // "Iraq said it would allow the inspectors back": a "will" put into the past of a report.
                    case "would" when ReportedFuture(tree, word):
                        return tree.Child(word, "advmod") is var n && n >= 0 && tree.Lower(n) is "not" or "n't" ? Modality.Negated : Modality.Planned;
                    case "would" or "could" or "may" or "might" or "can" or "ca":
                        return Modality.Hypothetical;
                    case "should" or "must" or "ought":
                        return Modality.Demanded;
                    case "cannot":
                        return Modality.Negated;
                }
            }
            if (relation == "mark" && lower is "if" or "unless" or "whether")
            {
                return Modality.Hypothetical;
            }
        }
        return Modality.Asserted;
    }

    /// <summary>Whether a verb with "would" is what a report in the past says will happen: the complement of
    /// "said", "announced", "told" and the like, with no "if" or "unless" on it.</summary>
    private static bool ReportedFuture(SentenceTree tree, int word) =>
        tree.Relation(word) == "ccomp" && tree.Head(word) is var report && report >= 0 && tree.Tags[report].Xpos == "VBD"
        && VerbLemmas.Of(tree.Words[report]).Any(SayingVerbs.Contains) && !HasCondition(tree, word, "if", "unless");

    /// <summary>Words that make what they govern something other than a deed.</summary>
    private static readonly FrozenDictionary<string, Modality> Governors = new Dictionary<string, Modality>
    {
        ["threaten"] = Modality.Threatened,
        ["threat"] = Modality.Threatened,
        ["warn"] = Modality.Threatened,
        ["demand"] = Modality.Demanded,
        ["urge"] = Modality.Demanded,
        ["call"] = Modality.Demanded,
        ["ask"] = Modality.Demanded,
        ["request"] = Modality.Demanded,
        ["appeal"] = Modality.Demanded,
        ["press"] = Modality.Demanded,
        ["insist"] = Modality.Demanded,
        ["plan"] = Modality.Planned,
        ["intend"] = Modality.Planned,
        ["decide"] = Modality.Planned,
        ["decision"] = Modality.Planned,
        ["agree"] = Modality.Planned,
        ["promise"] = Modality.Planned,
        ["pledge"] = Modality.Planned,
        ["vow"] = Modality.Planned,
        ["expect"] = Modality.Planned,
        ["prepare"] = Modality.Planned,
        ["aim"] = Modality.Planned,
        ["propose"] = Modality.Planned,
        ["proposal"] = Modality.Planned,
        ["want"] = Modality.Planned,
        ["seek"] = Modality.Planned,
        ["offer"] = Modality.Planned,
        ["intention"] = Modality.Planned,
        ["ready"] = Modality.Planned,
        ["willing"] = Modality.Planned,
        ["prepared"] = Modality.Planned,
        ["going"] = Modality.Planned,
        ["hope"] = Modality.Hypothetical,
        ["consider"] = Modality.Hypothetical,
        ["possibility"] = Modality.Hypothetical,
        ["risk"] = Modality.Hypothetical,
        ["fear"] = Modality.Hypothetical,
        ["prospect"] = Modality.Hypothetical,
        ["possible"] = Modality.Hypothetical,
        ["temptation"] = Modality.Hypothetical,
        ["try"] = Modality.Hypothetical,
        ["deny"] = Modality.Denied,
        ["refuse"] = Modality.Negated,
        ["fail"] = Modality.Negated,
        ["lack"] = Modality.Negated,
        ["reject"] = Modality.Negated,
        ["resumption"] = Modality.Hypothetical,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns among <see cref="Governors"/> that govern through a light verb ("made a decision to …").</summary>
    private static readonly FrozenSet<string> GovernorNouns = FrozenSet.Create(StringComparer.Ordinal,
        "decision", "plan", "proposal", "threat", "intention", "hope", "possibility", "risk", "prospect");

    /// <summary>The date attached to the trigger (a DATE or TIME whose head hangs from it), else the publication day.</summary>
    private static (string? Date, string? Precision) Date(SentenceTree tree, int trigger, DateTimeOffset? published)
    {
        foreach (var entity in tree.Entities)
        {
            if (entity.Label is not (EntityLabel.DATE or EntityLabel.TIME) || entity.Value is null || entity.Precision is "duration")
            {
                continue;
            }
            var head = tree.EntityHead(entity);
            if (tree.Head(head) == trigger || (tree.Head(head) is var h && h >= 0 && tree.Head(h) == trigger && tree.Relation(h) is "obl" or "nmod"))
            {
                return (entity.Value, entity.Precision);
            }
        }
        return published is { } p ? (p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "published") : (null, null);
    }

    /// <summary>A place named in an "in / at / near …" phrase of the trigger (or a phrase inside it: "in the direction of Hadrut").</summary>
    private (string? Place, string? Country) Place(SentenceTree tree, int trigger)
    {
        if (PlaceEntity(tree, trigger) is not { } entity)
        {
            return (null, null);
        }
        var name = tree.Text(entity.Start, entity.End);
        return (name, CountryOf(entity.Value ?? name));
    }

    /// <summary>The named place an event happens in: the first place, city or facility in an "in", "at", "near" …
    /// phrase on the trigger or on its object.</summary>
    private static Entity? PlaceEntity(SentenceTree tree, int trigger)
    {
        // A place on the object counts too: "killed five civilians in Kabul" hangs "in Kabul" on either word
        // (parsers and annotators differ), and both say where it happened.
        var phrases = tree.Children(trigger).ToList();
        foreach (var (child, relation) in phrases.ToArray())
        {
            if (relation is "obj" or "nsubj:pass")
            {
                phrases.AddRange(tree.Children(child).Where(c => c.Relation == "nmod"));
            }
        }
        foreach (var (child, relation) in phrases)
        {
            if (relation is not ("obl" or "nmod") || tree.Case(child) is not ("in" or "at" or "near" or "outside" or "inside" or "across" or "around"))
            {
                continue;
            }
            var (start, end) = tree.Subtree(child);
            foreach (var entity in tree.Entities)
            {
                if (entity.Start >= start && entity.End <= end && entity.Label is EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC)
                {
                    return entity;
                }
            }
        }
        return null;
    }
}
