using Corroborate.Events.Dictionaries;

namespace Corroborate.Tests.Events.Dictionaries;

public sealed class DiscardDictionaryTests
{
    private static readonly Lazy<DiscardDictionary> Production = new(() => DiscardDictionary.Load(Petrarch.File("dictionaries", "Phoenix.discards.txt")));

    private static DiscardDictionary Discards(string content) => Petrarch.Written("test.discards.txt", content, DiscardDictionary.Load);

    private const string Small = """
        # sentence-level and story-level discards
        ASIAN CUP   # BNL 01 May 2003
        +World Golf Championships   # pas 26-Feb-2014
        + ESPN2
        GROUP A_
        BATSMEN
        1914
        """;

    [Fact]
    public void Reads_phrases_with_their_scope_and_ending()
    {
        var discards = Discards(Small);
        Assert.Equal(
            [
                new DiscardEntry("ASIAN CUP", false, false, 2),
                new DiscardEntry("WORLD GOLF CHAMPIONSHIPS", true, false, 3),
                new DiscardEntry("ESPN2", true, false, 4),
                new DiscardEntry("GROUP A", false, true, 5),
                new DiscardEntry("BATSMEN", false, false, 6),
                new DiscardEntry("1914", false, false, 7),
            ],
            discards.Entries.ToArray());
    }

    [Theory]
    [InlineData("Japan won the Asian  Cup final on Sunday.", "ASIAN CUP")]
    [InlineData("The batsmen's union met.", "BATSMEN")]
    [InlineData("It was shown on ESPN2 last night.", "ESPN2")]
    [InlineData("Armenia is in Group A, with Spain.", "GROUP A")]
    [InlineData("The war of 1914-18 began in August.", "1914")]
    [InlineData("Armenia is in Group Alpha.", null)]
    [InlineData("Ten Asian cupbearers were there.", "ASIAN CUP")]
    [InlineData("The Eurasian Cup is not the Asian one.", null)]
    [InlineData("Armenia and Azerbaijan exchanged prisoners.", null)]
    public void Finds_the_first_phrase_from_the_start_of_a_word(string text, string? phrase)
    {
        Assert.Equal(phrase, Discards(Small).Find(text)?.Text);
    }

    [Fact]
    public void An_empty_phrase_is_an_error()
    {
        Assert.Equal("test.discards.txt:2: discard phrase is empty", Petrarch.Error("test.discards.txt", "ASIAN CUP\n+\n", DiscardDictionary.Load));
    }

    [SharedDataFact]
    public void Reads_the_production_and_validation_discards()
    {
        var discards = Production.Value;
        // Counted apart with grep: 506 phrases, 64 with '+', 8 ending in '_'.
        Assert.Equal(506, discards.Entries.Length);
        Assert.Equal(64, discards.Entries.Count(e => e.WholeStory));
        Assert.Equal(8, discards.Entries.Count(e => e.WholeWord));
        Assert.Null(discards.Find("Azerbaijan released 32 Armenian soldiers and Armenia freed two Azerbaijani soldiers."));
        Assert.True(discards.Find("Manchester United beat Chelsea.")?.WholeStory);

        var validation = DiscardDictionary.Load(Petrarch.File("unit-test", "PETR.Validate.discards.txt"));
        Assert.Equal(9, validation.Entries.Length);
        Assert.Equal(4, validation.Entries.Count(e => e.WholeStory));
    }
}
