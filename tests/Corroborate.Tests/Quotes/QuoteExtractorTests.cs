using Corroborate.Language;
using Corroborate.Quotes;

namespace Corroborate.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string text) => QuoteExtractor.Default.Extract(Annotator.Default.Annotate(text));

    private static Quote Only(string text)
    {
        var quotes = Extract(text);
        Assert.True(quotes.Count == 1, $"{quotes.Count} quotes in \"{text}\": {string.Join("; ", quotes.Select(q => $"[{q.Speaker?.Text}] <{q.Cue.Text}> {q.Content.Text}"))}");
        return quotes[0];
    }

    [Fact]
    public void A_direct_quote_before_its_speaker_keeps_its_marks_and_loses_the_comma_outside()
    {
        var q = Only("“We will not back down,” he said.");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("he", q.Speaker!.Text);
        Assert.Equal(("said", "say"), (q.Cue.Text, q.CueLemma));
        Assert.Equal("“We will not back down,”", q.Content.Text);
        Assert.Equal((0, 0), (q.FirstSentence, q.LastSentence));
        var text = "“We will not back down,” he said.";
        Assert.Equal("he", text[q.Speaker.Start..q.Speaker.End]);
    }

    [Fact]
    public void Said_before_its_speaker()
    {
        var q = Only("\"The talks have failed,\" said Anna Petrova, the foreign minister.");
        Assert.Equal("Anna Petrova, the foreign minister", q.Speaker!.Text);
        Assert.Equal("said", q.Cue.Text);
        Assert.Equal("\"The talks have failed,\"", q.Content.Text);
    }

    [Fact]
    public void A_quotation_ended_by_a_name_and_told_without_a_period_is_a_direct_quote()
    {
        var q = Only("\"Overall, the prisoner exchange can be seen as a symbolic act of humanitarian nature aimed at further pacifying the region,\" Baktygaliyev told");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Baktygaliyev", q.Speaker!.Text);
        Assert.Equal(("told", "tell"), (q.Cue.Text, q.CueLemma));
        Assert.StartsWith("\"Overall", q.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_names_the_source_and_the_rest_is_the_content()
    {
        var q = Only("According to the ministry, the border crossing will reopen on Monday.");
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("the ministry", q.Speaker!.Text);
        Assert.Equal(("According to", "according to"), (q.Cue.Text, q.CueLemma));
        Assert.Equal("the border crossing will reopen on Monday", q.Content.Text);
    }

    [Fact]
    public void A_quotation_over_several_sentences_and_one_after_he_said_belong_to_one_quote()
    {
        const string text = "“The harbour is open. Ships can enter,” the port director said. “We expect a busy week.”";
        var q = Only(text);
        Assert.Equal("the port director", q.Speaker!.Text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(["“The harbour is open. Ships can enter,”", "“We expect a busy week.”"], q.Content.Pieces.Select(p => text[p.Start..p.End]));
        Assert.Equal((0, 2), (q.FirstSentence, q.LastSentence));
    }

    [Fact]
    public void An_indirect_quote_is_the_clause_of_a_speech_verb_with_its_that()
    {
        var q = Only("The defence minister told reporters on Tuesday that the army would withdraw.");
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("The defence minister", q.Speaker!.Text);
        Assert.Equal(("told", "tell"), (q.Cue.Text, q.CueLemma));
        Assert.Equal("that the army would withdraw", q.Content.Text);
    }

    [Fact]
    public void Quoted_words_inside_reported_speech_make_a_mixed_quote()
    {
        var q = Only("The senator said the bill was “a disgrace to this chamber.”");
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("The senator", q.Speaker!.Text);
    }

    [Fact]
    public void A_pronoun_speaker_is_resolved_to_the_person_named_before_it()
    {
        var quotes = Extract("Ilham Aliyev met the delegation in Baku on Thursday. He said the agreement would hold.");
        var q = Assert.Single(quotes);
        Assert.Equal("He", q.Speaker!.Text);
        Assert.Equal("Ilham Aliyev", q.ResolvedSpeaker);
        Assert.Equal(1, q.FirstSentence);
    }

    [Fact]
    public void A_speech_noun_with_its_clause()
    {
        var q = Only("The governor's claim that the dam was safe drew ridicule from engineers.");
        Assert.Equal("claim", q.Cue.Text);
        Assert.Equal("The governor", q.Speaker!.Text);
        // The parser hangs "drew" inside the clause, so only the start of the content is certain.
        Assert.StartsWith("that the dam was safe", q.Content.Text);
    }

    [Theory]
    [InlineData("The harbour of Poti reopened on Monday after a week of storms.")]
    [InlineData("Rain fell across the region and the roads were closed for two days.")]
    public void A_report_of_events_has_no_quote(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Text_annotated_without_places_is_refused()
    {
        var sentence = Annotator.Default.AnnotateWords(["He", "said", "so", "."]);
        Assert.Throws<ArgumentException>(() => QuoteExtractor.Default.Extract(new AnnotatedText("He said so.", [sentence])));
    }
}
