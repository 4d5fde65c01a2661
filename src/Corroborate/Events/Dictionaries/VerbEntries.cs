using System.Collections.Immutable;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// The event code of a verb, block or pattern: <c>[042]</c>, <c>[042:043]</c> (active : passive) or
/// <c>[:173]</c> (passive only). <c>---</c> is the null code: no event.
/// </summary>
/// <remarks>Codes are kept as written. CAMEO.2.0.txt has one <c>[080!]</c>, and the validation verbs file
/// uses test codes such as <c>[210a]</c>, <c>[+++]</c> and <c>[###]</c>.</remarks>
/// <param name="Active">The code when the verb is active, or null when only a passive code is given.</param>
/// <param name="Passive">The code when the verb is passive, or null when none is given apart.</param>
public readonly record struct VerbCode(string? Active, string? Passive = null)
{
    /// <summary>The null code <c>---</c>, the code of a block whose header gives none.</summary>
    public static VerbCode None { get; } = new("---");

    public override string ToString() => Passive is null ? Active ?? "" : $"{Active}:{Passive}";
}

/// <summary>One member of a synset: a word or phrase, and its plural when one is made.</summary>
/// <param name="Words">The words, upper case.</param>
/// <param name="Plural">The words with the last one made plural; empty when the member or the synset's
/// label ends with <c>_</c>.</param>
public sealed record SynsetMember(ImmutableArray<string> Words, ImmutableArray<string> Plural);

/// <summary>
/// A synonym set <c>&amp;NAME</c> of words and phrases that patterns use in place of a word.
/// </summary>
/// <remarks>The validation verbs file puts synsets in synsets (<c>+&amp;TIETYPES</c>); their members are
/// taken in as members of the outer set.</remarks>
/// <param name="Name">The label without <c>&amp;</c> and without a final <c>_</c>.</param>
/// <param name="Line">The line of the label.</param>
public sealed record Synset(string Name, ImmutableArray<SynsetMember> Members, int Line);

/// <summary>One form of a verb: its words (one, or several for <c>+BEEF_UP</c>) and which of them the
/// parser sees as the verb.</summary>
public sealed record VerbForm(ImmutableArray<string> Words, int Head)
{
    public string HeadWord => Words[Head];

    public override string ToString() => string.Join(' ', Words);
}

/// <summary>
/// A verb of a block with its forms: the one written first, then those in <c>{ }</c> or, with no braces,
/// the regular -S, -ED and -ING forms of its head word.
/// </summary>
/// <param name="Code">The verb's own code, or null when it takes the block's.</param>
/// <param name="Line">The line of the verb.</param>
public sealed record Verb(ImmutableArray<VerbForm> Forms, VerbCode? Code, int Line);

/// <summary>What a pattern element stands for.</summary>
public enum PatternElementKind
{
    /// <summary><c>*</c>, where the verb stands.</summary>
    Verb,

    /// <summary>A word (or <c>/</c>-separated alternatives, <c>BY/WITH</c>).</summary>
    Word,

    /// <summary><c>&amp;NAME</c>, any member of a synset.</summary>
    Synset,

    /// <summary><c>$</c>, the source actor.</summary>
    Source,

    /// <summary><c>+</c>, the target actor.</summary>
    Target,

    /// <summary><c>^</c>, a noun phrase skipped over.</summary>
    Skip,

    /// <summary><c>%</c>, a compound actor that is both source and target.</summary>
    Compound,

    /// <summary><c>{FINANCIAL AID}</c>, a noun phrase whose last word is its head.</summary>
    NounPhrase,

    /// <summary><c>(TO BORDER)</c>, a prepositional phrase: the preposition, then its object if any.</summary>
    Prepositional,
}

/// <summary>One element of a verb pattern.</summary>
/// <param name="Text">The word as written (<c>BY/WITH</c>), the synset's name, the marker
/// (<c>*</c>, <c>$</c>, <c>+</c>, <c>^</c>, <c>%</c>), or empty for a phrase.</param>
/// <param name="Alternatives">For a word, what it may be (<c>BY</c>, <c>WITH</c>); otherwise empty.</param>
/// <param name="Children">For a noun or prepositional phrase, its elements.</param>
/// <param name="Joined">Written with <c>_</c> before it: it must follow the element before it (or the
/// verb) with no word between. Without it PETRARCH-1 patterns let words come between.</param>
public sealed record PatternElement(
    PatternElementKind Kind, string Text, ImmutableArray<string> Alternatives, ImmutableArray<PatternElement> Children, bool Joined)
{
    public override string ToString() => Kind switch
    {
        PatternElementKind.Synset => "&" + Text,
        PatternElementKind.NounPhrase => "{" + string.Join(' ', Children) + "}",
        PatternElementKind.Prepositional => "(" + string.Join(' ', Children) + ")",
        _ => Text,
    };
}

/// <summary>
/// A pattern of a verb block, <c>- &lt;before&gt; * &lt;after&gt; [code]</c>: the words before and after
/// the verb that give the verb the pattern's code.
/// </summary>
public sealed record VerbPattern
{
    internal VerbPattern(ImmutableArray<PatternElement> elements, VerbCode code, int line)
    {
        Elements = elements;
        Code = code;
        Line = line;
        VerbIndex = elements.IndexOf(elements.Single(e => e.Kind == PatternElementKind.Verb));
        Before = elements[..VerbIndex];
        After = elements[(VerbIndex + 1)..];
    }

    /// <summary>The elements in reading order, exactly one of them the <see cref="PatternElementKind.Verb"/>.</summary>
    public ImmutableArray<PatternElement> Elements { get; }

    public VerbCode Code { get; }

    /// <summary>The line of the pattern.</summary>
    public int Line { get; }

    /// <summary>Where the verb stands in <see cref="Elements"/>.</summary>
    public int VerbIndex { get; }

    /// <summary>The elements before the verb, in reading order.</summary>
    public ImmutableArray<PatternElement> Before { get; }

    /// <summary>The elements after the verb, in reading order.</summary>
    public ImmutableArray<PatternElement> After { get; }

    public override string ToString() => $"- {string.Join(' ', Elements)} [{Code}]";
}

/// <summary>
/// A block <c>--- NAME [code] ---</c>: verbs that are synonyms for its patterns, and the patterns.
/// </summary>
/// <param name="Name">The header's description (usually the main verb).</param>
/// <param name="Code">The header's code, which every verb without its own takes (<c>---</c> when none).</param>
/// <param name="Line">The line of the header.</param>
public sealed record VerbBlock(string Name, VerbCode Code, ImmutableArray<Verb> Verbs, ImmutableArray<VerbPattern> Patterns, int Line);

/// <summary>
/// A transformation line, <c>~ a (a b ATTACK) SAY = a b 015</c>: when the verb <see cref="Verb"/>, said
/// by <see cref="Source"/>, governs an event (<see cref="InnerSource"/>, <see cref="InnerTarget"/>,
/// <see cref="InnerVerb"/>), the result is (<see cref="ResultSource"/>, <see cref="ResultTarget"/>,
/// <see cref="ResultCode"/>). Letters are actor variables; <c>.</c> is "an actor not specified", <c>_</c>
/// "no actor", and a verb <c>Q</c> any verb. Kept as read; applying it is the coder's business.
/// </summary>
public sealed record VerbTransformation(
    string Source, string InnerSource, string InnerTarget, string InnerVerb, string Verb,
    string ResultSource, string ResultTarget, string ResultCode, int Line);

/// <summary>A verb form found by its head word, with the verb and block it belongs to.</summary>
public sealed record VerbLookup(VerbBlock Block, Verb Verb, VerbForm Form)
{
    /// <summary>The verb's own code, else its block's.</summary>
    public VerbCode Code => Verb.Code ?? Block.Code;
}
