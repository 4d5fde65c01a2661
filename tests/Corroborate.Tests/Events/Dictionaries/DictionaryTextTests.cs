using Corroborate.Events.Dictionaries;

namespace Corroborate.Tests.Events.Dictionaries;

public sealed class DictionaryTextTests
{
    private static List<(int, string)> Lines(string text)
    {
        var all = new List<(int, string)>();
        foreach (var (number, line) in DictionaryText.Lines(text))
        {
            all.Add((number, line));
        }
        return all;
    }

    [Fact]
    public void Comments_of_every_kind_are_removed_and_line_numbers_kept()
    {
        var text = string.Join('\n',
            "# a whole-line comment",
            "ARMENIA_ [ARM] # a trailing comment",
            "",
            "<!-- one-line comment -->",
            "kept <!-- inside --> too",
            "<!-- opens",
            "# a hash line inside, and the closing on a hash line: # -->",
            "SCRAP {SCRAPS};shan 8/30/93",
            "<! -- the validation file's spelling -->",
            "\t[ARMGOV >080409]   ");
        Assert.Equal(
            [(2, "ARMENIA_ [ARM]"), (5, "kept  too"), (8, "SCRAP {SCRAPS}"), (10, "\t[ARMGOV >080409]")],
            Lines(text));
    }

    [Fact]
    public void A_hash_inside_brackets_is_a_code_not_a_comment()
    {
        Assert.Equal([(1, "- * DIPLXMATIC  [###]")], Lines("- * DIPLXMATIC  [###]  # -PAS 95.12.18"));
    }

    [Theory]
    [InlineData("DOLLAR", "DOLLARS")]
    [InlineData("MILITIA", "MILITIAS")]
    [InlineData("ARMY", "ARMIES")]
    [InlineData("ATTORNEY", "ATTORNEYS")]
    [InlineData("BOSS", "BOSSES")]
    [InlineData("TAX", "TAXES")]
    [InlineData("CHURCH", "CHURCHES")]
    public void Plurals_are_regular_English(string noun, string plural)
    {
        Assert.Equal(plural, DictionaryText.Plural(noun));
    }

    [Theory]
    [InlineData("ACCELERATE", "ACCELERATES ACCELERATED ACCELERATING")]
    [InlineData("TRY", "TRIES TRIED TRYING")]
    [InlineData("PLAY", "PLAYS PLAYED PLAYING")]
    [InlineData("PUSH", "PUSHES PUSHED PUSHING")]
    [InlineData("DIE", "DIES DIED DYING")]
    [InlineData("FREE", "FREES FREED FREEING")]
    [InlineData("ATTACK", "ATTACKS ATTACKED ATTACKING")]
    public void Regular_verb_forms(string verb, string forms)
    {
        Assert.Equal(forms, string.Join(' ', DictionaryText.RegularVerbForms(verb)));
    }

    [Fact]
    public void Phrases_split_on_blanks_and_underscores_in_upper_case()
    {
        Assert.Equal(["ILHAM", "ALIYEV"], DictionaryText.Words("ilham_Aliyev_ "));
        Assert.Equal(["VIRGILIO", "FONTES", "PEREIRA"], DictionaryText.Words("VIRGILIO_ FONTES_PEREIRA_"));
    }
}
