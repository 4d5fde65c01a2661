using Corroborate.Documents;

namespace Corroborate.Storage;

/// <summary>An article as stored: its id, the article, and when and in which batch it arrived.</summary>
public sealed record StoredArticle(long Id, Article Article, DateTimeOffset IngestedAt, long BatchId);

/// <summary>One row of <c>corroborate list</c>.</summary>
public sealed record ArticleSummary(
    long Id,
    string Title,
    Outlet? Outlet,
    Outlet? CarriedBy,
    PublicationDate? Published,
    string Language,
    string Source,
    int Characters);

/// <summary>What storing one article did: its id, and whether the same content was already stored.</summary>
public readonly record struct StoreResult(long Id, bool IsDuplicate);

/// <summary>Counts recorded with a finished batch.</summary>
public sealed record BatchSummary(int Inputs, int Articles, int Duplicates, int Problems);

/// <summary>
/// Where articles are kept. Every ingest batch is one transaction: articles added to a batch become
/// visible only when it is committed; disposing an uncommitted batch discards all of it.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Starts a batch; only one batch may be open on a store at a time.</summary>
    IIngestBatch BeginBatch(string description);

    StoredArticle? Get(long id);

    /// <summary>Articles in id order, newest last; <paramref name="limit"/> rows from <paramref name="offset"/>.</summary>
    IReadOnlyList<ArticleSummary> List(int offset = 0, int limit = int.MaxValue);

    int Count();
}

/// <summary>An open ingest batch (one transaction).</summary>
public interface IIngestBatch : IDisposable
{
    /// <summary>Stores the article unless an article with the same <see cref="Article.ContentHash"/>
    /// exists (in the store or earlier in this batch), in which case that article's id is returned.</summary>
    StoreResult Add(Article article);

    /// <summary>Records the summary and commits everything added.</summary>
    void Commit(BatchSummary summary);
}
