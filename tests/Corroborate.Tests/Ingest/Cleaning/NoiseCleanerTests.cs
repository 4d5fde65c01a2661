using Corroborate.Ingest.Cleaning;

namespace Corroborate.Tests.Ingest.Cleaning;

public class NoiseCleanerTests
{
    [Theory]
    [InlineData("$ 451.27 489.13 4.87", "ticker")]
    [InlineData("€ 1.84  ₽ 0.019  $ 1.70", "ticker")]
    [InlineData("USD 1.70 EUR 1.84", "ticker")]
    [InlineData("Read more", "read-more")]
    [InlineData("READ MORE: Ceasefire talks stall again", "read-more")]
    [InlineData("Share this article: Facebook Twitter Telegram", "share")]
    [InlineData("Facebook | Twitter | WhatsApp", "share")]
    [InlineData("Subscribe to our newsletter", "subscribe")]
    [InlineData("Follow us on Telegram", "subscribe")]
    [InlineData("We use cookies to improve your experience. Accept", "cookie-notice")]
    [InlineData("In article", "in-article-marker")]
    [InlineData("Advertisement", "advertisement")]
    [InlineData("© 2023 Caspian Ledger. All rights reserved.", "copyright")]
    [InlineData("By Anna Petrosyan", "byline")]
    [InlineData("Elnur Enveroglu Read more", "byline-with-navigation")]
    [InlineData("07/12/2023 - 22:40", "dateline")]
    [InlineData("Published: 7 December 2023", "dateline")]
    [InlineData("date 2023-12-07 (MENAFN- AzerNews)", "wire-header")]
    public void Removes_residue_lines_by_the_named_rule(string line, string rule)
    {
        var cleaned = NoiseCleaner.Clean("A first paragraph of real reporting that must stay in place.\n\n" + line + "\n\nAnd a last one.");
        var removal = Assert.Single(cleaned.Removals);
        Assert.Equal(rule, removal.Rule);
        Assert.Equal(3, removal.Line);
        Assert.Equal("A first paragraph of real reporting that must stay in place.\n\nAnd a last one.", cleaned.Text);
    }

    [Theory]
    [InlineData("The exchange freed 32 people; 26 had been held since 2020.")]
    [InlineData("Read more about the talks in our explainer, which sets out what each side gave up in the weeks before the deal was announced to the public on Thursday evening.")]
    [InlineData("Share prices in Baku rose 4.87 percent.")]
    [InlineData("2023")]
    [InlineData("December 2020")]
    [InlineData("By the end of the week, both sides had named their lists.")]
    [InlineData("Cookies were served at the reception.")]
    [InlineData("Source: the ministry did not say how many were freed, and reporters were not allowed to attend the handover.")]
    public void Keeps_real_content(string line)
    {
        var cleaned = NoiseCleaner.Clean(line);
        Assert.Empty(cleaned.Removals);
        Assert.Equal(line, cleaned.Text);
    }

    [Fact]
    public void Keeps_the_first_source_line_as_metadata_and_marks_repeats()
    {
        var cleaned = NoiseCleaner.Clean("Source: Sputnik\nSource: Sputnik\n\nText of the report.");
        Assert.Equal("Sputnik", cleaned.Found.SourceName);
        Assert.Equal(["source-line", "duplicate-source-line"], cleaned.Removals.Select(r => r.Rule));
    }

    [Fact]
    public void Reads_syndicator_and_origin_from_a_wire_header()
    {
        var cleaned = NoiseCleaner.Clean(" date 2023-12-07 (MENAFN- AzerNews)\n\nText.");
        Assert.Equal("MENAFN", cleaned.Found.Syndicator);
        Assert.Equal("AzerNews", cleaned.Found.OriginalOutlet);
        Assert.Equal("2023-12-07", cleaned.Found.Date?.ToString());
    }

    [Fact]
    public void Cuts_a_read_more_link_glued_to_a_paragraph_and_records_it()
    {
        var cleaned = NoiseCleaner.Clean("The talks will resume in January, officials said. Read more");
        Assert.Equal("The talks will resume in January, officials said.", cleaned.Text);
        Assert.Equal("read-more", Assert.Single(cleaned.Removals).Rule);
    }

    [Fact]
    public void Joins_hard_wrapped_lines_but_keeps_line_paragraphs_apart()
    {
        var wrapped = "The two governments said on Thursday that they had agreed to\nexchange prisoners as a goodwill gesture.\nA second paragraph starts here and is long enough to count.";
        var cleaned = NoiseCleaner.Clean(wrapped);
        Assert.Equal(
            "The two governments said on Thursday that they had agreed to exchange prisoners as a goodwill gesture.\n\nA second paragraph starts here and is long enough to count.",
            cleaned.Text);
    }
}
