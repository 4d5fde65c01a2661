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
            var events = new List<DictionaryEvent>();
            foreach (var (v, verb) in verbs)
            {
                // A verb another coded verb governs is coded as part of it ("agreed to restore").
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
                        code = code is null ? lowerCode : coder._dictionaries.Ontology.Combine(code, lowerCode);
                        targetVerb = lower;
                        break;
                    }
                }
                if (code is null)
                {
                    continue;
                }
                Emit(verb, targetVerb, code, events);
            }
            return events;
        }

        private void Emit(CodedVerb verb, CodedVerb targetVerb, string code, List<DictionaryEvent> events)
        {
            var sources = verb.SourceWord >= 0 ? ActorsOf(verb.SourceWord) : ActorsOf(Source(verb.Verb));
            var targets = targetVerb.TargetWord >= 0 ? ActorsOf(targetVerb.TargetWord) : Target(targetVerb.Verb);
            if (targets.Count == 0 && targetVerb != verb)
            {
                targets = verb.TargetWord >= 0 ? ActorsOf(verb.TargetWord) : Target(verb.Verb);
            }
            void Add(string source, int sourceWord, string target, int targetWord)
            {
                if (source == target)
                {
                    return;
                }
                var e = new DictionaryEvent(source, target, code, verb.Verb, sourceWord, targetWord);
                if (!events.Any(x => x.Source == e.Source && x.Target == e.Target && x.Code == e.Code))
                {
                    events.Add(e);
                }
            }
            if (sources.Count > 0 && targets.Count > 0)
            {
                foreach (var s in sources)
                {
                    foreach (var t in targets)
                    {
                        Add(s.Code, s.Head, t.Code, t.Head);
                    }
                }
            }
            else if (sources.Count > 1)
            {
                // "Brazil and the United States are seeking to deepen a partnership": each toward the other.
                foreach (var s in sources)
                {
                    foreach (var t in sources)
                    {
                        Add(s.Code, s.Head, t.Code, t.Head);
                    }
                }
            }
            else if (!coder._requireDyad && (sources.Count > 0 || targets.Count > 0))
            {
                var (s, t) = (sources.FirstOrDefault(), targets.FirstOrDefault());
                Add(s.Code ?? Unknown, s.Code is null ? -1 : s.Head, t.Code ?? Unknown, t.Code is null ? -1 : t.Head);
            }
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
            candidates.Add(tree.Child(verb, "obj"));
            candidates.Add(tree.Child(verb, "iobj"));
            foreach (var (child, relation) in tree.Children(verb))
            {
                if (relation.StartsWith("obl", StringComparison.Ordinal) && relation != "obl:agent" && relation != "obl:tmod")
                {
                    candidates.Add(child);
                }
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
            foreach (var conjunct in tree.Conjuncts(head))
            {
                var code = PhraseCode(conjunct);
                if (code is null)
                {
                    // "Jeffrey Kupfer, the US deputy secretary": the apposition names the actor.
                    var appos = tree.Child(conjunct, "appos");
                    code = appos >= 0 ? PhraseCode(appos) : null;
                }
                if (code is not null && !found.Exists(f => f.Item1 == code))
                {
                    found.Add((code, conjunct));
                }
            }
            _actors[head] = found;
            return found;
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
                if (Match(pattern, clause, first, last) is { } m && m.Score > bestScore && CodeFor(pattern.Code, passive) is not null)
                {
                    (best, bestScore, source, target) = (pattern, m.Score, m.Source, m.Target);
                }
            }
            var code = CodeFor(best?.Code ?? lookup.Code, passive);
            return new CodedVerb(verb, code == Unknown ? null : code, source, target);
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

        /// <summary>The words of a verb's own clause in reading order: its subtree without the clauses hung on it.</summary>
        private int[] Clause(int verb)
        {
            var words = new List<int> { verb };
            var stack = new Stack<int>();
            stack.Push(verb);
            while (stack.Count > 0)
            {
                foreach (var (child, relation) in tree.Children(stack.Pop()))
                {
                    if (relation is "ccomp" or "advcl" or "parataxis" or "csubj" or "acl:relcl" or "list"
                        || (relation == "conj" && IsVerb(child)))
                    {
                        continue;
                    }
                    words.Add(child);
                    stack.Push(child);
                }
            }
            words.Sort();
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
    private sealed record CodedVerb(int Verb, string? Code, int SourceWord, int TargetWord);
}
