using Corroborate.Documents;
using Corroborate.Ingest;
using Corroborate.Ingest.Readers;

namespace Corroborate.Tests.Ingest;

/// <summary>The reference case: both real seed reports, read, cleaned and given metadata.</summary>
public class SeedArticleTests
{
    private const string Sputnik = "seeds/000_e9e3171e4863870b.txt";
    private const string AzerNews = "seeds/004_7f5bd2da033e4ba2.txt";

    internal static Article Read(string relative)
    {
        var path = SharedData.File(relative);
        var input = new InputFile(path, () => File.OpenRead(path));
        var raw = Assert.Single(new TextArticleReader().Read(input, p => Assert.Fail(p.ToString())));
        return ArticleBuilder.Build(raw) ?? throw new InvalidOperationException("no article");
    }

    [SharedDataFact]
    public void Sputnik_piece_has_its_title_outlet_date_and_cited_sources()
    {
        var article = Read(Sputnik);
        Assert.Equal("Expert on Azerbaijani-Armenian Peace Agreement: \"A Symbolic Act of Humanitarian Nature\"", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Equal("Sputnik", article.Outlet?.Name);
        Assert.Null(article.Attribution.CarriedBy);
        Assert.Equal("2023-12-08T14:21", article.Published?.ToString());
        Assert.Equal(DatePrecision.Minute, article.Published?.Precision);
        Assert.Equal("en", article.Language);
        var outlets = article.Attribution.Cited.Where(c => c.Kind == SourceKind.Outlet).Select(c => c.Name).ToList();
        Assert.Equal(["BBC", "Azertag"], outlets);
        Assert.Contains(article.Attribution.Cited, c => c.Name == "Ilyas Baktygaliyev" && c.Kind == SourceKind.Person);
    }

    [SharedDataFact]
    public void AzerNews_piece_is_carried_by_MENAFN_with_its_byline_and_date()
    {
        var article = Read(AzerNews);
        Assert.Equal("AzerNews", article.Outlet?.Name);
        Assert.Equal("azernews.az", article.Outlet?.Domain);
        Assert.Equal("MENAFN", article.Attribution.CarriedBy?.Name);
        Assert.Equal("2023-12-07", article.Published?.ToString());
        Assert.Equal(DatePrecision.Day, article.Published?.Precision);
        Assert.Equal(["Elnur Enveroglu"], article.Authors);
        Assert.True(article.TitleDerived);
        Assert.StartsWith("Considerable progress is being made", article.Title);
        Assert.Empty(article.Attribution.Cited);
    }

    [SharedDataTheory]
    [InlineData(Sputnik)]
    [InlineData(AzerNews)]
    public void Clean_text_keeps_every_sentence_and_no_residue(string relative)
    {
        var article = Read(relative);
        var original = File.ReadAllText(SharedData.File(relative)).Replace('\u00A0', ' ');
        foreach (var residue in new[] { "451.27", "Read more", "In article", "Source: Sputnik", "MENAFN", "08/12/2023", "Elnur Enveroglu" })
        {
            Assert.DoesNotContain(residue, article.Text, StringComparison.Ordinal);
        }
        // Every paragraph of real prose in the original (a line of 60+ characters) survives intact.
        var prose = original.Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 60 && l != article.Title).ToList();
        Assert.NotEmpty(prose);
        foreach (var paragraph in prose)
        {
            Assert.Contains(paragraph, article.Text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("\n\n\n", article.Text, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Every_removal_names_its_rule_and_line()
    {
        var sputnik = Read(Sputnik);
        Assert.Equal(
            ["dateline", "source-line", "duplicate-source-line", "in-article-marker", "ticker"],
            sputnik.Removals.Select(r => r.Rule));
        Assert.Equal(5, sputnik.Removals[0].Line);
        Assert.Equal(29, sputnik.Removals[^1].Line);

        var azerNews = Read(AzerNews);
        Assert.Equal(["wire-header", "byline-with-navigation"], azerNews.Removals.Select(r => r.Rule));
    }
}
