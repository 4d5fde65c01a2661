namespace Corroborate.Documents;

/// <summary>What kind of party an article cites as the source of what it reports.</summary>
public enum SourceKind
{
    /// <summary>A news outlet or agency (BBC, Azertag, Reuters).</summary>
    Outlet,
    /// <summary>A named person (an expert, an official).</summary>
    Person,
    /// <summary>An organisation that is not a news outlet (a ministry, a think tank).</summary>
    Organization,
}

/// <summary>
/// A source an article says it took information from ("citing BBC", "according to … Azertag"),
/// with the sentence fragment that says so.
/// </summary>
public sealed record CitedSource(string Name, SourceKind Kind, string Evidence);

/// <summary>
/// The chain behind an article: who carried it (a syndicator such as MENAFN carrying an AzerNews
/// piece) and whom it cites. Later stages judge the independence of outlets from this.
/// </summary>
public sealed record Attribution
{
    public static readonly Attribution None = new();

    /// <summary>The outlet that republished the article, when it is a syndicated copy.</summary>
    public Outlet? CarriedBy { get; init; }

    /// <summary>Sources the text cites, in order of first mention, each once.</summary>
    public IReadOnlyList<CitedSource> Cited { get; init; } = [];
}
