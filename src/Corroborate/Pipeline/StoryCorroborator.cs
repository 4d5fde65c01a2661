using Corroborate.Claims;
using Corroborate.Documents;
using Corroborate.Events;
using Corroborate.Language;
using Corroborate.Quotes;
using Corroborate.Reports;
using Corroborate.Stories;

namespace Corroborate.Pipeline;

/// <summary>
/// From a story to its corroboration report: annotates and parses each article, codes its events, extracts its
/// quotes, then reconciles the articles (<see cref="Reconciler"/>). Thread-safe; articles are annotated in parallel.
/// </summary>
public sealed class StoryCorroborator(Annotator annotator, EventCoder events, QuoteExtractor quotes, Reconciler reconciler)
{
    public static StoryCorroborator Default { get; } = new(Annotator.Default, EventCoder.Default, QuoteExtractor.Default, Reconciler.Default);

    public StoryReport Report(Story story)
    {
        var articles = story.Members.AsParallel().AsOrdered().Select(Read).ToList();
        var claims = reconciler.Reconcile([.. articles.Where(a => a.Article.IsEnglish || a.Article.Language == "und")]);
        return new StoryReport(story, [.. articles.Select(View)], claims);
    }

    private ClaimArticle Read(StoryMember member)
    {
        var published = Published(member.Article);
        var text = annotator.Annotate(member.Article.Text, published);
        return new ClaimArticle(member.Id, member.Article, member.CopyOf, text, events.Code(text, published),
            [.. quotes.Extract(text).Where(q => q.Speaker is null || !NotSomeone.Contains(q.Speaker.Text))]);
    }

    // "This shows that ...": PolNeAR counts a thing as a source, but a report of who is quoted lists people and bodies.
    private static readonly HashSet<string> NotSomeone = new(StringComparer.OrdinalIgnoreCase) { "this", "that", "it", "these", "those", "which" };

    private static ReportArticle View(ClaimArticle a) => new(a.Id, a.Outlet, a.Article.Attribution.CarriedBy?.Name, a.Article.Title,
        a.Article.Published?.ToString(), a.CopyOf, a.Text.Text,
        [.. Enumerable.Range(0, a.Text.Sentences.Count).Select(s => a.Cite(s)).Select(c => (c.Start, c.End))]);

    /// <summary>The publication date as the date rules read relative dates against it.</summary>
    public static DateTimeOffset? Published(Article article) =>
        article.Published is { } p ? new DateTimeOffset(DateTime.SpecifyKind(p.Local, DateTimeKind.Unspecified), p.Offset ?? TimeSpan.Zero) : null;
}
