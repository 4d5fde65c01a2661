using Corroborate.Documents;

namespace Corroborate.Stories;

/// <summary>An article in a story; <see cref="CopyOf"/> is the id of the article it reproduces, if any.</summary>
public sealed record StoryMember(long Id, Article Article, long? CopyOf);

/// <summary>Articles judged to report one real-world event, with the names and numbers they share.</summary>
public sealed record Story(
    int Number,
    string Title,
    IReadOnlyList<StoryMember> Members,
    PublicationDate? First,
    PublicationDate? Last,
    IReadOnlyList<string> SharedTerms)
{
    /// <summary>The stored story's id; null for a story that is not stored.</summary>
    public long? Id { get; init; }

    /// <summary>Outlets that reported the story themselves (syndicated copies not counted).</summary>
    public IReadOnlyList<string> IndependentOutlets =>
        [.. Members.Where(m => m.CopyOf is null).Select(m => m.Article.Outlet?.Name ?? "(unknown outlet)").Distinct()];
}

/// <summary>An article clustered before, replayed by <see cref="StoryFinder.Extend"/>: its fingerprint, its
/// story (a key of the caller's, such as a stored story id) and the prior article it copies (an index into the prior list).</summary>
public readonly record struct PriorArticle(ArticleFingerprint Fingerprint, long Story, int? CopyOf);

/// <summary>Where <see cref="StoryFinder.Extend"/> put an article: <see cref="Story"/> is a prior story's
/// key, or -1, -2, … for the new stories in order of creation; <see cref="CopyOf"/> indexes the prior
/// articles followed by the incoming ones.</summary>
public readonly record struct Placement(long Story, int? CopyOf);
