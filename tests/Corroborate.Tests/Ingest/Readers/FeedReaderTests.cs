using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Readers;

namespace Corroborate.Tests.Ingest.Readers;

public class FeedReaderTests
{
    private const string Feedparser = "samples/feeds/feedparser/";
    private const string Trafilatura = "samples/feeds/trafilatura/";

    [Fact]
    public void Example_rss_gives_one_article_per_item_with_content_encoded()
    {
        var result = TestIngest.Example("regional-feed.rss");
        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Articles.Count);
        var exchange = result.Articles[0];
        Assert.Equal("Offices of Pashinyan and Aliyev agree release of 32 Armenian and 2 Azerbaijani servicemen", exchange.Title);
        Assert.Equal("Transcaucasus Monitor", exchange.Outlet?.Name);
        Assert.Equal("transcaucasusmonitor.example", exchange.Outlet?.Domain);
        Assert.Equal(["Mariam Beridze"], exchange.Authors);
        Assert.Equal("2023-12-07T21:05:00Z", exchange.Published?.ToString());
        Assert.Equal("https://transcaucasusmonitor.example/2023/12/07/prisoner-release-agreed", exchange.Url);
        // content:encoded, not the one-line description, with its paragraphs.
        Assert.StartsWith("The offices of Armenia's Prime Minister Nikol Pashinyan", exchange.Text, StringComparison.Ordinal);
        Assert.Equal(6, exchange.Text.Split("\n\n").Length);
        Assert.Equal([1, 2, 3], result.Articles.Select(a => a.Source.Record ?? 0));
        Assert.All(result.Articles, a => Assert.Equal("feed", a.Source.Format));
    }

    [SharedDataFact]
    public void Rss2_with_namespaced_modules()
    {
        var article = Assert.Single(TestIngest.Shared(Feedparser + "rss2.0NSwithModules.xml").Articles);
        Assert.Equal("Test Item - RSS2.0 w/ NS", article.Title);
        Assert.Equal("RSS Tests - RSS2.0 w/ NS", article.Outlet?.Name);
        Assert.Equal("2002-09-28T20:01:19Z", article.Published?.ToString());
    }

    [SharedDataFact]
    public void Rss1_rdf_items_outside_the_channel()
    {
        var result = TestIngest.Shared(Feedparser + "rss1.0withModules.xml");
        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Test Item - RSS 1.0", article.Title);
        Assert.Equal("RSS Tests - RSS 1.0", article.Outlet?.Name);
        Assert.Equal("en", article.Language);
    }

    [SharedDataFact]
    public void Atom_entries_take_the_alternate_link_and_the_feed_author()
    {
        var result = TestIngest.Shared(Trafilatura + "feed1.atom");
        Assert.Empty(result.Problems);
        Assert.Equal(["Atom-Powered Robots Run Amok", "Self-referenced link"], result.Articles.Select(a => a.Title));
        Assert.Equal("http://example.org/2003/12/13/atom03", result.Articles[0].Url);
        Assert.Null(result.Articles[1].Url); // its only link is rel="self", the entry's own feed document
        Assert.All(result.Articles, a => Assert.Equal(["John Doe"], a.Authors));
        Assert.All(result.Articles, a => Assert.Equal("Example Feed", a.Outlet?.Name));
    }

    [SharedDataFact]
    public void Real_blogger_atom_and_a_large_russian_atom_feed()
    {
        var blogger = TestIngest.Shared(Feedparser + "atomthreadingwithentry.xml");
        Assert.Single(blogger.Articles);
        Assert.Empty(blogger.Problems);

        var large = TestIngest.Shared(Feedparser + "large_atom_feed_that_needs_css_sanitisation.xml");
        Assert.Empty(large.Problems);
        Assert.Equal(15, large.Articles.Count);
        Assert.All(large.Articles, a => Assert.Equal("ru", a.Language));
        Assert.All(large.Articles, a => Assert.DoesNotContain("<", a.Text, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Rss2_with_rfc822_dates_and_a_trailing_space()
    {
        var article = Assert.Single(TestIngest.Shared(Trafilatura + "feed2.rss").Articles);
        Assert.Equal("Example entry", article.Title);
        Assert.Equal("http://www.example.com/blog/post/1", article.Url);
        Assert.Equal("2009-09-06T16:20:00Z", article.Published?.ToString());
    }

    [SharedDataFact]
    public void Undeclared_koi8r_is_detected()
    {
        var article = Assert.Single(TestIngest.Shared(Feedparser + "koi8r.xml").Articles);
        Assert.Equal("Как пережить новогоднюю ночь", article.Title);
        Assert.Equal("ru", article.Language);
    }

    [SharedDataFact]
    public void Windows_1252_code_points_become_the_characters_meant()
    {
        var article = Assert.Single(TestIngest.Shared(Feedparser + "demoronize-1.xml").Articles);
        Assert.Equal("don’t", article.Text);
    }

    [SharedDataFact]
    public void Escaped_hostile_html_in_a_description_yields_text_without_script()
    {
        var article = Assert.Single(TestIngest.Shared(Feedparser + "item_description_crazy.xml").Articles);
        Assert.Contains("Did The Javascript Execute?", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", article.Text, StringComparison.OrdinalIgnoreCase);
    }

    [SharedDataFact]
    public void A_feed_cut_off_after_its_items_keeps_them_with_a_warning()
    {
        var problems = new List<InputProblem>();
        var path = SharedData.File(Feedparser + "rss_item_link_corrupted_ampersands.xml");
        var raw = Assert.Single(new FeedReader().Read(new InputFile(path, () => File.OpenRead(path)), problems.Add));
        Assert.Equal("http://link/get?a=1&b=2", raw.Url);
        var warning = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("not well-formed XML", warning.Reason, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void A_feed_cut_off_inside_its_first_item_is_an_error_with_the_line()
    {
        var result = TestIngest.Shared(Feedparser + "rss_incomplete_cdata.xml");
        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.Equal("line 13", error.Location);
        Assert.StartsWith("not well-formed XML", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_ampersands_and_html_entities_are_repaired()
    {
        const string feed = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Harbour &amp; Hill News</title>
            <item><title>Fish &amp; chips shop reopens&nbsp;in Leith</title><link>https://h.example/a?x=1&y=2</link>
            <description>Owners Tom & Ann said the shop&rsquo;s fryers were replaced after the flood.</description></item>
            </channel></rss>
            """;
        var problems = new List<InputProblem>();
        var raw = Assert.Single(new FeedReader().Read(new InputFile("f.xml", () => new MemoryStream(Encoding.UTF8.GetBytes(feed))), problems.Add));
        Assert.Equal("Fish & chips shop reopens\u00A0in Leith", raw.Title);
        Assert.Equal("https://h.example/a?x=1&y=2", raw.Url);
        Assert.Equal("Owners Tom & Ann said the shop’s fryers were replaced after the flood.", raw.Body);
        Assert.Equal("Harbour & Hill News", raw.OutletName);
        Assert.Equal(ProblemSeverity.Warning, Assert.Single(problems).Severity);
    }

    [Fact]
    public void Hostile_nesting_in_an_items_html_is_read_in_linear_time()
    {
        var nested = System.Net.WebUtility.HtmlEncode(string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>The ferry ran again on Tuesday after repairs.</p>");
        var feed = $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Ferry</title><description>{nested}</description></item></channel></rss>";
        var raw = Assert.Single(new FeedReader().Read(new InputFile("f.xml", () => new MemoryStream(Encoding.UTF8.GetBytes(feed))), _ => { }));
        Assert.Equal("The ferry ran again on Tuesday after repairs.", raw.Body);
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        const string feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>T</title><item><title>Leak &secret; here</title><description>Body text of the item.</description></item></channel></rss>
            """;
        var problems = new List<InputProblem>();
        var raws = new FeedReader().Read(new InputFile("x.xml", () => new MemoryStream(Encoding.UTF8.GetBytes(feed))), problems.Add).ToList();
        Assert.All(raws, r => Assert.DoesNotContain("root:", r.Title ?? "", StringComparison.Ordinal));
    }
}
