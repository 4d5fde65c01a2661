using Corroborate.Documents;

namespace Corroborate.Ingest;

/// <summary>
/// What a reader found in one input record, before cleaning: the body as text (paragraphs separated
/// by blank lines) and whatever metadata the format itself carried. Fields the format lacks are null;
/// cleaning and metadata extraction fill in what the text reveals.
/// </summary>
public sealed record RawArticle
{
    /// <summary>Body text, paragraphs separated by a blank line; may still hold scraper residue.</summary>
    public required string Body { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public PublicationDate? Published { get; init; }

    public string? Url { get; init; }

    /// <summary>Outlet name as the format states it (feed title, og:site_name, JSON-LD publisher, JSONL outlet).</summary>
    public string? OutletName { get; init; }

    /// <summary>Outlet domain when the format states it (JSONL source_domain); otherwise taken from <see cref="Url"/>.</summary>
    public string? OutletDomain { get; init; }

    /// <summary>Language the input declares (html lang, feed language), if any.</summary>
    public string? DeclaredLanguage { get; init; }

    public required SourceRef Source { get; init; }

    /// <summary>SHA-256 (hex) of the raw bytes of this record.</summary>
    public required string RawHash { get; init; }
}
