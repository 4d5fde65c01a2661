using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Tests.Language;

/// <summary>The label set news needs, on sentences we wrote: what the rules add to the statistical recognizer.</summary>
public sealed class EntityRulesTests
{
    private static readonly DateTimeOffset Published = new(2023, 12, 8, 12, 0, 0, TimeSpan.Zero);

    private static List<(string Text, Entity Entity)> Entities(string text)
    {
        var annotated = Annotator.Default.Annotate(text, Published);
        return [.. annotated.Sentences.SelectMany(s => s.Entities.Select(e => (string.Join(' ', s.Words.Skip(e.Start).Take(e.Length)), e)))];
    }

    [Theory]
    [InlineData("Talks between Armenia and Azerbaijan resumed in Brussels.", "Armenia", "GPE", "ARM")]
    [InlineData("Talks between Armenia and Azerbaijan resumed in Brussels.", "Brussels", "GPE", "Brussels")]
    [InlineData("Two Armenian soldiers were freed.", "Armenian", "NORP", "ARM")]
    [InlineData("The Azerbaijanis welcomed the deal.", "Azerbaijanis", "NORP", "AZE")]
    [InlineData("The plane landed at Zvartnots Airport near Yerevan.", "Zvartnots Airport", "FAC", null)]
    [InlineData("The European Union and NATO issued a statement.", "European Union", "ORG", "European Union")]
    [InlineData("He filed a complaint with the U.S. Department of Housing and Urban Development.", "U.S. Department of Housing and Urban Development", "ORG", null)]
    [InlineData("She worked for years at Rodale Books before it closed.", "Rodale Books", "ORG", null)]
    [InlineData("Tenants sued the Housing Authority of New Orleans last year.", "Housing Authority of New Orleans", "ORG", null)]
    [InlineData("Fighting spread across the Mardakert district overnight.", "Mardakert", "GPE", "Mardakert")]
    [InlineData("The now-defunct Nagorno-Karabakh Republic was dissolved.", "Nagorno - Karabakh Republic", "GPE", null)]
    [InlineData("Prices rose 3.5% in November.", "3.5 %", "PERCENT", "3.5")]
    [InlineData("The bank lent $1.2bn to the government.", "$ 1.2 bn", "MONEY", "1200000000 USD")]
    public void Labels_news_names_numbers_and_places(string text, string mention, string label, string? value)
    {
        var found = Entities(text);
        Assert.Contains(found, f => f.Text == mention && f.Entity.Label.ToString() == label && (value is null || f.Entity.Value == value));
    }

    [Theory]
    [InlineData("Azerbaijani President Ilham Aliyev spoke on Thursday.", "Ilham Aliyev", "President")]
    [InlineData("According to expert Ilyas Baktygaliyev, the deal is symbolic.", "Ilyas Baktygaliyev", "Expert")]
    [InlineData("Ararat Mirzoyan, the Armenian Foreign Minister, welcomed it.", "Ararat Mirzoyan", "Foreign Minister")]
    [InlineData("Mr. John Smith declined to comment.", "John Smith", null)]
    public void Titles_bind_to_the_names_they_stand_beside(string text, string person, string? role)
    {
        var found = Entities(text);
        var entity = Assert.Single(found, f => f.Text == person && f.Entity.Label == EntityLabel.PER).Entity;
        Assert.Equal(role, entity.Role);
    }

    [Fact]
    public void A_date_inside_a_name_stays_a_date_and_a_number_inside_a_name_stays_in_the_name()
    {
        var found = Entities("On 7 December 2023, Azerbaijan freed 32 prisoners.");
        Assert.Contains(found, f => f.Text == "7 December 2023" && f.Entity.Label == EntityLabel.DATE && f.Entity.Value == "2023-12-07");
        Assert.Contains(found, f => f.Text == "32" && f.Entity.Label == EntityLabel.CARDINAL && f.Entity.Number == 32);
    }

    [Fact]
    public void Entities_never_overlap_and_stay_inside_the_sentence()
    {
        var annotated = Annotator.Default.Annotate(
            "On Thursday evening, Azerbaijan and Armenia announced a prisoner exchange. Azerbaijan will free 32 Armenian soldiers and Armenia two Azerbaijani soldiers, " +
            "the office of Prime Minister Nikol Pashinyan said in Yerevan. The 44-day war in 2020 cost $1.2bn.", Published);
        foreach (var sentence in annotated.Sentences)
        {
            var last = 0;
            foreach (var e in sentence.Entities.OrderBy(e => e.Start))
            {
                Assert.True(e.Start >= last && e.End > e.Start && e.End <= sentence.Words.Count);
                last = e.End;
            }
        }
    }

    [Fact]
    public void Iob2_reads_both_layouts_and_names_a_bad_line()
    {
        var plain = Iob2.Read(new StringReader("Ilham\tB-PER\nAliyev\tI-PER\nspoke\tO\n\nBaku\tB-LOC\n"), "plain.iob2").ToList();
        Assert.Equal(2, plain.Count);
        Assert.Equal([("PER", 0, 2)], Iob2.Spans(plain[0].Tags));
        var uner = Iob2.Read(new StringReader("# sent_id = x-1\n1\tBaku\tB-LOC\t-\tann\n2\tsaid\tO\t-\t-\n"), "uner.iob2").Single();
        Assert.Equal("x-1", uner.Id);
        Assert.Equal(["Baku", "said"], uner.Words);
        var e = Assert.Throws<FormatException>(() => Iob2.Read(new StringReader("Baku\tX-LOC\n"), "bad.iob2").ToList());
        Assert.Contains("bad.iob2: line 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Crowds filled Times Square Group Chairman events .")]
    [InlineData("Department officials said nothing .")]
    [InlineData("The Court ruled .")]
    public void A_body_word_alone_or_inside_a_longer_name_makes_no_organization(string text) =>
        Assert.Empty(EntityRules.OrganizationNames(text.Split(' ')));

    [Fact]
    public void A_company_suffix_takes_the_name_before_its_comma_and_no_of_phrase()
    {
        var words = "He worked at Google , Inc. of Mountain View".Split(' ');
        Assert.Equal([(3, 6)], EntityRules.OrganizationNames(words));
    }
}
