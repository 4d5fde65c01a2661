namespace Corroborate.Events;

/// <summary>Whether a sentence reports an event as done, or only as wanted, planned, threatened,
/// supposed or denied. Only <see cref="Asserted"/> events are deeds; the rest must never be reported as such.</summary>
public enum Modality
{
    /// <summary>Reported as having happened or happening ("Azerbaijan released 32 Armenians").</summary>
    Asserted,

    /// <summary>Said not to have happened ("did not release", "refused to release").</summary>
    Negated,

    /// <summary>Possible, conditional or asked about ("could launch a war", "if talks fail", a question).</summary>
    Hypothetical,

    /// <summary>Intended, decided or expected ("will release", "plans to", "a decision to release").</summary>
    Planned,

    /// <summary>Demanded or urged of someone ("called for the release", "must withdraw").</summary>
    Demanded,

    /// <summary>Threatened ("threatened to expel").</summary>
    Threatened,

    /// <summary>Denied by someone ("denied attacking").</summary>
    Denied,
}

/// <summary>
/// One side of an event: the words that name it and what they resolve to. <see cref="Code"/> joins the
/// country and the sector as CAMEO actor codes do: <c>ARMMIL</c> for "Armenian soldiers", <c>AZEGOV</c>
/// for "the Azerbaijani President's administration", <c>IGO</c> codes for international bodies.
/// </summary>
/// <param name="Text">The phrase as written.</param>
/// <param name="Start">First word of the phrase in its sentence (0-based).</param>
/// <param name="End">One past its last word.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code, when the phrase belongs to a country.</param>
/// <param name="Sector">CAMEO sector: GOV, MIL, COP, JUD, LEG, REB, OPP, CVL, MED, BUS, REL, EDU, NGO, IGO.</param>
/// <param name="Organization">The canonical name of a known organization the phrase names ("United Nations").</param>
public sealed record EventActor(string Text, int Start, int End, string? Country, string? Sector, string? Organization)
{
    /// <summary>The CAMEO-style actor code: country then sector (<c>ARMMIL</c>), either alone, or empty when neither is known.</summary>
    public string Code => (Country ?? "") + (Sector ?? "");
}

/// <summary>A number of people or things the event affected, with the role they played: <c>released</c>,
/// <c>detained</c>, <c>killed</c>, <c>injured</c>, <c>size</c> (of a crowd), <c>affected</c> (deported, taken, defaced).</summary>
/// <param name="Start">The number's first word in the sentence; <paramref name="End"/> is one past its last.</param>
public sealed record EventCount(double Number, string Role, int Start, int End)
{
    /// <summary>The PLOVER record field the count fills: <c>size</c> for people released, detained, in a crowd
    /// or otherwise affected, <c>dead</c>, <c>injured</c>; null for none.</summary>
    public string? PloverField => Role switch
    {
        "released" or "detained" or "size" or "affected" => "size",
        "killed" => "dead",
        "injured" => "injured",
        _ => null,
    };
}

/// <summary>
/// One coded event: what happened (PLOVER event and mode, CAMEO code), who did it to whom, how many,
/// when and where, whether it is a deed or only said, and the sentence and words it comes from.
/// Immutable.
/// </summary>
/// <param name="Event">PLOVER category: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
/// ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.</param>
/// <param name="Mode">PLOVER mode (<c>release</c>, <c>arrest</c>, <c>visit</c> …), or null.</param>
/// <param name="Cameo">The CAMEO event code (<c>0841</c>).</param>
/// <param name="Sentence">The sentence's number in its text (0-based).</param>
/// <param name="Trigger">The word that reports the event (its number in the sentence).</param>
public sealed record EventRecord(string Event, string? Mode, string Cameo, EventActor? Source, EventActor? Target,
    IReadOnlyList<EventCount> Counts, Modality Modality, int Sentence, int Trigger)
{
    /// <summary>The trigger word as written.</summary>
    public required string TriggerText { get; init; }

    /// <summary>When it happened, ISO 8601 as the date rules resolve it (<c>2023-12-07</c>, <c>2020-12</c>);
    /// the publication day when the sentence names no date (then <see cref="DatePrecision"/> is <c>published</c>).</summary>
    public string? Date { get; init; }

    /// <summary>How much of <see cref="Date"/> is known: <c>day</c>, <c>month</c>, <c>year</c> … or <c>published</c>.</summary>
    public string? DatePrecision { get; init; }

    /// <summary>Where it happened, the place as named (<c>Hadrut</c>), or null.</summary>
    public string? Place { get; init; }

    /// <summary>The country of <see cref="Place"/> (ISO3), when known.</summary>
    public string? PlaceCountry { get; init; }

    /// <summary>True when the event is reported as having happened (neither planned, hypothetical, demanded, threatened, denied nor negated).</summary>
    public bool IsDeed => Modality == Modality.Asserted;
}
