namespace Corroborate.Language;

/// <summary>
/// What an entity mention is. The names are the labels Corroborate prints (OntoNotes' where they exist):
/// people, organizations, places; countries and cities (GPE); nationalities and other groups (NORP);
/// buildings, airports, bridges (FAC); and the numeric and temporal kinds.
/// </summary>
public enum EntityLabel
{
    PER,
    ORG,
    LOC,
    GPE,
    NORP,
    FAC,
    DATE,
    TIME,
    MONEY,
    PERCENT,
    QUANTITY,
    CARDINAL,
    ORDINAL,
}

/// <summary>
/// An entity mention in one sentence: the sentence's words <see cref="Start"/> up to (not including)
/// <see cref="End"/>, its label, and what it stands for once normalized.
/// </summary>
/// <remarks>
/// <see cref="Value"/> is the canonical value as text, by label:
/// <list type="bullet">
/// <item>GPE and NORP: the country's ISO 3166-1 alpha-3 code (<c>"Armenian"</c> → <c>ARM</c>) when the
/// mention is or belongs to a country; a city or region's own name otherwise.</item>
/// <item>DATE and TIME: ISO 8601, resolved against the article's publication date — a day
/// <c>2023-12-07</c>, a month <c>2020-12</c>, a year <c>2023</c>, a time <c>2023-12-07T18:00</c>, a range
/// <c>2023-09-01/2023-12-07</c>, or a duration <c>P44D</c>; <see cref="Precision"/> says how much of it
/// is known.</item>
/// <item>CARDINAL, ORDINAL, PERCENT: the number (<c>"two"</c> → <c>2</c>, <c>"third"</c> → <c>3</c>,
/// <c>"3.5%"</c> → <c>3.5</c>); MONEY and QUANTITY: the number and <see cref="Unit"/>
/// (<c>"$1.2bn"</c> → 1200000000 USD, <c>"44-day"</c> → 44 day).</item>
/// </list>
/// Immutable.
/// </remarks>
public sealed record Entity(EntityLabel Label, int Start, int End)
{
    /// <summary>The canonical value (see remarks), or null when there is none.</summary>
    public string? Value { get; init; }

    /// <summary>The numeric value of numbers, amounts and quantities.</summary>
    public double? Number { get; init; }

    /// <summary>The unit of MONEY (ISO 4217: <c>USD</c>), PERCENT (<c>%</c>) and QUANTITY (<c>day</c>, <c>km</c>, <c>person</c>).</summary>
    public string? Unit { get; init; }

    /// <summary>How much of a DATE or TIME is known: <c>day</c>, <c>week</c>, <c>month</c>, <c>season</c>,
    /// <c>quarter</c>, <c>year</c>, <c>decade</c>, <c>century</c>, <c>part-of-day</c>, <c>hour</c>,
    /// <c>minute</c>, <c>range</c> or <c>duration</c>.</summary>
    public string? Precision { get; init; }

    /// <summary>The title or role bound to a person's name (<c>President</c>, <c>expert</c>).</summary>
    public string? Role { get; init; }

    public int Length => End - Start;
}
