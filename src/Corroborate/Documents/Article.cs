namespace Corroborate.Documents;

/// <summary>
/// One news article after ingest: clean text, metadata, attribution and the record of what
/// cleaning removed. Immutable; the store assigns ids.
/// </summary>
public sealed record Article
{
    /// <summary>The headline; when the input had none, the lead sentence (see <see cref="TitleDerived"/>).</summary>
    public required string Title { get; init; }

    /// <summary>True when <see cref="Title"/> was taken from the text because the input gave no headline.</summary>
    public bool TitleDerived { get; init; }

    /// <summary>The outlet that wrote the article (for a syndicated copy, the original outlet).</summary>
    public Outlet? Outlet { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public PublicationDate? Published { get; init; }

    public string? Url { get; init; }

    /// <summary>ISO 639-1 code of the text's language, or <c>und</c> when it cannot be told.</summary>
    public string Language { get; init; } = "und";

    public Attribution Attribution { get; init; } = Attribution.None;

    /// <summary>Clean body text: NFC, normalized spaces, paragraphs separated by one blank line.</summary>
    public required string Text { get; init; }

    public IReadOnlyList<Removal> Removals { get; init; } = [];

    public required SourceRef Source { get; init; }

    /// <summary>SHA-256 (hex) of the raw bytes this article was read from.</summary>
    public required string RawHash { get; init; }

    /// <summary>SHA-256 (hex) of outlet, title, URL and clean text: equal hashes mean the same article.</summary>
    public required string ContentHash { get; init; }

    public bool IsEnglish => Language == "en";
}
