using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Evaluation;
using Corroborate.Ingest;
using Corroborate.Ingest.Readers;

namespace Corroborate.Tests.Ingest.Html;

/// <summary>Metadata of the benchmark's 181 pages as the HTML reader finds it (floors measured, not hoped).</summary>
public partial class BenchmarkMetadataTests
{
    [SharedDataFact]
    public void Titles_outlets_and_dates_are_found_and_dates_agree_with_the_urls()
    {
        var pages = ExtractionBenchmark.Load(SharedData.File("bench/article-extraction")).Pages;
        int titles = 0, outlets = 0, dates = 0, authors = 0, urlDated = 0, agreeing = 0;
        foreach (var page in pages)
        {
            var bytes = page.ReadHtml();
            var raw = Assert.Single(new HtmlArticleReader().Read(new InputFile(page.Id, () => new MemoryStream(bytes)) { Url = page.Url }, _ => { }));
            var article = ArticleBuilder.Build(raw)!;
            titles += article.TitleDerived ? 0 : 1;
            outlets += article.Outlet is null ? 0 : 1;
            dates += article.Published is null ? 0 : 1;
            authors += article.Authors.Count > 0 ? 1 : 0;
            // No site name left on the headline ("Headline | Outlet", "Headline - Outlet").
            Assert.False(article.Outlet is { } o && (article.Title.EndsWith(" | " + o.Name, StringComparison.OrdinalIgnoreCase)
                || article.Title.EndsWith(" - " + o.Name, StringComparison.OrdinalIgnoreCase)), article.Title);
            if (UrlDate().Match(page.Url) is { Success: true } m)
            {
                urlDated++;
                var day = DateTime.ParseExact(m.Value.Trim('/'), "yyyy/MM/dd", CultureInfo.InvariantCulture);
                agreeing += article.Published is { } p && Math.Abs((p.Local.Date - day).TotalDays) <= 1 ? 1 : 0;
            }
        }
        Assert.Equal(181, titles);
        Assert.Equal(181, outlets);
        Assert.True(dates >= 165, $"dates on {dates} pages");
        Assert.True(authors >= 88, $"authors on {authors} pages");
        Assert.True(agreeing >= urlDated - 3, $"{agreeing} of {urlDated} URL-dated pages agree");
    }

    [GeneratedRegex(@"/20\d\d/\d\d/\d\d/")]
    private static partial Regex UrlDate();
}
