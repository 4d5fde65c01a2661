using System.Collections.Immutable;
using Corroborate.Events.Dictionaries;
using Corroborate.Language;

namespace Corroborate.Events;

/// <summary>One event as PETRARCH writes it: the source and target actor codes (<c>---</c> when a side is
/// not known) and the CAMEO code, with the words they come from (0-based; -1 when none).</summary>
public sealed record DictionaryEvent(string Source, string Target, string Code, int Verb, int SourceWord, int TargetWord);

/// <summary>
/// Codes events with PETRARCH-format dictionaries (the production CAMEO.2.0 and Phoenix files, or a
/// user's own) over our dependency parses: a verb found in the verb dictionary, the block pattern that
/// best matches the words of its clause, its subject and object phrases coded through the actor and
/// agent dictionaries (actors by the date of the text), and a verb acting on another verb combined
/// through the coding ontology ("agreed to restore ties" is one event, not two).
/// </summary>
/// <remarks>
/// Patterns are matched on the words of the verb's own clause — its subtree without the clauses hung on
/// it (reported speech, adverbial and coordinated clauses) — in reading order: the elements before
/// <c>*</c> among the words before the verb, the rest after it, with any words between unless the
/// dictionary joins two elements with <c>_</c>. That one rule reads both the PETRARCH-2 syntax
/// (<c>- * (TO {BANNED PARTIES})</c>) and the older PETRARCH-1 one (<c>- NOT * RELATIONS</c>). The
/// pattern with the most elements matched wins; among equals, the first in the file.
/// Immutable and thread-safe.
/// </remarks>
public sealed class DictionaryEventCoder
{
    private const string Unknown = "---";

    private readonly EventDictionaries _dictionaries;
    private readonly bool _requireDyad;

    /// <param name="dictionaries">The dictionaries to code with.</param>
    /// <param name="requireDyad">Code only events with both a source and a target (PETRARCH's
    /// <c>require_dyad</c>, on in its production configuration).</param>
    public DictionaryEventCoder(EventDictionaries dictionaries, bool requireDyad = true)
    {
        _dictionaries = dictionaries;
        _requireDyad = requireDyad;
    }

    /// <summary>The dictionaries this coder reads.</summary>
    public EventDictionaries Dictionaries => _dictionaries;

    /// <summary>
    /// The events of one parsed sentence as (source, target, code) triples, each once; none when the
    /// sentence was not parsed or holds a discard phrase.
    /// </summary>
    /// <param name="date">The day of the text, which picks an actor's role when the dictionary dates it
    /// (a president's code before and after his term).</param>
    public IReadOnlyList<DictionaryEvent> CodeSentence(AnnotatedSentence sentence, DateOnly date)
    {
        if (sentence.Dependencies.Count != sentence.Words.Count || sentence.Words.Count == 0)
        {
            return [];
        }
        if (_dictionaries.Discards.Find(string.Join(' ', sentence.Words)) is not null)
        {
            return [];
        }
        return new SentenceCoding(this, new SentenceTree(sentence), date).Run();
    }

    /// <summary>The events of a text as event records (PLOVER category from the CAMEO code, actors with
    /// their dictionary codes split into country and the rest, modality from the sentence). Public
    /// statements (CAMEO 01) are left out: PLOVER does not count them as events.</summary>
    public IReadOnlyList<EventRecord> Code(AnnotatedText text, DateTimeOffset? published = null)
    {
        var date = DateOnly.FromDateTime((published ?? DateTimeOffset.UtcNow).UtcDateTime);
        var records = new List<EventRecord>();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            var events = CodeSentence(sentence, date);
            if (events.Count == 0)
            {
                continue;
            }
            var tree = new SentenceTree(sentence);
            foreach (var e in events)
            {
                var (category, mode) = CameoPlover.Of(e.Code);
                if (category is null)
                {
                    continue;
                }
                records.Add(new EventRecord(category, mode, e.Code, Actor(tree, e.Source, e.SourceWord), Actor(tree, e.Target, e.TargetWord),
                    [], EventCoder.Modal(tree, e.Verb), s, e.Verb)
                {
                    TriggerText = sentence.Words[e.Verb],
                    Date = published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    DatePrecision = published is null ? null : "published",
                });
            }
        }
        return records;
    }

    private static EventActor? Actor(SentenceTree tree, string code, int word)
    {
        if (code == Unknown || word < 0)
        {
            return null;
        }
        var (start, end) = tree.Phrase(word);
        // A dictionary code is a country (or ---) and the rest: ARMMIL, IGOUNO, ---LEG.
        var country = code.Length >= 3 && code[..3] is var prefix && prefix.All(char.IsAsciiLetterUpper) && prefix is not ("IGO" or "NGO" or "IMG" or "MNC")
            ? prefix
            : null;
        var rest = country is null ? code.TrimStart('-') : code[3..];
        return new EventActor(tree.Text(start, end), start, end, country, rest.Length == 0 ? null : rest, null);
    }

    /// <summary>The coding of one sentence: its verbs, their patterns and actors.</summary>
    private sealed class SentenceCoding(DictionaryEventCoder coder, SentenceTree tree, DateOnly date)
    {
        private readonly string[] _upper = [.. tree.Words.Select(w => w.ToUpperInvariant())];
        private readonly Dictionary<int, List<(string Code, int Head)>> _actors = [];
        private Dictionary<int, CodedVerb> _verbs = [];

        private VerbDictionary Verbs => coder._dictionaries.Verbs;

        public List<DictionaryEvent> Run()
        {
            var verbs = new Dictionary<int, CodedVerb>();
            for (var v = 0; v < tree.Count; v++)
            {
                if (IsVerb(v) && FindVerb(v) is { } found)
                {
                    verbs[v] = found;
                }
            }
            _verbs = verbs;
            // Each coded verb's frame, with a verb it governs by xcomp folded in ("agreed to restore ties").
            var frames = new Dictionary<int, Frame>();
            foreach (var (v, verb) in verbs)
            {
                if (tree.Relation(v) == "xcomp" && tree.Head(v) is var up && up >= 0 && verbs.ContainsKey(up))
                {
                    continue;
                }
                var code = verb.Code;
                var targetVerb = verb;
                foreach (var (child, relation) in tree.Children(v))
                {
                    if (relation == "xcomp" && verbs.TryGetValue(child, out var lower) && lower.Code is { } lowerCode)
                    {
                        if (code is not null && Transformed(verb, code, Controlled(verb, lower, lowerCode)) is { } made)
                        {
                            frames[v] = new Frame(verb.Verb, code, [], []) { Result = made };
                            code = null;
                        }
                        else
                        {
                            code = code is null ? lowerCode : verb.FromPattern ? code : coder._dictionaries.Ontology.Combine(code, lowerCode);
                            targetVerb = lower;
                        }
                        break;
                    }
                }
                if (code is not null)
                {
                    if (Negated(v) || (targetVerb != verb && Negated(targetVerb.Verb)))
                    {
                        // "would not provide support" is a refusal (121) where the ontology says so.
                        code = coder._dictionaries.Ontology.Negate(code) ?? code;
                    }
                    frames[v] = Frame(verb, targetVerb, code);
                }
            }
            // A report of an event can change what it is ("A said B attacked" is A accusing B): the
            // dictionary's transformations, applied to a verb and the event in its ccomp.
            var events = new List<DictionaryEvent>();
            var consumed = new HashSet<int>();
            foreach (var (v, frame) in frames)
            {
                foreach (var (child, relation) in tree.Children(v))
                {
                    if (relation == "ccomp" && frames.TryGetValue(child, out var inner) && inner.Result is null
                        && Transformed(verbs[v], frame.Code, inner) is { } result)
                    {
                        consumed.Add(v);
                        consumed.Add(child);
                        foreach (var e in result)
                        {
                            Add(events, e);
                        }
                    }
                }
            }
            foreach (var (v, frame) in frames)
            {
                if (consumed.Contains(v))
                {
                    continue;
                }
                foreach (var e in frame.Result ?? Pairs(frame, verbs[v]))
                {
                    Add(events, e);
                }
            }
            return events;
        }

        private bool Negated(int verb) =>
            tree.Children(verb).Exists(c => c.Relation == "neg" || (c.Relation == "advmod" && tree.Lower(c.Child) is "not" or "n't" or "never"));

        private static void Add(List<DictionaryEvent> events, DictionaryEvent e)
        {
            if (e.Source != e.Target && !events.Exists(x => x.Source == e.Source && x.Target == e.Target && x.Code == e.Code))
            {
                events.Add(e);
            }
        }

        /// <summary>A verb's code and actors: its source, and the target of the verb it governs when one is folded in.</summary>
        private Frame Frame(CodedVerb verb, CodedVerb targetVerb, string code)
        {
            var sources = verb.SourceWord >= 0 ? ActorsOf(verb.SourceWord) : ActorsOf(Source(verb.Verb));
            var targets = targetVerb.TargetWord >= 0 ? ActorsOf(targetVerb.TargetWord) : Target(targetVerb.Verb);
            if (targets.Count == 0 && targetVerb != verb)
            {
                targets = verb.TargetWord >= 0 ? ActorsOf(verb.TargetWord) : Target(verb.Verb);
            }
            return new Frame(verb.Verb, code, sources, targets);
        }

        private IEnumerable<DictionaryEvent> Pairs(Frame frame, CodedVerb verb)
        {
            var (sources, targets) = (frame.Sources, frame.Targets);
            if (sources.Count > 0 && targets.Count > 0)
            {
                foreach (var s in sources)
                {
                    foreach (var t in targets)
                    {
                        yield return new DictionaryEvent(s.Code, t.Code, frame.Code, frame.Verb, s.Head, t.Head);
                    }
                }
            }
            else if (sources.Count > 1 && tree.Child(verb.Verb, "nsubj") >= 0)
            {
                // "Brazil and the United States are seeking to deepen a partnership": each toward the other,
                // when the coordinated actors are the verb's own subject.
                foreach (var s in sources)
                {
                    foreach (var t in sources)
                    {
                        yield return new DictionaryEvent(s.Code, t.Code, frame.Code, frame.Verb, s.Head, t.Head);
                    }
                }
            }
            else if (!coder._requireDyad && (sources.Count > 0 || targets.Count > 0))
            {
                var (s, t) = (sources.FirstOrDefault(), targets.FirstOrDefault());
                yield return new DictionaryEvent(s.Code ?? Unknown, t.Code ?? Unknown, frame.Code, frame.Verb, s.Code is null ? -1 : s.Head, t.Code is null ? -1 : t.Head);
            }
        }

        /// <summary>
        /// The events a transformation line makes of <paramref name="upper"/> (coded <paramref name="code"/>)
        /// governing <paramref name="inner"/>, or null when none applies. A line's verbs match by code, so
        /// synonyms match too; its actor letters stand for actors (<c>a</c> the upper verb's source, another
        /// letter an actor other than it), <c>.</c> for any actor or none, <c>_</c> for none.
        /// </summary>
        private List<DictionaryEvent>? Transformed(CodedVerb upper, string code, Frame inner)
        {
            var sources = ActorsOf(Source(upper.Verb));
            List<DictionaryEvent>? made = null;
            // Each reporter on its own: "Obama and Putin said they will attack Iraq" is two threats.
            foreach (var source in sources.Count == 0 ? [default] : sources)
            {
                var innerSource = inner.Sources.Exists(i => i.Code == source.Code) ? inner.Sources.Find(i => i.Code == source.Code) : inner.Sources.FirstOrDefault();
                var innerTarget = inner.Targets.FirstOrDefault();
                foreach (var t in Verbs.Transformations)
                {
                    if (!SameCode(t.Verb, code) || (t.InnerVerb != "Q" && !SameCode(t.InnerVerb, inner.Code)))
                    {
                        continue;
                    }
                    var bound = new Dictionary<string, (string Code, int Head)>(StringComparer.Ordinal);
                    if (!Bind(t.Source, source, bound) || !Bind(t.InnerSource, innerSource, bound) || !Bind(t.InnerTarget, innerTarget, bound))
                    {
                        continue;
                    }
                    if (!bound.TryGetValue(t.ResultSource, out var s) || !bound.TryGetValue(t.ResultTarget, out var tg))
                    {
                        continue;
                    }
                    var result = t.ResultCode == "Q" ? inner.Code : t.ResultCode;
                    (made ??= []).Add(new DictionaryEvent(s.Code, tg.Code, result, upper.Verb, s.Head, tg.Head));
                    break;
                }
            }
            return made;
        }

        /// <summary>The event of a verb another governs by xcomp, with only the source it names itself: its
        /// own subject, or the governing verb's object ("wants Putin to attack"); none for "wants to attack".</summary>
        private Frame Controlled(CodedVerb upper, CodedVerb lower, string code)
        {
            var subject = tree.Child(lower.Verb, "nsubj");
            if (subject < 0)
            {
                subject = tree.Child(upper.Verb, "obj");
            }
            var sources = lower.SourceWord >= 0 ? ActorsOf(lower.SourceWord) : ActorsOf(tree.Actor(subject, lower.Verb));
            var targets = lower.TargetWord >= 0 ? ActorsOf(lower.TargetWord) : Target(lower.Verb);
            return new Frame(lower.Verb, code, sources, targets);
        }

        private static bool Bind(string variable, (string Code, int Head) actor, Dictionary<string, (string Code, int Head)> bound)
        {
            var present = actor.Code is not null;
            switch (variable)
            {
                case ".":
                    return true;
                case "_":
                    return !present;
            }
            if (!present)
            {
                return false;
            }
            if (bound.TryGetValue(variable, out var earlier))
            {
                return earlier.Code == actor.Code;
            }
            // Two letters are two different actors.
            if (bound.Values.Any(b => b.Code == actor.Code))
            {
                return false;
            }
            bound[variable] = actor;
            return true;
        }

        /// <summary>Whether a transformation's verb word (or code) means <paramref name="code"/>: the verb's
        /// code, or a code under the same root when the word codes the root itself ("ATTACK" 190 covers 193).</summary>
        private bool SameCode(string word, string code)
        {
            var found = Verbs.Find(word.Replace('_', ' ').Split(' ')[^1]);
            foreach (var lookup in found)
            {
                var own = CodeFor(lookup.Code, false);
                if (own == code || (own is { Length: 3 } && own.EndsWith('0') && code.StartsWith(own[..2], StringComparison.Ordinal)))
                {
                    return true;
                }
            }
            return word == code;
        }

        private bool IsVerb(int word) =>
            tree.Tags[word].Upos == "VERB" || (tree.Tags[word].Xpos.StartsWith("VB", StringComparison.Ordinal) && tree.Tags[word].Upos != "AUX");

        private bool IsPassive(int verb) =>
            tree.Child(verb, "nsubj:pass") >= 0 || tree.Child(verb, "aux:pass") >= 0
            || (tree.Relation(verb) == "acl" && tree.Tags[verb].Xpos == "VBN");

        /// <summary>The subject of a verb: its nsubj (the agent of a passive), else the subject it shares.</summary>
        private int Source(int verb)
        {
            var passive = IsPassive(verb);
            var subject = passive ? tree.Child(verb, "obl:agent") : tree.Child(verb, "nsubj");
            if (subject < 0 && passive)
            {
                subject = tree.ObliqueWith(verb, "by");
            }
            if (subject < 0 && !passive)
            {
                subject = tree.InheritedSubject(verb);
            }
            if (subject < 0 && tree.Relation(verb) == "xcomp" && tree.Head(verb) is var up && up >= 0)
            {
                // "Obama is scheduled to attend": the subject of a passive above.
                subject = tree.Child(up, "nsubj:pass");
            }
            return tree.Actor(subject, verb);
        }

        /// <summary>The first phrase after a verb that names an actor: its object (the subject of a
        /// passive), indirect object, then its prepositional phrases in reading order.</summary>
        private List<(string Code, int Head)> Target(int verb)
        {
            var candidates = new List<int>();
            if (IsPassive(verb))
            {
                var subject = tree.Child(verb, "nsubj:pass");
                candidates.Add(subject >= 0 ? subject : tree.Relation(verb) == "acl" ? tree.Head(verb) : tree.SubjectBefore(verb));
            }
            var obj = tree.Child(verb, "obj");
            candidates.Add(obj);
            candidates.Add(tree.Child(verb, "iobj"));
            foreach (var (child, relation) in tree.Children(verb))
            {
                if (relation.StartsWith("obl", StringComparison.Ordinal) && relation != "obl:agent" && relation != "obl:tmod")
                {
                    candidates.Add(child);
                }
            }
            if (obj >= 0 && tree.Child(obj, "acl") is var participle && participle >= 0)
            {
                // "welcomed memos sent by Bree": who the object comes from.
                candidates.Add(tree.Child(participle, "obl:agent") is var agent && agent >= 0 ? agent : tree.ObliqueWith(participle, "by", "from"));
            }
            if (tree.Child(verb, "ccomp") is var clause && clause >= 0 && !(_verbs.TryGetValue(clause, out var inner) && inner.Code is not null))
            {
                // "alleged that France was aware": a reported clause that is no event of its own is about its subject.
                candidates.Add(tree.Child(clause, "nsubj"));
            }
            foreach (var word in candidates)
            {
                var actor = tree.Actor(word, verb);
                if (actor >= 0 && ActorsOf(actor) is { Count: > 0 } found)
                {
                    return found;
                }
            }
            return [];
        }

        /// <summary>The actor codes of a phrase and the phrases coordinated with it.</summary>
        private List<(string Code, int Head)> ActorsOf(int head)
        {
            if (head < 0)
            {
                return [];
            }
            if (_actors.TryGetValue(head, out var cached))
            {
                return cached;
            }
            var found = new List<(string, int)>();
            void Add(string? code, int word)
            {
                // An actor entry may name several actors at once: [FRO/BIL/SAM].
                foreach (var one in code?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [])
                {
                    if (!found.Exists(f => f.Item1 == one))
                    {
                        found.Add((one, word));
                    }
                }
            }
            foreach (var conjunct in tree.Conjuncts(head))
            {
                var code = PhraseCode(conjunct);
                if (code is null)
                {
                    // "Jeffrey Kupfer, the US deputy secretary": the apposition names the actor.
                    var appos = tree.Child(conjunct, "appos");
                    code = appos >= 0 ? PhraseCode(appos) : null;
                }
                Add(code, conjunct);
                // "ties between Eriador and Osgiliath", "a resumption of ties between …": the actors coordinated
                // inside the phrase, down its chain of nominal modifiers.
                if (code is not null)
                {
                    AddCoordinatedInside(conjunct, 3);
                }
            }
            _actors[head] = found;
            return found;

            void AddCoordinatedInside(int word, int depth)
            {
                foreach (var (child, relation) in tree.Children(word))
                {
                    if (!relation.StartsWith("nmod", StringComparison.Ordinal))
                    {
                        continue;
                    }
                    foreach (var inner in tree.Conjuncts(child).Skip(1))
                    {
                        Add(PhraseCode(inner), inner);
                    }
                    if (depth > 1)
                    {
                        AddCoordinatedInside(child, depth - 1);
                    }
                }
            }
        }

        /// <summary>
        /// A phrase's code: its actor (the one that holds the head word, else the first), qualified by each
        /// agent in it ("Iraqi government troops" → IRQ + GOV + MIL); <c>---</c> and the agents when it
        /// names no actor ("lawmakers" → ---LEG); null when it names neither.
        /// </summary>
        private string? PhraseCode(int head)
        {
            var (start, end) = tree.Phrase(head);
            string? actor = null;
            var actorHasHead = false;
            var covered = new bool[end - start];
            for (var i = start; i < end; i++)
            {
                if (coder._dictionaries.Actors.LongestMatch(_upper, i, end) is not { } match)
                {
                    continue;
                }
                var code = match.Entry.CodeOn(date);
                var holdsHead = head >= i && head < i + match.Length;
                if (code is not null && code != Unknown && (actor is null || (holdsHead && !actorHasHead)))
                {
                    actor = code;
                    actorHasHead = holdsHead;
                }
                for (var k = i; k < i + match.Length; k++)
                {
                    covered[k - start] = true;
                }
                i += match.Length - 1;
            }
            var agents = new List<AgentEntry>();
            for (var i = start; i < end; i++)
            {
                if (covered[i - start] || coder._dictionaries.Agents.LongestMatch(_upper, i, end) is not { } match)
                {
                    continue;
                }
                agents.Add(match.Entry);
                i += match.Length - 1;
            }
            if (actor is null && agents.Count == 0)
            {
                return null;
            }
            var result = actor ?? Unknown;
            foreach (var agent in agents)
            {
                if (!result.Contains(agent.Code, StringComparison.Ordinal))
                {
                    result = agent.Apply(result);
                }
            }
            return result;
        }

        /// <summary>The verb at a word, with the code its best pattern (or the verb, or its block) gives.</summary>
        private CodedVerb? FindVerb(int verb)
        {
            var (lookup, first, last) = Lookup(verb);
            if (lookup is null)
            {
                return null;
            }
            var clause = Clause(verb);
            var passive = IsPassive(verb);
            VerbPattern? best = null;
            var bestScore = 0;
            var (source, target) = (-1, -1);
            foreach (var pattern in lookup.Block.Patterns)
            {
                if (Match(pattern, clause, first, last) is { } m && m.Score >= bestScore && m.Score > 0 && CodeFor(pattern.Code, passive) is not null)
                {
                    (best, bestScore, source, target) = (pattern, m.Score, m.Source, m.Target);
                }
            }
            var code = CodeFor(best?.Code ?? lookup.Code, passive);
            return new CodedVerb(verb, code == Unknown ? null : code, source, target) { FromPattern = best is not null };
        }

        private static string? CodeFor(VerbCode code, bool passive)
        {
            var chosen = passive && code.Passive is not null ? code.Passive : code.Active;
            return string.IsNullOrEmpty(chosen) ? null : chosen;
        }

        /// <summary>The dictionary verb at a word: the longest form whose words stand around it, looked up by
        /// the word as written and then by its possible lemmas ("freed" → FREE).</summary>
        private (VerbLookup? Lookup, int First, int Last) Lookup(int verb)
        {
            var found = Verbs.Find(_upper[verb]);
            if (found.IsEmpty)
            {
                foreach (var lemma in VerbLemmas.Of(tree.Words[verb]))
                {
                    found = Verbs.Find(lemma.ToUpperInvariant());
                    if (!found.IsEmpty)
                    {
                        break;
                    }
                }
            }
            (VerbLookup? Lookup, int First, int Last) best = (null, verb, verb);
            var bestLength = 0;
            foreach (var lookup in found)
            {
                if (FormAt(lookup.Form, verb) is { } span && lookup.Form.Words.Length > bestLength)
                {
                    best = (lookup, span.First, span.Last);
                    bestLength = lookup.Form.Words.Length;
                }
            }
            return best;
        }

        /// <summary>Where a verb form's words stand when its head word is at <paramref name="verb"/>: words
        /// before it just before, words after it just after or as its particle ("pulled its troops out").</summary>
        private (int First, int Last)? FormAt(VerbForm form, int verb)
        {
            var first = verb - form.Head;
            if (first < 0)
            {
                return null;
            }
            for (var k = 0; k < form.Head; k++)
            {
                if (_upper[first + k] != form.Words[k])
                {
                    return null;
                }
            }
            var last = verb;
            for (var k = form.Head + 1; k < form.Words.Length; k++)
            {
                if (last + 1 < tree.Count && _upper[last + 1] == form.Words[k])
                {
                    last++;
                    continue;
                }
                var particle = tree.Child(verb, "compound:prt");
                if (k == form.Words.Length - 1 && particle > verb && _upper[particle] == form.Words[k])
                {
                    continue;
                }
                return null;
            }
            return (first, last);
        }

        /// <summary>The words of a verb's own clause in reading order: its subtree without the clauses hung on it,
        /// the verbs it governs among them ("wants to attack" is no "- * ATTACK" noun: patterns name nouns).</summary>
        private int[] Clause(int verb)
        {
            var words = new List<int> { verb };
            var stack = new Stack<int>();
            stack.Push(verb);
            while (stack.Count > 0)
            {
                foreach (var (child, relation) in tree.Children(stack.Pop()))
                {
                    if (relation is "ccomp" or "xcomp" or "advcl" or "parataxis" or "csubj" or "acl:relcl" or "list"
                        || (relation == "conj" && IsVerb(child)))
                    {
                        continue;
                    }
                    words.Add(child);
                    stack.Push(child);
                }
            }
            words.Sort();
            var patient = tree.Child(verb, "nsubj:pass");
            if (patient >= 0 && patient < verb)
            {
                // A passive's subject is what the verb acts on, so its patterns' object words are looked
                // for there: "the civilians … were released" matches "- * &PEOPLE".
                var (start, end) = tree.Subtree(patient);
                var moved = words.Where(w => w >= start && w < end).ToList();
                words.RemoveAll(w => w >= start && w < end);
                words.InsertRange(words.IndexOf(verb) + 1, moved);
            }
            return [.. words];
        }

        private readonly record struct PatternMatch(int Score, int Source, int Target);

        /// <summary>Matches a pattern's elements in order around the verb form (<paramref name="first"/> to
        /// <paramref name="last"/>) among the clause's words; null when one is missing.</summary>
        private PatternMatch? Match(VerbPattern pattern, int[] clause, int first, int last)
        {
            var firstAt = Array.IndexOf(clause, first);
            var lastAt = Array.IndexOf(clause, last);
            if (firstAt < 0 || lastAt < 0)
            {
                firstAt = lastAt = Array.IndexOf(clause, first < 0 ? last : first);
                if (firstAt < 0)
                {
                    return null;
                }
            }
            var (score, source, target) = (0, -1, -1);
            var after = Flatten(pattern.After);
            var pos = lastAt + 1;
            foreach (var element in after)
            {
                if (element.Kind == PatternElementKind.Skip)
                {
                    pos = SkipForward(clause, pos);
                    if (pos < 0)
                    {
                        return null;
                    }
                    continue;
                }
                var matched = false;
                for (var p = pos; p < clause.Length; p++)
                {
                    var length = ElementAt(element, clause, p, ref source, ref target);
                    if (length > 0)
                    {
                        (pos, matched) = (p + length, true);
                        break;
                    }
                    if (element.Joined)
                    {
                        break;
                    }
                }
                if (!matched)
                {
                    return null;
                }
                score++;
            }
            var before = Flatten(pattern.Before);
            var verbElement = pattern.Elements[pattern.VerbIndex];
            pos = firstAt - 1;
            for (var e = before.Count - 1; e >= 0; e--)
            {
                var element = before[e];
                var joinedRight = e == before.Count - 1 ? verbElement.Joined : before[e + 1].Joined;
                if (element.Kind == PatternElementKind.Skip)
                {
                    pos = SkipBackward(clause, pos);
                    if (pos < -1)
                    {
                        return null;
                    }
                    continue;
                }
                var matched = false;
                for (var p = pos; p >= 0; p--)
                {
                    var length = ElementAt(element, clause, p, ref source, ref target);
                    if (length > 0 && p + length - 1 <= pos)
                    {
                        (pos, matched) = (p - 1, true);
                        break;
                    }
                    if (joinedRight && p + 1 <= pos)
                    {
                        break;
                    }
                }
                if (!matched)
                {
                    return null;
                }
                score++;
            }
            return new PatternMatch(score, source, target);
        }

        /// <summary><c>^</c> after the verb: past the next noun phrase's head. The clause position after it, or -1 when there is none.</summary>
        private int SkipForward(int[] clause, int pos)
        {
            for (var p = pos; p < clause.Length; p++)
            {
                if (PhraseHead(clause[p]) is var head && head >= 0)
                {
                    // Through the head word, not the phrases hung after it: "at Osgiliath with Gondor".
                    var end = Math.Max(head, clause[p]) + 1;
                    var next = p + 1;
                    while (next < clause.Length && clause[next] < end)
                    {
                        next++;
                    }
                    return next;
                }
            }
            return -1;
        }

        /// <summary><c>^</c> before the verb: back past the nearest noun phrase. The clause position before it, or -2 when there is none.</summary>
        private int SkipBackward(int[] clause, int pos)
        {
            for (var p = pos; p >= 0; p--)
            {
                if (PhraseHead(clause[p]) is var head && head >= 0)
                {
                    var start = tree.Phrase(head).Start;
                    var previous = p - 1;
                    while (previous >= 0 && clause[previous] >= start)
                    {
                        previous--;
                    }
                    return previous;
                }
            }
            return -2;
        }

        /// <summary>How many clause words an element covers at clause position <paramref name="p"/>; 0 when it does not match there.</summary>
        private int ElementAt(PatternElement element, int[] clause, int p, ref int source, ref int target)
        {
            var word = clause[p];
            switch (element.Kind)
            {
                case PatternElementKind.Word:
                    return element.Alternatives.Any(a => SameWord(_upper[word], a)) ? 1 : 0;
                case PatternElementKind.Synset:
                    return Verbs.Synsets.TryGetValue(element.Text, out var synset) ? SynsetAt(synset, clause, p) : 0;
                case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound:
                    var head = PhraseHead(word);
                    if (head < 0 || ActorsOf(head).Count == 0)
                    {
                        return 0;
                    }
                    if (element.Kind == PatternElementKind.Source)
                    {
                        source = head;
                    }
                    else if (element.Kind == PatternElementKind.Target)
                    {
                        target = head;
                    }
                    return 1;
                default:
                    return 0;
            }
        }

        private int SynsetAt(Synset synset, int[] clause, int p)
        {
            foreach (var member in synset.Members)
            {
                foreach (var words in new[] { member.Words, member.Plural })
                {
                    if (words.IsEmpty || p + words.Length > clause.Length)
                    {
                        continue;
                    }
                    var all = true;
                    for (var k = 0; k < words.Length && all; k++)
                    {
                        all = SameWord(_upper[clause[p + k]], words[k]);
                    }
                    if (all)
                    {
                        return words.Length;
                    }
                }
            }
            return 0;
        }

        /// <summary>A word of the text and a dictionary word are the same when equal or one is the other's regular plural.</summary>
        private static bool SameWord(string text, string dictionary) =>
            text == dictionary || text == DictionaryText.Plural(dictionary) || (dictionary.Length > 3 && DictionaryText.Plural(text) == dictionary);

        /// <summary>The head of the noun phrase a word is part of: up through compounds, modifiers and determiners.</summary>
        private int PhraseHead(int word)
        {
            while (tree.Relation(word) is "compound" or "flat" or "amod" or "det" or "nmod:poss" or "nummod" or "case" && tree.Head(word) >= 0)
            {
                word = tree.Head(word);
            }
            return tree.Tags[word].Upos is "NOUN" or "PROPN" or "PRON" or "NUM" ? tree.Actor(word, word) : -1;
        }

        private static List<PatternElement> Flatten(ImmutableArray<PatternElement> elements)
        {
            var flat = new List<PatternElement>();
            foreach (var element in elements)
            {
                if (element.Kind is PatternElementKind.NounPhrase or PatternElementKind.Prepositional)
                {
                    flat.AddRange(Flatten(element.Children));
                }
                else
                {
                    flat.Add(element);
                }
            }
            return flat;
        }
    }

    /// <summary>A verb found in the dictionary: its code (null when it codes nothing by itself) and the
    /// source and target words its pattern marked with <c>$</c> and <c>+</c> (-1 when none).</summary>
    private sealed record CodedVerb(int Verb, string? Code, int SourceWord, int TargetWord)
    {
        /// <summary>The code is a pattern's, which may already have read the governed verb ("- * ATTACK" under WANT).</summary>
        public bool FromPattern { get; init; }
    }

    /// <summary>A coded verb with its actors, or the events a transformation made of it (<see cref="Result"/>).</summary>
    private sealed record Frame(int Verb, string Code, List<(string Code, int Head)> Sources, List<(string Code, int Head)> Targets)
    {
        public List<DictionaryEvent>? Result { get; init; }
    }
}
