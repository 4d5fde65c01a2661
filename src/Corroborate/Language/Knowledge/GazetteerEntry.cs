using System.Collections.Immutable;

namespace Corroborate.Language.Knowledge;

/// <summary>What kind of thing a gazetteer name stands for.</summary>
internal enum GazetteerKind
{
    Country,
    Demonym,
    Capital,
    City,
    /// <summary>A place with a government of its own that is not a country or a city: a state, province, territory.</summary>
    Region,
    /// <summary>Geography: a continent, world region, sea, river, mountain.</summary>
    Place,
    Organization,
    Title,
}

/// <summary>
/// One thing the gazetteer knows: its kind, its canonical name, the entity label a mention of it implies,
/// and the country it is or belongs to. Immutable.
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Name">The canonical name: <c>Armenia</c> for "Armenians", <c>Kyiv</c> for "Kiev", <c>Foreign Minister</c>.</param>
internal sealed record GazetteerEntry(GazetteerKind Kind, string Name)
{
    /// <summary>The label a mention implies (GPE, LOC, NORP, ORG); null for titles, which are not entities.</summary>
    public EntityLabel? Label { get; init; }

    /// <summary>The ISO 3166-1 alpha-3 code of the country it is, belongs to or lies in; null when none or several.</summary>
    public string? Country { get; init; }

    /// <summary>The table's finer kind: a place's type (<c>province</c>, <c>river</c>), an organization's kind
    /// (<c>IGO</c>, <c>MEDIA</c>), a title's type (<c>HONORIFIC</c>, <c>TITLE</c>, <c>ROLE</c>).</summary>
    public string? Type { get; init; }

    /// <summary>A title's sector: GOV, MIL, JUD, LEG, MED, EDU, BUS, REL, NGO; null for other kinds and for "-".</summary>
    public string? Sector { get; init; }
}

/// <summary>A gazetteer name found in a sentence: words <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
internal readonly record struct GazetteerMatch(int Start, int End, GazetteerEntry Entry)
{
    public int Length => End - Start;

    public GazetteerKind Kind => Entry.Kind;

    public EntityLabel? Label => Entry.Label;

    public string? Country => Entry.Country;

    public string Name => Entry.Name;

    public string? Sector => Entry.Sector;
}

/// <summary>A row of the countries table. Names marked in the table as owned by another row are included here:
/// they are still true of this country, only not matched to it.</summary>
internal sealed record CountryInfo(
    string Iso3,
    string Iso2,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms,
    string? Capital,
    ImmutableArray<string> Cities);
