using Corroborate.Language;
using Corroborate.Quotes;

namespace Corroborate.Tests.Quotes;

/// <summary>Who a quote's speaker is, by name, and the role the text gives them.</summary>
public sealed class SpeakerNamesTests
{
    private static IReadOnlyList<Quote> Extract(string text) => QuoteExtractor.Default.Extract(Annotator.Default.Annotate(text));

    private static Quote Said(string text, string speaker) =>
        Assert.Single(Extract(text), q => q.Speaker?.Text == speaker);

    [Fact]
    public void A_title_before_the_name_is_the_role_and_the_name_alone_the_person()
    {
        var q = Said("Foreign Minister Jeyhun Bayramov said the talks would resume next week.", "Foreign Minister Jeyhun Bayramov");
        Assert.Equal(("Jeyhun Bayramov", "Foreign Minister"), (q.ResolvedSpeaker, q.SpeakerRole));
    }

    [Fact]
    public void A_relative_who_is_the_person_just_named()
    {
        var q = Said("The ferry resumed under Mayor Lena Brandt, who has said many times that the river link pays for itself.", "who");
        Assert.Equal("Lena Brandt", q.ResolvedSpeaker);
        Assert.Equal("that the river link pays for itself", q.Content.Text);
    }

    [Fact]
    public void An_apposition_after_the_name_is_the_role()
    {
        var q = Said("Hikmet Hajiyev, assistant to the President, told reporters that the border was calm.", "Hikmet Hajiyev, assistant to the President");
        Assert.Equal(("Hikmet Hajiyev", "assistant to the President"), (q.ResolvedSpeaker, q.SpeakerRole));
    }

    [Fact]
    public void A_bare_surname_is_the_person_introduced_before_with_the_role_given_there()
    {
        const string text = "Shipping analyst Marta Kowalczyk said the port would reopen. \"The harbour is safe again,\" Kowalczyk said.";
        var q = Said(text, "Kowalczyk");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(("Marta Kowalczyk", "Shipping analyst"), (q.ResolvedSpeaker, q.SpeakerRole));
    }

    [Fact]
    public void A_pronoun_is_the_person_named_before_it_with_their_role()
    {
        const string text = "Anna Petrova, the foreign minister, met the delegation in Vienna on Monday. She said the agreement would hold.";
        var q = Said(text, "She");
        Assert.Equal(("Anna Petrova", "foreign minister"), (q.ResolvedSpeaker, q.SpeakerRole));
    }

    [Fact]
    public void The_expert_is_the_person_introduced_as_an_expert()
    {
        const string text = "According to energy expert Tomas Lindqvist, prices will fall in spring. The expert said that the pipeline was the reason.";
        var q = Said(text, "The expert");
        Assert.Equal(("Tomas Lindqvist", "energy expert"), (q.ResolvedSpeaker, q.SpeakerRole));
    }

    [Theory]
    [InlineData("A spokesman for Aliyev said the talks had failed.", "A spokesman for Aliyev")]
    [InlineData("Azerbaijan and Armenia said the talks had failed.", "Azerbaijan and Armenia")]
    [InlineData("Ilham Aliyev and Nikol Pashinyan said the talks had gone well.", "Ilham Aliyev and Nikol Pashinyan")]
    public void A_speaker_that_is_not_one_named_person_is_left_unresolved(string text, string speaker)
    {
        var q = Said(text, speaker);
        Assert.Null(q.ResolvedSpeaker);
        Assert.Null(q.SpeakerRole);
    }

    [Fact]
    public void A_place_before_the_name_is_not_a_title()
    {
        var q = Assert.Single(Extract("In Baku Aliyev said the war was over."));
        Assert.Null(q.SpeakerRole);
    }
}
