using Corroborate.Events.Dictionaries;

namespace Corroborate.Tests.Events.Dictionaries;

public sealed class ActorDictionaryTests
{
    private static readonly Lazy<ActorDictionary> Production = new(() => ActorDictionary.Load(
        Petrarch.File("dictionaries", "Phoenix.Countries.actors.txt"),
        Petrarch.File("dictionaries", "Phoenix.International.actors.txt"),
        Petrarch.File("dictionaries", "Phoenix.MilNonState.actors.txt")));

    private static readonly DateOnly ExchangeDay = new(2023, 12, 7);

    private static ActorDictionary Actors(string content) => Petrarch.Written("test.actors.txt", content, p => ActorDictionary.Load(p));

    private static string Error(string content) => Petrarch.Error("test.actors.txt", content, p => ActorDictionary.Load(p));

    private const string Small = """
        ARMENIA_
        +ARMENIAN_
        +YEREVAN_
        	[USRARM <900823]
        	[ARM >911221]
        SAM_GAMGEE [HOB]  # default
        	[HOBCIV <20080120]
        	[ORCHOB 20100109-20100112] # overrides the next
        	[HOBMIL 20080120 - 20121109]
        	[HOBELI > 20130119]
        JAVIER_DE_CUELLAR_	[IGOUNO 820101-911231] [ELI]# IGOrulers.txt
        ARMENIAN_GENOCIDE_MEMORIAL
        +TAIOAN_ +TAWIAN_
        	[ARM]
        """;

    [Fact]
    public void Reads_records_with_synonyms_and_dated_codes()
    {
        var actors = Actors(Small);
        Assert.Equal(4, actors.Entries.Length);
        var armenia = actors.Entries[0];
        Assert.Equal("ARMENIA", armenia.Phrase);
        Assert.Equal(["ARMENIAN", "YEREVAN"], armenia.Synonyms.ToArray());
        Assert.Equal(
            [new ActorCode("USRARM", null, new DateOnly(1990, 8, 23)), new ActorCode("ARM", new DateOnly(1991, 12, 21), null)],
            armenia.Codes.ToArray());
        Assert.Equal(
            [new ActorCode("IGOUNO", new DateOnly(1982, 1, 1), new DateOnly(1991, 12, 31)), new ActorCode("ELI")],
            actors.Entries[2].Codes.ToArray());
        Assert.Equal(["TAIOAN", "TAWIAN"], actors.Entries[3].Synonyms.ToArray());
        Assert.Equal(8, actors.PhraseCount);
        Assert.Equal("test.actors.txt:13: 2 synonyms on one line; each is read", Assert.Single(actors.Warnings).ToString());
    }

    [Theory]
    [InlineData("1990-08-23", "USRARM")]
    [InlineData("1991-06-01", null)]
    [InlineData("1991-12-21", "ARM")]
    [InlineData("2023-12-07", "ARM")]
    public void A_code_holds_within_its_dates_both_days_included(string date, string? code)
    {
        Assert.True(Actors(Small).TryGet("Armenia", out var armenia));
        Assert.Equal(code, armenia.CodeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2007-01-01", "HOBCIV")]
    [InlineData("2010-01-10", "ORCHOB")]
    [InlineData("2011-01-01", "HOBMIL")]
    [InlineData("2012-12-01", "HOB")]
    [InlineData("2014-01-01", "HOBELI")]
    public void The_first_dated_code_that_holds_wins_and_the_default_fills_gaps(string date, string code)
    {
        Assert.True(Actors(Small).TryGet("sam gamgee", out var sam));
        Assert.Equal(code, sam.CodeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Looks_up_the_longest_phrase_at_a_token_case_insensitively()
    {
        var actors = Actors(Small);
        string[] tokens = ["the", "Armenian", "genocide", "memorial", "in", "Yerevan"];
        var memorial = actors.LongestMatch(tokens, 1);
        Assert.Equal("ARMENIAN GENOCIDE MEMORIAL", memorial?.Entry.Phrase);
        Assert.Equal(3, memorial?.Length);
        Assert.Equal("ARMENIA", actors.LongestMatch(["Armenian", "troops"])?.Entry.Phrase);
        Assert.Equal("ARMENIA", actors.LongestMatch(tokens, 5)?.Entry.Phrase);
        Assert.Null(actors.LongestMatch(tokens, 0));
        Assert.False(actors.TryGet("Armenian genocide", out _));
    }

    [Fact]
    public void A_repeated_phrase_takes_the_last_actor_read_as_PETRARCH_does()
    {
        var actors = Actors("GEORGIA [GEO]\n+TBILISI\nGEORGIA [USA]\n");
        Assert.Equal(2, actors.Entries.Length);
        Assert.True(actors.TryGet("Georgia", out var georgia));
        Assert.Equal("USA", georgia.CodeOn(ExchangeDay));
        Assert.True(actors.TryGet("Tbilisi", out var tbilisi));
        Assert.Equal("GEO", tbilisi.CodeOn(ExchangeDay));
    }

    [Theory]
    [InlineData("\t[ARM]\n", "test.actors.txt:1: code line before any actor phrase")]
    [InlineData("+ARMENIAN\n", "test.actors.txt:1: synonym line (+) before any actor phrase")]
    [InlineData("ARMENIA [ARM\n", "test.actors.txt:1: '[' is not closed")]
    [InlineData("ARMENIA []\n", "test.actors.txt:1: empty code in [ ]")]
    [InlineData("ARMENIA\n\t[ARM >9112x1]\n", "test.actors.txt:2: '9112x1' is not a date (YYMMDD or YYYYMMDD)")]
    [InlineData("ARMENIA\n\t[ARM >911321]\n", "test.actors.txt:2: '911321' is not a date: no day 21 in month 13 of 1991")]
    [InlineData("ARMENIA\n\t[ARM 911221+]\n", "test.actors.txt:2: [ARM 911221+]: restriction is not <DATE, >DATE or DATE-DATE")]
    [InlineData("ARMENIA\n+__\n", "test.actors.txt:2: actor phrase is empty")]
    public void A_malformed_line_is_named_with_its_file_and_line(string content, string message)
    {
        Assert.Equal(message, Error(content));
    }

    [Fact]
    public void A_date_of_a_length_no_date_has_leaves_its_code_out_with_a_warning()
    {
        var actors = Actors("ARMENIA\n\t[USRARM <900823]\n\t[ARMUNR 9008223-911221]\n");
        Assert.Equal([new ActorCode("USRARM", null, new DateOnly(1990, 8, 23))], actors.Entries[0].Codes.ToArray());
        Assert.Equal("test.actors.txt:3: date 9008223 has 7 digits, not 6 or 8; its code is left out", Assert.Single(actors.Warnings).ToString());
    }

    [SharedDataFact]
    public void The_seed_story_actors_have_their_2023_codes()
    {
        var actors = Production.Value;
        Assert.True(actors.TryGet("ARMENIA_", out var armenia));
        Assert.Equal("ARM", armenia.CodeOn(ExchangeDay));
        Assert.Equal("USRARM", armenia.CodeOn(new DateOnly(1989, 1, 1)));
        Assert.True(actors.TryGet("AZERBAIJAN_", out var azerbaijan));
        Assert.Equal("AZE", azerbaijan.CodeOn(ExchangeDay));
        Assert.True(actors.TryGet("ILHAM_ALIYEV_", out var aliyev));
        Assert.Equal("AZEGOV", aliyev.CodeOn(ExchangeDay));
        Assert.Equal("AZEELI", aliyev.CodeOn(new DateOnly(2000, 1, 1)));
        Assert.Equal("Phoenix.Countries.actors.txt", aliyev.File);
        Assert.Equal(2975, aliyev.Line);

        string[] tokens = ["President", "Ilham", "Aliyev", "met", "officials", "in", "Baku"];
        Assert.Equal(new PhraseMatch<ActorEntry>(aliyev, 2), actors.LongestMatch(tokens, 1));
        Assert.Same(azerbaijan, actors.LongestMatch(tokens, 6)?.Entry);
        Assert.False(actors.TryGet("Nikol Pashinyan", out _));
    }

    [SharedDataFact]
    public void Reads_the_three_production_actor_files_whole()
    {
        var actors = Production.Value;
        // Counted apart with grep: phrase lines (not '+', not '[') per file, and '+' lines
        // (+1 for the line that holds two synonyms).
        Assert.Equal([18390, 7841, 1021], actors.Entries.GroupBy(e => e.File).Select(g => g.Count()));
        Assert.Equal([7528, 66, 772], actors.Entries.GroupBy(e => e.File).Select(g => g.Sum(e => e.Synonyms.Length)));
        // 35,618 phrases, of which 1,257 repeat an earlier one.
        Assert.Equal(34361, actors.PhraseCount);
        Assert.Equal(14, actors.Warnings.Length);
        Assert.Contains(actors.Warnings, w => w.ToString() == "Phoenix.Countries.actors.txt:22508: date 1920030320 has 10 digits, not 6 or 8; its code is left out");
    }

    [SharedDataFact]
    public void Reads_the_validation_actors()
    {
        var actors = ActorDictionary.Load(Petrarch.File("unit-test", "PETR.Validate.actors.txt"));
        Assert.Equal(128, actors.Entries.Length);
        Assert.Equal(33, actors.Entries.Sum(e => e.Synonyms.Length));
        Assert.Empty(actors.Warnings);
        Assert.True(actors.TryGet("Gollum", out var gollum));
        Assert.Equal(["SMEAGOL", "SLINKER", "STINKER"], gollum.Synonyms.ToArray());
        Assert.Equal("HOBGOV", gollum.CodeOn(new DateOnly(1997, 1, 1)));
        Assert.True(actors.TryGet("prince of dol amroth", out var prince));
        Assert.Equal("---", prince.CodeOn(new DateOnly(1995, 1, 1)));
        Assert.Equal("DOL", prince.CodeOn(new DateOnly(1996, 1, 1)));
    }
}
