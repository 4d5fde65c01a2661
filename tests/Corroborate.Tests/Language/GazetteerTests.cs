using Corroborate.Language;
using Corroborate.Language.Knowledge;

namespace Corroborate.Tests.Language;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(s => text.Substring(s.Start, s.Length))];

    /// <summary>The one match in a text, which must cover the words of <paramref name="expected"/>.</summary>
    private static GazetteerMatch Single(string text, string expected)
    {
        var words = Words(text);
        var match = Assert.Single(Gazetteer.Find(words));
        Assert.Equal(expected, string.Join(' ', words[match.Start..match.End]));
        return match;
    }

    [Theory]
    [InlineData("Armenian soldiers were freed.", "Armenian", "ARM")]
    [InlineData("Azerbaijani officials said so.", "Azerbaijani", "AZE")]
    [InlineData("Thousands of Azerbaijanis returned.", "Azerbaijanis", "AZE")]
    [InlineData("The Azeri side agreed.", "Azeri", "AZE")]
    [InlineData("Dominicans voted.", "Dominicans", "DOM")]
    [InlineData("Congolese troops moved.", "Congolese", "COD")]
    public void Demonyms_are_NORP_of_their_country(string text, string words, string iso3)
    {
        var match = Single(text, words);
        Assert.Equal(GazetteerKind.Demonym, match.Kind);
        Assert.Equal(EntityLabel.NORP, match.Label);
        Assert.Equal(iso3, match.Country);
    }

    [Theory]
    [InlineData("Azerbaijan freed 32 prisoners.", "Azerbaijan", "AZE")]
    [InlineData("Armenia freed two soldiers.", "Armenia", "ARM")]
    [InlineData("Talks in the United States went on.", "United States", "USA")]
    [InlineData("The U.S. said it welcomed the step.", "U.S.", "USA")]
    [InlineData("Officials in the US agreed.", "US", "USA")]
    [InlineData("Back in the States, nobody noticed.", "States", "USA")]
    [InlineData("Türkiye and Azerbaijan", "Türkiye Azerbaijan", null)]
    [InlineData("Fighting in Côte d’Ivoire ended.", "Côte d’Ivoire", "CIV")]
    [InlineData("It happened in Burma.", "Burma", "MMR")]
    [InlineData("Georgia signed the deal.", "Georgia", "GEO")]
    [InlineData("BAKU, Dec 7 - the talks began.", "BAKU", "AZE")]
    [InlineData("how are vietnam and laos alike ?", "vietnam", "VNM")]
    [InlineData("we moved from south africa last year", "south africa", "ZAF")]
    public void Countries_are_GPE_with_their_code(string text, string words, string? iso3)
    {
        if (iso3 is null)
        {
            var matches = Gazetteer.Find(Words(text));
            Assert.Equal(["TUR", "AZE"], matches.Select(m => m.Country));
            Assert.All(matches, m => Assert.Equal(GazetteerKind.Country, m.Kind));
            Assert.Equal(words, string.Join(' ', matches.Select(m => Words(text)[m.Start])));
            return;
        }
        var match = Single(text, words);
        Assert.Equal(EntityLabel.GPE, match.Label);
        Assert.Equal(iso3, match.Country);
    }

    [Theory]
    [InlineData("We had turkey and rice for dinner.")]
    [InlineData("The china in the cabinet broke.")]
    [InlineData("jordan said he would come.")]
    [InlineData("The chile sauce was hot.")]
    public void Country_names_that_are_words_match_only_with_a_capital(string text) => Assert.Empty(Gazetteer.Find(Words(text)));

    [Theory]
    [InlineData("He flew to Baku on Monday.", "Baku", "Capital", "AZE")]
    [InlineData("He flew to Yerevan on Monday.", "Yerevan", "Capital", "ARM")]
    [InlineData("Shelling hit Ganja overnight.", "Ganja", "City", "AZE")]
    [InlineData("Protests in Gyumri grew.", "Gyumri", "City", "ARM")]
    [InlineData("He lives in St. Petersburg now.", "St. Petersburg", "City", "RUS")]
    [InlineData("Forces entered Hadrut.", "Hadrut", "City", "AZE")]
    [InlineData("The court in The Hague ruled.", "The Hague", "City", "NLD")]
    [InlineData("The court in the Hague ruled.", "Hague", "City", "NLD")]
    public void Capitals_and_cities_are_GPE_with_their_country(string text, string words, string kind, string iso3)
    {
        var match = Single(text, words);
        Assert.Equal(kind, match.Kind.ToString());
        Assert.Equal(EntityLabel.GPE, match.Label);
        Assert.Equal(iso3, match.Country);
    }

    [Fact]
    public void Nagorno_Karabakh_is_three_words_and_a_region_of_Azerbaijan()
    {
        Assert.Equal(["Nagorno", "-", "Karabakh"], Words("Nagorno-Karabakh"));
        var words = Words("Ethnic Armenians left Nagorno-Karabakh in 2023.");
        var found = Gazetteer.Find(words);
        Assert.Equal(2, found.Count);
        var match = found[1];
        Assert.Equal((3, 6), (match.Start, match.End));
        Assert.Equal(GazetteerKind.Region, match.Kind);
        Assert.Equal(EntityLabel.GPE, match.Label);
        Assert.Equal("AZE", match.Country);
        Assert.Equal("Nagorno-Karabakh", match.Name);
    }

    [Theory]
    [InlineData("Shusha was retaken.", "Shusha", "Shusha")]
    [InlineData("Shushi was retaken.", "Shushi", "Shusha")]
    [InlineData("Residents of Khankendi left.", "Khankendi", "Stepanakert")]
    [InlineData("The Lachin corridor was closed.", "Lachin corridor", "Lachin corridor")]
    [InlineData("Observers reached Karabakh.", "Karabakh", "Karabakh")]
    public void Karabakh_places_are_known_under_each_spelling(string text, string words, string name)
    {
        var match = Single(text, words);
        Assert.Equal(name, match.Name);
        Assert.Equal("AZE", match.Country);
    }

    [Theory]
    [InlineData("Crimea", EntityLabel.GPE, "UKR")]
    [InlineData("West Bank", EntityLabel.GPE, "PSE")]
    [InlineData("South Caucasus", EntityLabel.LOC, null)]
    [InlineData("Caspian Sea", EntityLabel.LOC, null)]
    [InlineData("Texas", EntityLabel.GPE, "USA")]
    [InlineData("Kashmir", EntityLabel.LOC, null)]
    public void Regions_and_geography_carry_their_label(string name, EntityLabel label, string? iso3)
    {
        var entry = Gazetteer.Lookup(name);
        Assert.NotNull(entry);
        Assert.Equal(label, entry.Label);
        Assert.Equal(iso3, entry.Country);
    }

    [Theory]
    [InlineData("Brussels urged the European Union to act.", "European Union", "European Union")]
    [InlineData("Nato allies met.", "Nato", "North Atlantic Treaty Organization")]
    [InlineData("The OSCE Minsk Group met.", "OSCE Minsk Group", "OSCE Minsk Group")]
    [InlineData("The ICRC said the detainees were well.", "ICRC", "International Committee of the Red Cross")]
    [InlineData("It was reported by Azertag.", "Azertag", "Azertag")]
    public void Organizations_are_ORG(string text, string words, string name)
    {
        var matches = Gazetteer.Find(Words(text));
        var match = matches[^1];
        Assert.Equal(words, string.Join(' ', Words(text)[match.Start..match.End]));
        Assert.Equal(GazetteerKind.Organization, match.Kind);
        Assert.Equal(EntityLabel.ORG, match.Label);
        Assert.Equal(name, match.Name);
    }

    [Fact]
    public void The_article_is_not_part_of_an_organization()
    {
        var words = Words("the European Union said");
        var match = Assert.Single(Gazetteer.Find(words));
        Assert.Equal((1, 3), (match.Start, match.End));
        Assert.Equal(EntityLabel.ORG, match.Label);
        Assert.Equal("European Union", Gazetteer.Lookup("the European Union")?.Name);
        Assert.Equal("USA", Gazetteer.Lookup("the States")?.Country);
        Assert.Null(Gazetteer.Lookup("States"));
    }

    [Theory]
    [InlineData("President Ilham Aliyev spoke.", "President", "GOV")]
    [InlineData("Prime Minister Nikol Pashinyan spoke.", "Prime Minister", "GOV")]
    [InlineData("said expert Ilyas Huseynov", "expert", "EDU")]
    [InlineData("said Ilyas Huseynov, a political analyst", "political analyst", "EDU")]
    [InlineData("Foreign Minister Jeyhun Bayramov", "Foreign Minister", "GOV")]
    [InlineData("Lt. Gen. Smith", "Lt. Gen.", "MIL")]
    [InlineData("a spokesperson said", "spokesperson", null)]
    [InlineData("PM Nikol Pashinyan", "PM", "GOV")]
    public void Titles_match_in_any_case_with_their_sector(string text, string words, string? sector)
    {
        var match = Single(text, words);
        Assert.Equal(GazetteerKind.Title, match.Kind);
        Assert.Null(match.Label);
        Assert.Equal(sector, match.Sector);
    }

    [Theory]
    [InlineData("We ate turkey and rice.")]
    [InlineData("The china plates broke.")]
    [InlineData("Let us go.")]
    [InlineData("a general election in a major city")]
    [InlineData("Leave it at 7:30 pm.")]
    [InlineData("Class starts at 2 PM sharp.")]
    public void Lower_case_words_are_not_names(string text) =>
        Assert.Empty(Gazetteer.Find(Words(text)));

    [Fact]
    public void Longer_names_win_and_matches_do_not_overlap()
    {
        var words = Words("Papua New Guinea and Guinea-Bissau, not Equatorial Guinea's Greek Cypriots.");
        var found = Gazetteer.Find(words).Select(m => (string.Join(' ', words[m.Start..m.End]), m.Country)).ToArray();
        Assert.Equal(
            [("Papua New Guinea", "PNG"), ("Guinea - Bissau", "GNB"), ("Equatorial Guinea", "GNQ"), ("Greek Cypriots", "CYP")],
            found);
    }

    [Fact]
    public void Possessives_and_curly_apostrophes_are_handled()
    {
        var words = Words("Azerbaijan’s foreign minister met the People’s Republic of China envoy.");
        var found = Gazetteer.Find(words).Select(m => m.Name).ToArray();
        Assert.Equal(["Azerbaijan", "Foreign Minister", "China", "Envoy"], found);
    }

    [Theory]
    [InlineData("ARM", "ARM")]
    [InlineData("armenia", "ARM")]
    [InlineData("Armenians", "ARM")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Swaziland", "SWZ")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("Dominican", "DOM")]
    [InlineData("America", "USA")]
    public void Countries_are_looked_up_by_code_name_or_demonym(string key, string iso3)
    {
        Assert.True(Gazetteer.TryCountry(key, out var country));
        Assert.Equal(iso3, country.Iso3);
    }

    [Fact]
    public void Every_country_row_is_complete_and_unique()
    {
        var countries = Gazetteer.Countries;
        Assert.Equal(198, countries.Count); // 193 UN members, 2 observers, Kosovo, Taiwan, Western Sahara
        Assert.Equal(countries.Count, countries.Select(c => c.Iso3).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(countries.Count, countries.Select(c => c.Iso2).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(countries.Count, countries.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(countries, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Name), c.Iso3);
            Assert.NotEmpty(c.Demonyms);
            Assert.False(string.IsNullOrWhiteSpace(c.Capital), c.Iso3);
        });
        Assert.Contains(countries, c => c is { Iso3: "AZE", Capital: "Baku" } && c.Cities.Contains("Ganja") && c.Cities.Contains("Sumgait"));
        Assert.Contains(countries, c => c is { Iso3: "RUS", Capital: "Moscow" } && c.Cities.Contains("Saint Petersburg"));
    }

    [Fact]
    public void No_words_are_claimed_by_two_entries_unless_the_tables_say_which_wins()
    {
        // Overlaps are settled in the tables: "Georgia" is the country (the US state is "~Georgia" in
        // places.tsv, since in world news the country is far the likelier reading), "Congo" the DRC,
        // "Victoria" the Australian state. Anything else claimed twice across countries shows up here.
        Assert.True(Gazetteer.Conflicts.Count == 0, string.Join(Environment.NewLine, Gazetteer.Conflicts));
        Assert.Equal("GEO", Gazetteer.Lookup("Georgia")?.Country);
        Assert.Equal("USA", Gazetteer.Lookup("Georgia state")?.Country);
        Assert.Equal("COD", Gazetteer.Lookup("Congo")?.Country);
        Assert.Equal(GazetteerKind.Region, Gazetteer.Lookup("Victoria")?.Kind);
        Assert.Equal(GazetteerKind.Organization, Gazetteer.Lookup("Amazon")?.Kind);
        Assert.Equal(GazetteerKind.City, Gazetteer.Lookup("Dnipro")?.Kind);
    }

    [Fact]
    public void A_malformed_table_is_refused_with_its_line()
    {
        static TextReader Open(string table) => new StringReader(table switch
        {
            "countries" => "iso3\tiso2\tname\taliases\tdemonyms\tcapital\tcities\nARM\tAM\tArmenia\t\tArmenian\tYerevan\t\n",
            "places" => "names\tlabel\ttype\tcountry\n# a comment\nYerevan Lake\tLOC\tlake\tXYZ\n",
            "organizations" => "names\tkind\tcountry\n",
            _ => "names\ttype\tsector\n",
        });
        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(Open));
        Assert.Equal("places.tsv line 3: country 'XYZ' is not in countries.tsv.", e.Message);
    }
}
