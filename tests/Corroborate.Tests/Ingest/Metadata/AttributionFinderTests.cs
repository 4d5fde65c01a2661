using Corroborate.Documents;
using Corroborate.Ingest.Metadata;

namespace Corroborate.Tests.Ingest.Metadata;

public class AttributionFinderTests
{
    [Theory]
    [InlineData("The deal was reported by citing BBC.", "BBC", SourceKind.Outlet)]
    [InlineData("According to Azerbaijan's state news agency Azertag, 26 were held.", "Azertag", SourceKind.Outlet)]
    [InlineData("The figure was confirmed, according to the Steppe Herald newspaper.", "Steppe Herald", SourceKind.Outlet)]
    [InlineData("According to international relations expert Ilyas Baktygaliyev, the deal matters.", "Ilyas Baktygaliyev", SourceKind.Person)]
    [InlineData("Prices rose, according to the Ministry of Economy.", "Ministry of Economy", SourceKind.Organization)]
    [InlineData("The convoy left at dawn, Interfax reported, citing the AP.", "Associated Press", SourceKind.Outlet)]
    public void Finds_the_named_source_and_its_kind(string text, string name, SourceKind kind)
    {
        var source = Assert.Single(AttributionFinder.Find(text));
        Assert.Equal(name, source.Name);
        Assert.Equal(kind, source.Kind);
    }

    [Theory]
    [InlineData("Yet, according to the expert's perspective, risks remain.")]
    [InlineData("The two sides agreed to exchange prisoners on Thursday.")]
    [InlineData("Citing security concerns, the border stayed closed.")]
    public void Invents_no_source(string text) => Assert.Empty(AttributionFinder.Find(text));

    [Fact]
    public void Lists_each_source_once_in_order_of_first_mention()
    {
        var found = AttributionFinder.Find("Citing BBC, the site said so. According to Azertag, yes. Citing the BBC again.");
        Assert.Equal(["BBC", "Azertag"], found.Select(s => s.Name));
    }
}
