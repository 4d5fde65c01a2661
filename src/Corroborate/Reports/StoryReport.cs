using Corroborate.Claims;
using Corroborate.Stories;

namespace Corroborate.Reports;

/// <summary>One article as the report shows and cites it: its metadata, clean text and sentence boundaries.</summary>
/// <param name="Sentences">Each sentence's characters in <paramref name="Text"/>, in order; citations point at these.</param>
public sealed record ReportArticle(long Id, string Outlet, string? CarriedBy, string Title, string? Published, long? CopyOf,
    string Text, IReadOnlyList<(int Start, int End)> Sentences);

/// <summary>
/// The corroboration report of one story: its articles and what they say, reconciled (see <see cref="Reconciliation"/>).
/// The renderers (<see cref="ReportMarkdown"/>, <see cref="ReportHtml"/>, <see cref="ReportJson"/>) only lay it out.
/// </summary>
public sealed record StoryReport(Story Story, IReadOnlyList<ReportArticle> Articles, Reconciliation Claims)
{
    /// <summary>Independent outlets: those with an article that is not a syndicated copy.</summary>
    public IReadOnlyList<string> IndependentOutlets => Story.IndependentOutlets;
}
