namespace Corroborate.Language;

/// <summary>How a quantity stands to its value, as NewsQuant marks it: the value itself, about it, a rise
/// or fall by it, or more or less than it.</summary>
public enum QuantityChange
{
    /// <summary><c>=</c>: the value as stated (<c>32 soldiers</c>).</summary>
    Equal,

    /// <summary><c>~</c>: about the value (<c>about 19 per cent</c>, <c>some 500 people</c>).</summary>
    Approximate,

    /// <summary><c>up</c>: a rise by the value (<c>rose 0.3%</c>, <c>up 19 cents</c>).</summary>
    Up,

    /// <summary><c>down</c>: a fall by the value (<c>fell 2%</c>, <c>cut by $5</c>).</summary>
    Down,

    /// <summary><c>&gt;</c>: more than the value (<c>more than 60 per cent</c>, <c>over 1,000</c>).</summary>
    MoreThan,

    /// <summary><c>&lt;</c>: less than the value (<c>under $10</c>, <c>fewer than 20</c>).</summary>
    LessThan,
}

/// <summary>
/// A quantity in one sentence, in the sense of NewsQuant (Almasian et al., "CQE", EMNLP 2023): a value or
/// a range, the unit as written and its normalized name, and how it stands to its value. The sentence's
/// words <see cref="Start"/> up to (not including) <see cref="End"/> state it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Value"/> is the number with its magnitude applied (<c>$1.2bn</c> → 1200000000); for a
/// range (<c>5 to 10 miles</c>, <c>between $2m and $3m</c>, <c>millions of</c>) it is the low end as
/// written and <see cref="High"/> the high end.</item>
/// <item><see cref="Unit"/> is the unit's words as written (<c>per cent</c>, <c>$</c>, <c>mph</c>,
/// <c>workers</c>); <see cref="NormalizedUnit"/> its lower-case name: <c>percentage</c>, <c>dollar</c>,
/// <c>mile per hour</c>, the singular of a counted noun (<c>worker</c>). A bare number has <c>-</c> for
/// both.</item>
/// <item>Counted nouns are units: <c>one solution</c> is 1 solution, <c>13,000 workers</c> 13000 worker.</item>
/// <item>Dates, times of day, years, ordinals and designations (<c>F-16</c>, <c>iPhone 11</c>) are not
/// quantities; durations (<c>three months</c>) are.</item>
/// </list>
/// Immutable.
/// </remarks>
public sealed record Quantity(int Start, int End, double Value, double? High, string Unit, string NormalizedUnit, QuantityChange Change)
{
    /// <summary>Whether this is a range from <see cref="Value"/> to <see cref="High"/>.</summary>
    public bool IsRange => High is not null;

    /// <summary>NewsQuant's mark for the change: <c>=</c>, <c>~</c>, <c>up</c>, <c>down</c>, <c>&gt;</c>, <c>&lt;</c>.</summary>
    public string ChangeMark => Mark(Change);

    /// <summary>NewsQuant's mark for <paramref name="change"/>.</summary>
    public static string Mark(QuantityChange change) => change switch
    {
        QuantityChange.Approximate => "~",
        QuantityChange.Up => "up",
        QuantityChange.Down => "down",
        QuantityChange.MoreThan => ">",
        QuantityChange.LessThan => "<",
        _ => "=",
    };
}
