using System.Collections.Frozen;
using Corroborate.Language;

namespace Corroborate.Events;

/// <summary>A parsed sentence as a tree the event coders walk: children by relation, the entity at each
/// word, phrase spans, and the repairs for parser slips both coders need (0-based words; -1 is none).</summary>
internal sealed class SentenceTree
{
    private readonly AnnotatedSentence _sentence;
    private readonly List<(int Child, string Relation)>[] _children;
    private readonly Entity?[] _entityAt;

    public SentenceTree(AnnotatedSentence sentence)
    {
        _sentence = sentence;
        _children = new List<(int, string)>[sentence.Words.Count];
        _entityAt = new Entity?[sentence.Words.Count];
        for (var i = 0; i < _children.Length; i++)
        {
            var head = sentence.Dependencies[i].Head - 1;
            if (head >= 0 && head < _children.Length)
            {
                (_children[head] ??= []).Add((i, sentence.Dependencies[i].Relation));
            }
        }
        foreach (var e in sentence.Entities)
        {
            for (var w = e.Start; w < e.End && w < _entityAt.Length; w++)
            {
                _entityAt[w] ??= e;
            }
        }
    }

    public int Count => _sentence.Words.Count;

    public IReadOnlyList<string> Words => _sentence.Words;

    public IReadOnlyList<PosTag> Tags => _sentence.Tags;

    public IReadOnlyList<Entity> Entities => _sentence.Entities;

    public string Lower(int word) => _sentence.Words[word].ToLowerInvariant();

    public int Head(int word) => _sentence.Dependencies[word].Head - 1;

    public string Relation(int word) => _sentence.Dependencies[word].Relation;

    public List<(int Child, string Relation)> Children(int word) => _children[word] ?? NoChildren;

    private static readonly List<(int Child, string Relation)> NoChildren = [];

    public int Child(int word, string relation)
    {
        foreach (var (child, r) in Children(word))
        {
            if (r == relation)
            {
                return child;
            }
        }
        return -1;
    }

    /// <summary>The preposition of a phrase ("in" for "in the direction of Hadrut"), lower case, or null.</summary>
    public string? Case(int word)
    {
        var c = Child(word, "case");
        return c >= 0 ? Lower(c) : null;
    }

    /// <summary>An obl child whose preposition is one of <paramref name="prepositions"/>.</summary>
    public int ObliqueWith(int word, params string[] prepositions) => WithCase(word, "obl", prepositions);

    /// <summary>An nmod child whose preposition is one of <paramref name="prepositions"/>.</summary>
    public int NominalWith(int word, params string[] prepositions) => WithCase(word, "nmod", prepositions);

    private int WithCase(int word, string relation, string[] prepositions)
    {
        foreach (var (child, r) in Children(word))
        {
            if ((r == relation || r.StartsWith(relation + ":", StringComparison.Ordinal)) && Case(child) is { } c && Array.IndexOf(prepositions, c) >= 0)
            {
                return child;
            }
        }
        return -1;
    }

    /// <summary>
    /// What a subject or possessive pronoun of the third person stands for, within the sentence: the
    /// nearest subject above it that is a name or a noun ("Israel mounted its invasion", "the union
    /// announced that it had called off the strike", "King Hassan was quoted as saying he would host"); -1 if none.
    /// </summary>
    /// <remarks>For the acting side only: <see cref="Actor"/> already reads a pronoun of a reported clause
    /// as its reporter in any role, but an object pronoun ("attacked it") must not become the subject.</remarks>
    public int Antecedent(int pronoun)
    {
        if (Tags[pronoun].Upos != "PRON" || Lower(pronoun) is not ("it" or "its" or "he" or "his" or "she" or "they" or "their"))
        {
            return -1;
        }
        for (var (word, hops) = (Head(pronoun), 0); word >= 0 && hops < 12; (word, hops) = (Head(word), hops + 1))
        {
            foreach (var relation in (string[])["nsubj", "nsubj:pass"])
            {
                var subject = Child(word, relation);
                if (subject >= 0 && subject != pronoun && Tags[subject].Upos is "PROPN" or "NOUN")
                {
                    return subject;
                }
            }
        }
        return -1;
    }

    /// <summary>The subject a verb without one shares: a conjunct's first verb's, or the controller's of an xcomp ("Armenia agreed to release").</summary>
    public int InheritedSubject(int verb)
    {
        for (var word = verb; Relation(word) is "conj" or "xcomp" && Head(word) >= 0;)
        {
            word = Head(word);
            var subject = Child(word, "nsubj");
            if (subject < 0 && Lower(word) is "willing" or "ready" or "prepared" or "eager" or "determined" or "able" or "unable" or "reluctant")
            {
                // "says it is willing to withdraw": these adjectives take a doer, so an "it" the parse made an
                // expletive is the subject.
                subject = Child(word, "expl");
            }
            if (subject >= 0)
            {
                return subject;
            }
        }
        return -1;
    }

    /// <summary>The word as an actor of <paramref name="trigger"/>: -1 for a date or time ("on Thursday"),
    /// and a relative pronoun stands for the noun its clause describes ("the men who released …").</summary>
    public int Actor(int word, int trigger)
    {
        if (word >= 0 && _entityAt[word] is { Label: EntityLabel.DATE or EntityLabel.TIME } && Child(word, "compound") is var name && name >= 0 && name < word)
        {
            // "Iran today threatened": the parser made the name a compound of the date.
            return name;
        }
        if (word < 0 || _entityAt[word] is { Label: EntityLabel.DATE or EntityLabel.TIME or EntityLabel.PERCENT or EntityLabel.MONEY })
        {
            return -1;
        }
        if (Lower(word) is "it" or "he" or "she" or "they" or "we" && Tags[word].Upos == "PRON")
        {
            // "Hungary has said it will support …": a pronoun in a reported clause is the reporter.
            for (var clause = trigger; Head(clause) is var up && up >= 0 && Relation(clause) is "ccomp" or "xcomp" or "conj" or "advcl"; clause = up)
            {
                var speaker = Child(up, "nsubj");
                if (speaker >= 0 && speaker != word && Tags[speaker].Upos is "PROPN" or "NOUN")
                {
                    return speaker;
                }
            }
            return word;
        }
        if (Lower(word) is "who" or "which" or "that" or "whom")
        {
            for (var clause = trigger; clause >= 0; clause = Head(clause))
            {
                if (Relation(clause) == "acl:relcl")
                {
                    return Head(clause);
                }
                if (Relation(clause) is not ("conj" or "xcomp"))
                {
                    break;
                }
            }
            return -1;
        }
        return word;
    }

    /// <summary>The noun phrase just before a passive verb's auxiliary when the parser hung it elsewhere:
    /// "32 people of Armenian origin were released" with "people" taken for a modifier of an earlier noun.</summary>
    public int SubjectBefore(int verb)
    {
        var first = verb;
        foreach (var (child, r) in Children(verb))
        {
            if (r is "aux" or "aux:pass" && child < first)
            {
                first = child;
            }
        }
        var word = first - 1;
        if (word < 0 || Tags[word].Upos is not ("NOUN" or "PROPN" or "NUM" or "PRON"))
        {
            return -1;
        }
        // Up through "of" phrases and compounds: "origin" → "people" in "people of Armenian origin".
        while (Head(word) is var h && h >= 0 && h < verb && (Relation(word) is "compound" or "flat" || (Relation(word) == "nmod" && Case(word) is not null)))
        {
            word = h;
        }
        return word;
    }

    /// <summary>A phrase and the phrases coordinated with it ("Azerbaijan and Armenia").</summary>
    public List<int> Conjuncts(int head)
    {
        var list = new List<int> { head };
        foreach (var (child, r) in Children(head))
        {
            if (r == "conj" && Tags[child].Upos is "NOUN" or "PROPN" or "PRON" or "NUM")
            {
                list.Add(child);
            }
        }
        return list;
    }

    /// <summary>The words a phrase spans: its head's subtree without clauses, conjuncts and outer punctuation.</summary>
    public (int Start, int End) Phrase(int head)
    {
        var (start, end) = (head, head + 1);
        var limit = Count; // a conjunct left out after the head ends the phrase before it, with all that follows
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            var word = stack.Pop();
            foreach (var (child, r) in Children(word))
            {
                if (r == "conj" && child > head)
                {
                    limit = Math.Min(limit, Subtree(child).Start);
                }
                // The phrase's own preposition is not part of the actor: "by Azerbaijan" names Azerbaijan.
                // Nor is an agent hung on it ("three soldiers by Georgia": the release was Georgia's, the soldiers are three soldiers).
                if (r is "conj" or "cc" or "acl:relcl" or "acl" or "appos" or "parataxis" or "punct" or "advcl" or "dep"
                    || (word == head && r is "case" or "mark" or "cop")
                    || (word == head && r == "nmod" && Case(child) == "by"))
                {
                    continue;
                }
                start = Math.Min(start, child);
                end = Math.Max(end, child + 1);
                stack.Push(child);
            }
        }
        end = Math.Max(head + 1, Math.Min(end, limit));
        while (end - 1 > head && Tags[end - 1].Upos == "PUNCT")
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>
    /// The second party of "between A and B" when the parse hung B inside A ("between the office of the President of
    /// Azerbaijan and the office of …", B a conjunct of "Azerbaijan"): the first conjunct with its own "and" found down
    /// A's "of" phrases; -1 when A has a conjunct with a conjunction of its own, or none is found.
    /// </summary>
    public int PartnerInside(int head)
    {
        if (Children(head).Any(c => c.Relation == "conj" && Children(c.Child).Any(d => d.Relation == "cc")))
        {
            return -1;
        }
        var word = head;
        while (true)
        {
            var next = -1;
            foreach (var (child, r) in Children(word))
            {
                if (r == "conj" && child > head && Tags[child].Upos is "NOUN" or "PROPN" && Children(child).Any(c => c.Relation == "cc" && Lower(c.Child) is "and" or "&"))
                {
                    return child;
                }
                if (r == "nmod" && child > word && next < 0)
                {
                    next = child;
                }
            }
            if (next < 0)
            {
                return -1;
            }
            word = next;
        }
    }

    /// <summary>The whole subtree's span.</summary>
    public (int Start, int End) Subtree(int head)
    {
        var (start, end) = (head, head + 1);
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            foreach (var (child, _) in Children(stack.Pop()))
            {
                start = Math.Min(start, child);
                end = Math.Max(end, child + 1);
                stack.Push(child);
            }
        }
        return (start, end);
    }

    /// <summary>Whether a phrase names people: a person noun, a nationality or a person's name, or a count ("26 of them").</summary>
    public bool IsPersons(int head, bool viaCompound = true)
    {
        if (_entityAt[head] is { Label: EntityLabel.PER or EntityLabel.NORP })
        {
            return true;
        }
        if (Tags[head].Upos == "NUM" || EventKnowledge.Is(ObjectClass.Person, Words[head]))
        {
            return true;
        }
        if (Members(head) is var members and >= 0)
        {
            // "hundreds of villagers": the people are in the "of" phrase.
            return IsPersons(members, viaCompound);
        }
        // "a prisoner exchange": the compound names who is exchanged; "the refugee agency" is a body, not its refugees.
        var compound = viaCompound && !BodyNouns.Contains(Lower(head)) ? Child(head, "compound") : -1;
        return compound >= 0 && EventKnowledge.Is(ObjectClass.Person, Words[compound]);
    }

    /// <summary>The members a collective or a round number of them names in its "of" phrase ("a group of
    /// rebels", "hundreds of villagers"), or -1.</summary>
    public int Members(int head) =>
        Lower(head) is "group" or "groups" or "number" or "band" or "crowd" or "crowds" or "team" or "dozens" or "hundreds"
            or "thousands" or "scores" or "millions" or "tens"
            ? NominalWith(head, "of")
            : -1;

    private static readonly FrozenSet<string> BodyNouns = FrozenSet.Create(StringComparer.Ordinal,
        "agency", "organization", "organisation", "office", "commission", "council", "group", "committee", "union", "body",
        "association", "ministry", "department", "court", "camp", "agencies", "organizations", "groups", "unions", "camps");

    /// <summary>The numbers on a phrase: its nummod, or the phrase itself when it is a number ("26 of them").</summary>
    public List<EventCount> Counts(int head, string role, bool alone = false)
    {
        var counts = new List<EventCount>();
        foreach (var word in alone ? [head] : Conjuncts(head))
        {
            var number = Tags[word].Upos == "NUM" ? word : Child(word, "nummod");
            if (number < 0 && Child(word, "compound") is var compound && compound >= 0 && Tags[compound].Upos == "NUM")
            {
                number = compound; // "32 Armenian" read as a compound where the noun is left out
            }
            if (number >= 0 && _entityAt[number] is { Label: EntityLabel.CARDINAL, Number: { } n } e)
            {
                counts.Add(new EventCount(n, role, e.Start, e.End));
            }
            else if (number < 0 && IsOnePerson(word))
            {
                // "a prominent journalist has been killed", "Salaheddine Sidhoum staged a hunger strike": one person.
                counts.Add(new EventCount(1, role, word, word + 1));
            }
        }
        return counts;
    }

    /// <summary>Whether a phrase names one person: a person's name, or a singular noun for a person with "a", "an",
    /// "the" or a possessive before it (not "every soldier", not a crew or a family).</summary>
    private bool IsOnePerson(int word)
    {
        if (_entityAt[word] is { Label: EntityLabel.PER })
        {
            return Tags[word].Upos == "PROPN" && Child(word, "conj") < 0;
        }
        if (Tags[word].Xpos != "NN" || Lower(word) is "crew" or "military" or "opposition" or "personnel" or "family" or "people"
            || !EventKnowledge.Is(ObjectClass.Person, Words[word]) || Child(word, "conj") >= 0)
        {
            return false;
        }
        var det = Child(word, "det");
        return det >= 0 ? Lower(det) is "a" or "an" or "the" or "this" or "that" : Child(word, "nmod:poss") >= 0;
    }

    /// <summary>The word of an entity whose head lies outside it.</summary>
    public int EntityHead(Entity entity)
    {
        for (var w = entity.Start; w < entity.End; w++)
        {
            var h = Head(w);
            if (h < entity.Start || h >= entity.End)
            {
                return w;
            }
        }
        return entity.Start;
    }

    public string Text(int start, int end)
    {
        if (_sentence.Spans.Count == _sentence.Words.Count && start < end)
        {
            // Words are joined as written when the text is known: "Nagorno-Karabakh", not "Nagorno - Karabakh".
            var parts = new System.Text.StringBuilder(_sentence.Words[start]);
            for (var w = start + 1; w < end; w++)
            {
                var gap = _sentence.Spans[w].Start - (_sentence.Spans[w - 1].Start + _sentence.Spans[w - 1].Length);
                parts.Append(gap > 0 ? " " : "").Append(_sentence.Words[w]);
            }
            return parts.ToString();
        }
        return string.Join(' ', _sentence.Words.Skip(start).Take(end - start));
    }
}
