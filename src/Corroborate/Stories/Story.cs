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
    /// <summary>Outlets that reported the story themselves (syndicated copies not counted).</summary>
    public IReadOnlyList<string> IndependentOutlets =>
        [.. Members.Where(m => m.CopyOf is null).Select(m => m.Article.Outlet?.Name ?? "(unknown outlet)").Distinct()];
}
