using Corroborate.Events.Dictionaries;

namespace Corroborate.Tests.Events.Dictionaries;

public sealed class AgentDictionaryTests
{
    private static readonly Lazy<AgentDictionary> Production = new(() => AgentDictionary.Load(Petrarch.File("dictionaries", "Phoenix.agents.txt")));

    private static AgentDictionary Agents(string content) => Petrarch.Written("test.agents.txt", content, AgentDictionary.Load);

    private static string Error(string content) => Petrarch.Error("test.agents.txt", content, AgentDictionary.Load);

    private const string Small = """
        !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
        !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

        FOREIGN_!MINIST! [~GOV]
        !MINIST! FOR_AGRICULTURE [~GOVAGR]
        CONGRESS!PERSON!  [~LEG]
        ARMY [~MIL]
        POLICE {} [~COP]
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
        HUMAN_RIGHTS_BODY  [NGO~]
        DEPARMENT_OF_ENVIRONMENT [~ENV}
        POLICE [~CRM]
        ISLAMIC_EXTREMIST
        """;

    [Fact]
    public void Reads_plurals_substitutions_and_placements()
    {
        var agents = Agents(Small);
        Assert.Equal(9, agents.Entries.Length);
        Assert.Equal(["FOREIGN_MINISTER", "FOREIGN_MINISTERS", "FOREIGN_MINISTRY", "FOREIGN_MINISTRIES"], agents.Entries[0].Phrases.ToArray());
        Assert.Equal("MINISTER FOR_AGRICULTURE", agents.Entries[1].Phrases[0]);
        Assert.Equal(5, agents.Entries[2].Phrases.Length);
        Assert.Equal(["ARMY", "ARMIES"], agents.Entries[3].Phrases.ToArray());
        Assert.Equal(["POLICE"], agents.Entries[4].Phrases.ToArray());
        Assert.Equal(["ATTORNEY_GENERAL", "ATTORNEYS_GENERAL"], agents.Entries[5].Phrases.ToArray());
        Assert.Equal(AgentPlacement.Prefix, agents.Entries[6].Placement);
        Assert.Equal("ENV", agents.Entries[7].Code);
        Assert.Equal("test.agents.txt:13: agent 'ISLAMIC_EXTREMIST' has no code in [ ]; left out", Assert.Single(agents.Warnings).ToString());
    }

    [Fact]
    public void Looks_up_noun_phrases_and_applies_their_codes()
    {
        var agents = Agents(Small);
        Assert.True(agents.TryGet("Foreign Minister", out var minister));
        Assert.Equal("ARMGOV", minister.Apply("ARM"));
        Assert.True(agents.TryGet("congresswomen", out var congress));
        Assert.Equal("USALEG", congress.Apply("USA"));
        Assert.True(agents.TryGet("human rights body", out var body));
        Assert.Equal("NGOARM", body.Apply("ARM"));
        Assert.True(agents.TryGet("police", out var police));
        Assert.Equal("COP", police.Code);
        // The second POLICE line keeps no phrase of its own, but its regular plural is new.
        Assert.True(agents.TryGet("polices", out var polices));
        Assert.Equal("CRM", polices.Code);
        Assert.False(agents.TryGet("foreign", out _));
    }

    [Fact]
    public void A_blank_in_a_phrase_lets_other_words_come_between_and_an_underscore_does_not()
    {
        var agents = Agents(Small);
        string[] tokens = ["the", "minister", "Smith", "for", "agriculture", "said"];
        var match = agents.LongestMatch(tokens, 1);
        Assert.Equal("GOVAGR", match?.Entry.Code);
        Assert.Equal(4, match?.Length);
        Assert.Equal(3, agents.LongestMatch(["ministries", "for", "agriculture"])?.Length);
        Assert.Null(agents.LongestMatch(["foreign", "deputy", "minister"]));
        Assert.Null(agents.LongestMatch(tokens, 1, 4));
    }

    [Theory]
    [InlineData("ARMY [GOV]\n", "test.agents.txt:1: agent code [GOV] neither starts nor ends with ~")]
    [InlineData("ARMY [~GOV] [~MIL]\n", "test.agents.txt:1: agent line has text after its code")]
    [InlineData("ARMY {ARMIES [~MIL]\n", "test.agents.txt:1: '{' is not closed")]
    [InlineData("CONGRESS!PERSON! [~LEG]\n", "test.agents.txt:1: substitution marker !PERSON! is not defined above")]
    [InlineData("!PERSON = MAN\n", "test.agents.txt:1: substitution set is not of the form !NAME! = A, B, C")]
    [InlineData("!MINIST!_OF_WAR [~GOV\n", "test.agents.txt:1: '[' is not closed")]
    public void A_malformed_line_is_named_with_its_file_and_line(string content, string message)
    {
        Assert.Equal(message, Error(content));
    }

    [SharedDataFact]
    public void Reads_the_production_agents()
    {
        var agents = Production.Value;
        // Counted apart with grep: 2,244 lines with a [code], three of them [IGO~].
        Assert.Equal(2244, agents.Entries.Length);
        Assert.Equal(3, agents.Entries.Count(e => e.Placement == AgentPlacement.Prefix));
        Assert.Equal(5185, agents.PhraseCount);
        Assert.Equal("Phoenix.agents.txt:1927: agent 'ISLAMIC_EXTREMIST' has no code in [ ]; left out", Assert.Single(agents.Warnings).ToString());
        Assert.True(agents.TryGet("foreign minister", out var minister));
        Assert.Equal("AZEGOV", minister.Apply("AZE"));
        Assert.True(agents.TryGet("peacekeeping troops", out var peacekeepers));
        Assert.Equal("IGOARM", peacekeepers.Apply("ARM"));
        Assert.True(agents.TryGet("ministry for agriculture", out var agriculture));
        Assert.Equal("GOVAGR", agriculture.Code);
    }

    [SharedDataFact]
    public void Reads_the_validation_agents()
    {
        var agents = AgentDictionary.Load(Petrarch.File("unit-test", "PETR.Validate.agents.txt"));
        Assert.Equal(88, agents.Entries.Length);
        Assert.Empty(agents.Warnings);
        Assert.True(agents.TryGet("ministry of silly walks", out var walks));
        Assert.Equal("GOV", walks.Code);
        Assert.True(agents.TryGet("human rights organization", out var organization));
        Assert.Equal("NGOARN", organization.Apply("ARN"));
    }
}
