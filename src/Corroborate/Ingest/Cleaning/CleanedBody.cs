using Corroborate.Documents;

namespace Corroborate.Ingest.Cleaning;

/// <summary>
/// A body after cleaning: the kept text, what was removed and why, and the metadata that the removed
/// lines carried (datelines, <c>Source:</c> lines, bylines, a wire header naming syndicator and origin).
/// </summary>
internal sealed record CleanedBody(string Text, IReadOnlyList<Removal> Removals, LineMetadata Found);

/// <summary>Metadata read from lines that cleaning took out of the body.</summary>
internal sealed record LineMetadata
{
    public static readonly LineMetadata Empty = new();

    /// <summary>First dateline found (wire header date or a line that is only a date).</summary>
    public PublicationDate? Date { get; init; }

    /// <summary>The name in the first <c>Source: X</c> line.</summary>
    public string? SourceName { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>From a wire header such as <c>(MENAFN- AzerNews)</c>: the syndicator (MENAFN).</summary>
    public string? Syndicator { get; init; }

    /// <summary>From a wire header: the outlet that wrote the piece (AzerNews).</summary>
    public string? OriginalOutlet { get; init; }
}
