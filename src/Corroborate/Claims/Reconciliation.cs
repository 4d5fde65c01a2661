using Corroborate.Language;

namespace Corroborate.Claims;

/// <summary>How well a fact is sourced.</summary>
public enum FactStatus
{
    /// <summary>Two or more independent sources state it (syndicated copies and citations of one outlet count once).</summary>
    Corroborated,

    /// <summary>One source states it.</summary>
    SingleSource,
}

/// <summary>
/// One fact as every article of a story that states it states it: the statements (one per sentence), the
/// independent sources behind them and the status they give it.
/// </summary>
/// <param name="Lead">The fullest statement, whose slots the report shows.</param>
/// <param name="Statements">Every statement of it, in article then sentence order.</param>
/// <param name="Sources">The independent sources: cited outlets for what an article only relays, else the article's outlet.</param>
public sealed record AlignedFact(Fact Lead, IReadOnlyList<Fact> Statements, IReadOnlyList<string> Sources, FactStatus Status)
{
    /// <summary>The outlets whose articles state it (a relayed fact's outlets as well as its cited source).</summary>
    public IReadOnlyList<string> Outlets => [.. Statements.Select(s => s.Citation.Outlet).Distinct()];
}

/// <summary>Where the statements of one fact disagree.</summary>
public enum ConflictKind
{
    /// <summary>Different sources give different values.</summary>
    Disputed,

    /// <summary>One article gives two values.</summary>
    SelfInconsistent,
}

/// <summary>One value of a disputed slot, with the facts that give it and their sources.</summary>
public sealed record ConflictSide(string Value, double? Number, IReadOnlyList<AlignedFact> Facts, IReadOnlyList<string> Sources);

/// <summary>A count as UCDP gives its fatality figures: the lowest, the best (the value most independent sources
/// give; on a tie, the lower) and the highest, each with its sources.</summary>
public sealed record CountEstimate(ConflictSide Low, ConflictSide Best, ConflictSide High);

/// <summary>
/// One slot (<c>how many</c>, <c>when</c>, <c>where</c>) on which statements of one fact disagree.
/// </summary>
/// <param name="Articles">For a self-inconsistency, the articles that give more than one value.</param>
public sealed record FactConflict(ConflictKind Kind, string Slot, IReadOnlyList<ConflictSide> Sides, IReadOnlyList<long> Articles)
{
    /// <summary>For a count, its low, best and high values; null for other slots.</summary>
    public CountEstimate? Count { get; init; }
}

/// <summary>Names (people, organizations) that only one independent source gives, with the sentence that names them.</summary>
public sealed record SingleSourceMention(string Source, IReadOnlyList<string> Names, Citation Citation);

/// <summary>Whose words an outlet carries: a named official of a country, an expert, an organization, or nobody named.</summary>
public sealed record Voice(string Speaker, string Kind, string? Country, string Cue, Citation Citation);

/// <summary>How one outlet frames a story: its loaded wording, the voices it quotes, and the facts others report that it leaves out.</summary>
public sealed record OutletFraming(string Outlet, IReadOnlyList<FramingCite> Wording, IReadOnlyList<Voice> Voices, IReadOnlyList<AlignedFact> Omits);

/// <summary>One loaded or evaluative phrase, in its sentence.</summary>
public sealed record FramingCite(FramingCue Cue, Citation Citation)
{
    /// <summary>The speaker when the phrase is inside a quote the outlet carries, not in its own voice.</summary>
    public string? Quoting { get; init; }
}

/// <summary>
/// What the articles of one story say, reconciled: the facts with their status, the slots they disagree on, the
/// names only one source gives, the spelling variants of one name, and each outlet's framing. Immutable.
/// </summary>
public sealed record Reconciliation(
    IReadOnlyList<AlignedFact> Facts,
    IReadOnlyList<FactConflict> Conflicts,
    IReadOnlyList<SingleSourceMention> Mentions,
    IReadOnlyList<NameGroup> Names,
    IReadOnlyList<OutletFraming> Outlets)
{
    public IEnumerable<AlignedFact> Corroborated => Facts.Where(f => f.Status == FactStatus.Corroborated);

    public IEnumerable<AlignedFact> SingleSource => Facts.Where(f => f.Status == FactStatus.SingleSource);

    /// <summary>Names written more than one way across the story.</summary>
    public IEnumerable<NameGroup> Variants => Names.Where(n => n.Respelled);

    internal static Reconciliation Empty { get; } = new([], [], [], [], []);

    internal static EntityLabel[] MentionLabels { get; } = [EntityLabel.PER, EntityLabel.ORG];
}
