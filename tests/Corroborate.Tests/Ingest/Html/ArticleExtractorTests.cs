using System.Text;
using Corroborate.Evaluation;
using Corroborate.Ingest.Html;

namespace Corroborate.Tests.Ingest.Html;

public class ArticleExtractorTests
{
    private const string Lead = "The regional council voted on Tuesday to rebuild the river embankment that failed during the spring floods, ending a year of argument over who should pay.";
    private const string Second = "Work is to start in March and last two years, the council's engineer told reporters after the vote, and the main road will stay open throughout.";
    private const string Third = "Residents of the low-lying districts, who had asked for the repair since the water reached their homes, said they would watch the contractors closely.";

    private static ExtractedBody Extract(string html) => HtmlPage.Read(html).Body;

    private static string Page(string article, string title = "Embankment to be rebuilt") => $$"""
        <!DOCTYPE html><html><head><title>{{title}} | Valley Observer</title><meta property="og:site_name" content="Valley Observer"></head>
        <body>
          <header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
          <main><article>
            <h1>{{title}}</h1>
            <p class="byline">By Ann Lee</p>
            {{article}}
          </article>
          <aside class="related"><h2>Related stories</h2><ul>
            <li><a href="/a">Bridge inspection finds cracks in two pillars</a></li>
            <li><a href="/b">Flood insurance claims reach a record</a></li>
            <li><a href="/c">Mayor promises new drainage for the old town</a></li></ul></aside>
          </main>
          <footer class="site-footer"><p>© 2024 Valley Observer. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_paragraphs_headings_lists_and_quotes_in_order_and_drops_furniture()
    {
        var body = Extract(Page($"""
            <p>{Lead}</p>
            <figure><img src="dam.jpg"><figcaption>The embankment after the floods. Photo: Valley Observer</figcaption></figure>
            <p>{Second}</p>
            <h2>What happens next</h2>
            <ul><li>Surveyors arrive in February to mark the new line of the wall.</li><li>Traffic lights will control the road during the works.</li></ul>
            <blockquote><p>"We have waited long enough for this," said one resident of the lower town.</p></blockquote>
            <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
            <p>{Third}</p>
            """));
        Assert.Equal(
            [
                Lead, Second, "What happens next", "Surveyors arrive in February to mark the new line of the wall.",
                "Traffic lights will control the road during the works.", "\"We have waited long enough for this,\" said one resident of the lower town.", Third,
            ],
            body.Paragraphs);
    }

    [Fact]
    public void The_byline_is_left_out_of_the_body_and_kept_for_the_metadata()
    {
        var (metadata, body) = HtmlPage.Read(Page($"<p>{Lead}</p><p>{Second}</p>"));
        Assert.DoesNotContain(body.Paragraphs, p => p.Contains("Ann Lee", StringComparison.Ordinal));
        Assert.Equal(["Ann Lee"], metadata.Authors);
    }

    [Fact]
    public void A_visible_dateline_gives_the_date_when_the_markup_has_none()
    {
        var (metadata, _) = HtmlPage.Read(Page($"<div class=\"article-date\">November 20, 2019 - 11:28</div><p>{Lead}</p><p>{Second}</p>"));
        Assert.Equal("2019-11-20T11:28", metadata.Published?.ToString());
    }

    [Fact]
    public void Teaser_cards_after_the_article_are_not_part_of_it()
    {
        var cards = string.Concat(Enumerable.Range(1, 4).Select(i => $"""
            <div class="card"><h3><a href="/story/{i}">Another story number {i} from the valley</a></h3>
            <div class="summary">A summary of another story, long enough to read as prose on its own, about something that happened in the valley on day {i}.</div></div>
            """));
        var body = Extract(Page($"<p>{Lead}</p><p>{Second}</p><p>{Third}</p><section class=\"more\"><h2>More from the valley</h2>{cards}</section>"));
        Assert.Equal([Lead, Second, Third], body.Paragraphs);
    }

    [Fact]
    public void A_page_without_an_article_gives_nothing()
    {
        Assert.Empty(Extract("<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a> <a href=\"/b\">Contact</a></nav></body></html>").Paragraphs);
        Assert.Empty(Extract("").Paragraphs);
        Assert.Empty(Extract("<html><head><title>Only a title</title></head><body></body></html>").Paragraphs);
    }

    [Fact]
    public void Hostile_nesting_a_hundred_thousand_deep_still_gives_the_text()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 100_000)) + $"<p>{Lead}</p><p>{Second}</p></body></html>";
        Assert.Contains(Lead, Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_markup_unclosed_and_misnested_tags_still_gives_the_text()
    {
        var html = $"<html><body><div><p>{Lead}<p>{Second}<b><i>{Third}</b></i></div></span></table><p>unclosed <a href='x";
        var text = Extract(html).Text;
        Assert.Contains(Lead, text, StringComparison.Ordinal);
        Assert.Contains(Third, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_scripts_and_styles_cost_no_text_and_bounded_memory()
    {
        var script = new StringBuilder("<script>var data = [");
        for (var i = 0; i < 1_000_000; i++)
        {
            script.Append(i).Append(",'</scr' + 'ipt>',");
        }
        script.Append("];</script>");
        var html = $"<html><head><style>{new string('x', 5_000_000)}</style>{script}</head><body><p>{Lead}</p><p>{Second}</p></body></html>";
        var before = GC.GetAllocatedBytesForCurrentThread();
        var body = Extract(html);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal([Lead, Second], body.Paragraphs);
        Assert.True(allocated < 20L * html.Length, $"allocated {allocated:N0} bytes for a {html.Length:N0}-character page");
    }

    [Fact]
    public void A_50_megabyte_page_ends_with_text_in_bounded_memory()
    {
        var filler = string.Concat(Enumerable.Repeat("<div class=\"row\"><span>cell</span> <a href=\"/x\">link</a></div>\n", 50_000_000 / 60));
        var html = $"<html><body><article><p>{Lead}</p><p>{Second}</p></article>{filler}</body></html>";
        Assert.True(Encoding.UTF8.GetByteCount(html) > 50_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var body = HtmlPage.Read(Encoding.UTF8.GetBytes(html)).Body;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains(Lead, body.Text, StringComparison.Ordinal);
        // Linear, not quadratic: the DOM of 800,000 small elements costs about 40 bytes per source character.
        Assert.True(allocated < 64L * html.Length, $"allocated {allocated:N0} bytes for a {html.Length:N0}-character page");
    }

    [Fact]
    public void Undeclared_windows_1251_is_detected_and_extracted()
    {
        var russian = "Совет проголосовал во вторник за восстановление дамбы, разрушенной весенним паводком, и работы начнутся в марте.";
        var bytes = Corroborate.Ingest.TextDecoder.GetEncoding("windows-1251")!.GetBytes($"<html><body><p>{russian}</p><p>{russian} Жители довольны.</p></body></html>");
        var page = HtmlPage.Read(bytes);
        Assert.Contains(russian, page.Body.Text, StringComparison.Ordinal);
        Assert.NotNull(page.EncodingWarning);
    }

    [SharedDataFact]
    public void Beats_the_published_extractors_on_the_benchmark_and_holds_up_on_unseen_sites()
    {
        var benchmark = ExtractionBenchmark.Load(SharedData.File("bench/article-extraction"));
        var scores = benchmark.Pages.Select(p => (p.Split, Score: ExtractionScore.Score(p.GoldBody, HtmlPage.Read(p.ReadHtml()).Body.Text))).ToList();
        var all = ExtractionScore.Summarize([.. scores.Select(s => s.Score)]);
        var dev = ExtractionScore.Summarize([.. scores.Where(s => s.Split == BenchmarkSplit.Dev).Select(s => s.Score)]);
        var heldOut = ExtractionScore.Summarize([.. scores.Where(s => s.Split == BenchmarkSplit.HeldOut).Select(s => s.Score)]);
        Assert.True(all.F1 >= 0.965, $"F1 {all.F1:F4}");
        // The held-out sites were never inspected while tuning; they must score like the rest.
        Assert.True(Math.Abs(dev.F1 - heldOut.F1) <= 0.01, $"held-out F1 {heldOut.F1:F4}, dev {dev.F1:F4}");
    }
}
