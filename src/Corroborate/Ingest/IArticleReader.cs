namespace Corroborate.Ingest;

/// <summary>
/// Reads the articles of one input format.
/// </summary>
/// <remarks>
/// Error contract: a problem that makes the whole input unreadable is thrown as
/// <see cref="InputFormatException"/> (one line, no file name: the caller adds it). A problem confined
/// to one record (a bad JSONL line, a corrupt WARC record, a recovered malformed feed) is passed to
/// <paramref name="report"/> and reading goes on. Implementations are stateless and thread-safe.
/// </remarks>
public interface IArticleReader
{
    IEnumerable<RawArticle> Read(InputFile input, Action<InputProblem> report);
}
