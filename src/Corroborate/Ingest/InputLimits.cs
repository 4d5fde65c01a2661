namespace Corroborate.Ingest;

/// <summary>
/// Bounds that keep hostile or broken input from exhausting memory or disk. A limit that is hit makes
/// that input (or record) fail with a clear message; the rest of the batch goes on.
/// </summary>
public sealed record InputLimits
{
    public static readonly InputLimits Default = new();

    /// <summary>Largest single document (text, HTML page, feed, JSON) read into memory: 64 MiB.</summary>
    public long MaxDocumentBytes { get; init; } = 64L << 20;

    /// <summary>Most bytes one compressed input may expand to: 4 GiB (streamed, never held at once).</summary>
    public long MaxDecompressedBytes { get; init; } = 4L << 30;

    /// <summary>
    /// Largest expansion ratio of a compressed input once past its first MiB: 200×. News text, HTML, JSON
    /// and WARC compress 3–20×; only crafted or degenerate data (a bomb) comes near deflate's limit of about 1000×.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Largest single WARC record or JSONL line: 64 MiB.</summary>
    public long MaxRecordBytes { get; init; } = 64L << 20;
}
