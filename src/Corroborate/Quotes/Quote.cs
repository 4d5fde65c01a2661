using Corroborate.Language;

namespace Corroborate.Quotes;

/// <summary>How a quote gives what was said.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's words, all inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech or thought without quotation marks ("she said the talks had failed").</summary>
    Indirect,

    /// <summary>Reported speech with quoted words in it ("she said the talks were "a disaster"").</summary>
    Mixed,
}

/// <summary>
/// The stretch of clean text one role of a quote covers: one piece, or several when the text interrupts it
/// (a quotation broken by <c>he said</c>, or continued in the next sentence). Offsets are UTF-16 indices
/// into the clean text; pieces are in text order and do not overlap.
/// </summary>
/// <param name="Text">The pieces' text, joined by one space.</param>
/// <param name="Pieces">The pieces, in text order; never empty.</param>
public sealed record QuotePart(string Text, IReadOnlyList<TextSpan> Pieces)
{
    /// <summary>Where the first piece starts.</summary>
    public int Start => Pieces[0].Start;

    /// <summary>Where the last piece ends (exclusive).</summary>
    public int End => Pieces[^1].End;

    /// <summary>The part of <paramref name="text"/> the pieces cover, the pieces' text joined by one space.</summary>
    public static QuotePart Of(string text, IReadOnlyList<TextSpan> pieces) =>
        new(string.Join(' ', pieces.Select(p => text.Substring(p.Start, p.Length))), pieces);

    /// <summary>How many characters this part and <paramref name="other"/> share.</summary>
    public int Overlap(QuotePart other)
    {
        var shared = 0;
        foreach (var a in Pieces)
        {
            foreach (var b in other.Pieces)
            {
                shared += Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
            }
        }
        return shared;
    }
}

/// <summary>
/// One quote: who said (or thought, or found) what, with the words that say so.
/// </summary>
/// <remarks>Immutable. <see cref="Speaker"/> is the span as written, a pronoun or a title included ("he",
/// "international relations expert Ilyas Baktygaliyev"); <see cref="ResolvedSpeaker"/> and
/// <see cref="SpeakerRole"/> say which named person that is and what the text calls them.</remarks>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Speaker">The source as written, or null when the text gives none ("it was reported that").</param>
/// <param name="Cue">The words that introduce the quote: "said", "has told", "according to", a colon.</param>
/// <param name="CueLemma">The cue's dictionary form: <c>say</c>, <c>tell</c>, <c>according to</c>, <c>:</c>.</param>
/// <param name="Content">What was said, quotation marks included.</param>
/// <param name="FirstSentence">The first sentence (counting from 0) the quote touches.</param>
/// <param name="LastSentence">The last sentence it touches (a quote over several sentences).</param>
public sealed record Quote(QuoteKind Kind, QuotePart? Speaker, QuotePart Cue, string CueLemma, QuotePart Content, int FirstSentence, int LastSentence)
{
    /// <summary>The named person the speaker is or stands for, by the fullest name the text gives them:
    /// "Ilyas Baktygaliyev" for "international relations expert Ilyas Baktygaliyev", for "Baktygaliyev"
    /// after he was introduced, and for "he" after him (the nearest person named before, gender not
    /// checked). Null when the speaker is not one named person ("Azerbaijan and Armenia", "sources").</summary>
    public string? ResolvedSpeaker { get; init; }

    /// <summary>What the text calls the speaker: the title before the name ("Foreign Minister"), else the
    /// apposition after it ("assistant to the President"), taken where the person was introduced when the
    /// quote names them again; null when the text gives none.</summary>
    public string? SpeakerRole { get; init; }
}
