namespace Corroborate.Documents;

/// <summary>
/// Where an article's raw input came from: the file (or <c>-</c> for standard input), the record
/// within it for multi-article inputs (feed item, JSONL line, WARC record), and the URL if known.
/// </summary>
public sealed record SourceRef(string Path, string Format, int? Record = null, long? Offset = null)
{
    /// <summary>The record's own identifier when the input gives one (a JSONL object's <c>id</c>).</summary>
    public string? ItemId { get; init; }

    /// <summary><c>path</c>, or <c>path#record</c> for multi-article inputs.</summary>
    public override string ToString() => Record is { } record ? $"{Path}#{record}" : Path;
}
