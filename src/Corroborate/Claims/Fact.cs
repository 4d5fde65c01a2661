using Corroborate.Events;

namespace Corroborate.Claims;

/// <summary>What kind of statement a fact comes from.</summary>
public enum FactKind
{
    /// <summary>A coded event: who did what to whom, how many, when, where.</summary>
    Event,

    /// <summary>A measured amount that no event carries ("the 44-day war": 44 days).</summary>
    Quantity,

    /// <summary>A statement about how something came about (an agreement reached without mediators).</summary>
    Statement,

    /// <summary>Someone's words, directly or indirectly quoted.</summary>
    Quote,
}

/// <summary>The sentence a fact is read from: its article, its number in the article's clean text and its characters.</summary>
/// <param name="Article">The stored article's id (or its position in the batch when not stored).</param>
/// <param name="Outlet">The outlet that wrote the article.</param>
/// <param name="Sentence">The sentence's number in the article (0-based).</param>
/// <param name="Start">The sentence's first character in the clean text (UTF-16 index).</param>
/// <param name="End">One past its last character.</param>
/// <param name="Text">The sentence as written.</param>
public sealed record Citation(long Article, string Outlet, int Sentence, int Start, int End, string Text);

/// <summary>
/// One side of a fact as the text names it: the words, and the code they resolve to (a CAMEO actor code such
/// as <c>AZEGOV</c>, a country code, or a lower-cased name when nothing better is known).
/// </summary>
public sealed record FactParty(string Text, string? Country, string Code)
{
    public static FactParty? Of(EventActor? actor)
    {
        if (actor is null)
        {
            return null;
        }
        var code = actor.Code.Length > 0 ? actor.Code : actor.Organization ?? "";
        return new FactParty(actor.Text, actor.Country, code);
    }
}

/// <summary>
/// One fact as one sentence states it, in slots: who, did what, to whom, how many, when, where, according to
/// whom. Slots the sentence does not fill are null. Immutable.
/// </summary>
/// <param name="Kind">Where it comes from: an event, a quantity, a statement or a quote.</param>
/// <param name="Did">What happened, in words a reader understands ("release", "arrest", "said").</param>
/// <param name="DidKey">What happened, as compared across articles: PLOVER event and mode (<c>RETREAT/release</c>),
/// <c>QUANTITY/day</c>, <c>STATEMENT/no-mediation</c>, <c>QUOTE</c>.</param>
/// <param name="Modality">Whether the sentence reports it as done or only as planned, demanded, threatened, negated or denied.</param>
/// <param name="Citation">The sentence it is read from.</param>
public sealed record Fact(FactKind Kind, string Did, string DidKey, Modality Modality, Citation Citation)
{
    public FactParty? Who { get; init; }

    public FactParty? Whom { get; init; }

    /// <summary>How many people or things, with their role (<c>released</c>, <c>detained</c>) or unit (<c>day</c>).</summary>
    public double? HowMany { get; init; }

    public string? HowManyRole { get; init; }

    /// <summary>When, ISO 8601 as the date rules resolve it; null when the sentence names no date.</summary>
    public string? When { get; init; }

    /// <summary>The date's precision (<c>day</c>, <c>month</c>, <c>year</c> …).</summary>
    public string? WhenPrecision { get; init; }

    public string? Where { get; init; }

    public string? WhereCountry { get; init; }

    /// <summary>The source the sentence names for it ("Azertag", "Ilyas Baktygaliyev"), or null when the outlet says it itself.</summary>
    public string? AccordingTo { get; init; }

    /// <summary>True when <see cref="AccordingTo"/> is a news outlet or agency: then the fact is that outlet's, not the article's.</summary>
    public bool AccordingToOutlet { get; init; }

    /// <summary>For a quote, what was said.</summary>
    public string? Content { get; init; }

    /// <summary>The source the fact rests on for independence: the cited outlet, else the article's own outlet.</summary>
    public string Source => AccordingToOutlet && AccordingTo is not null ? AccordingTo : Citation.Outlet;
}
