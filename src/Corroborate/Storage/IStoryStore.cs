using Corroborate.Documents;
using Corroborate.Stories;

namespace Corroborate.Storage;

/// <summary>An article's place in a stored story; <see cref="CopyOf"/> is the stored article it reproduces.</summary>
public readonly record struct StoryMembership(long ArticleId, long StoryId, long? CopyOf);

/// <summary>One row of <c>corroborate stories</c>: a stored story's summary.</summary>
public sealed record StorySummary(
    long Id,
    string Title,
    PublicationDate? First,
    PublicationDate? Last,
    int Articles,
    int Outlets,
    int IndependentOutlets);

/// <summary>A story to write: its id (null for a new story), its summary, and all its members (article id, copy-of).</summary>
public sealed record StoryWrite(
    long? Id,
    string Title,
    PublicationDate? First,
    PublicationDate? Last,
    int Outlets,
    int IndependentOutlets,
    IReadOnlyList<(long ArticleId, long? CopyOf)> Members);

/// <summary>
/// Where stories are kept beside their articles: memberships, story summaries and each article's
/// fingerprint (so that clustering can resume without annotating stored articles again).
/// </summary>
public interface IStoryStore
{
    /// <summary>The members of every story whose span comes within [<paramref name="from"/>, <paramref name="to"/>]
    /// (times as stored for ordering; null: unbounded), and of undated stories among the latest
    /// <paramref name="undatedStories"/>, in article id order.</summary>
    IReadOnlyList<StoryMembership> MembersOfStoriesBetween(DateTime? from, DateTime? to, int undatedStories);

    /// <summary>The stories of those of <paramref name="articleIds"/> that are in one.</summary>
    IReadOnlyList<StoryMembership> Memberships(IReadOnlyCollection<long> articleIds);

    /// <summary>Ids of stored articles published within [from, to] (null: unbounded; undated ones only
    /// when both are null) that are in no story, in id order.</summary>
    IReadOnlyList<long> UnclusteredArticles(DateTime? from, DateTime? to);

    /// <summary>The stored fingerprints of <paramref name="articleIds"/> made by <paramref name="version"/>
    /// (others are missing from the result: the caller computes them again).</summary>
    IReadOnlyDictionary<long, ArticleFingerprint> Fingerprints(IReadOnlyCollection<long> articleIds, string version);

    /// <summary>Stored stories, the latest (by last publication) first.</summary>
    IReadOnlyList<StorySummary> ListStories(int offset = 0, int limit = int.MaxValue);

    StorySummary? GetStory(long id);

    /// <summary>The members of a story, in article id order (empty if there is no such story).</summary>
    IReadOnlyList<StoryMembership> StoryMembers(long storyId);

    int StoryCount();

    /// <summary>Writes, in one transaction, the fingerprints (made by <paramref name="fingerprintVersion"/>),
    /// the stories (each with all its members: a member moves here from any other story), and deletes
    /// the stories in <paramref name="emptied"/> that are left without members. Returns the id of each story written, in order.</summary>
    IReadOnlyList<long> SaveStories(
        IReadOnlyList<(long ArticleId, ArticleFingerprint Fingerprint)> fingerprints,
        string fingerprintVersion,
        IReadOnlyList<StoryWrite> stories,
        IReadOnlyCollection<long> emptied);
}
