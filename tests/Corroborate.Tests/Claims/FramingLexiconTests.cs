using Corroborate.Claims;
using Corroborate.Language;

namespace Corroborate.Tests.Claims;

public class FramingLexiconTests
{
    private static IReadOnlyList<FramingCue> Find(string text) => FramingLexicon.Default.Find(Annotator.Default.Annotate(text));

    [Fact]
    public void The_shipped_lexicon_loads()
    {
        Assert.True(FramingLexicon.Default.Count > 100);
    }

    [Fact]
    public void Each_category_is_found_with_its_span()
    {
        const string text = "The so-called government reportedly committed war crimes, and the heroic army answered with brutal force.";
        var cues = Find(text);
        Assert.Equal(
            [FramingCategory.Delegitimizing, FramingCategory.Hedge, FramingCategory.LegalAccusation, FramingCategory.Glorifying, FramingCategory.Emotive],
            cues.Select(c => c.Category));
        Assert.All(cues, c => Assert.Equal(c.Phrase, text[c.Start..c.End]));
        Assert.Equal("war crime", cues[2].Lemma);
        Assert.Equal("war crimes", cues[2].Phrase);
    }

    [Fact]
    public void A_label_takes_the_noun_it_qualifies_but_a_hedge_does_not()
    {
        var cues = Find("Officials said the separatist leaders had allegedly fled.");
        Assert.Contains(cues, c => c.Phrase == "separatist leaders" && c.Lemma == "separatist*");
        Assert.Contains(cues, c => c.Phrase == "allegedly" && c.Category == FramingCategory.Hedge);
    }

    [Fact]
    public void A_hyphenated_title_is_taken_whole()
    {
        var cue = Assert.Single(Find("He thanked the victorious Commander-in-Chief for the decision."));
        Assert.Equal("victorious Commander-in-Chief", cue.Phrase);
    }

    [Fact]
    public void The_longest_entry_wins_and_matches_do_not_overlap()
    {
        var cue = Assert.Single(Find("Both sides spoke of crimes against humanity in the valley."));
        Assert.Equal("crime against humanity", cue.Lemma);
    }

    [Fact]
    public void Plain_reporting_has_no_loaded_wording() =>
        Assert.Empty(Find("The two governments exchanged 34 prisoners on Thursday at the border crossing."));

    [Fact]
    public void A_malformed_lexicon_names_its_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => FramingLexicon.Read(new StringReader("category\tphrase\nglorifying\tbrave\nangry\tfurious\n")));
        Assert.Contains("framing.tsv line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_lexicon_can_be_loaded_from_a_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "category\tphrase\nhedge\tit seems\n");
            var lexicon = FramingLexicon.Load(path);
            Assert.Equal(1, lexicon.Count);
            Assert.Single(lexicon.Find(Annotator.Default.Annotate("It seems the talks failed.")));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
