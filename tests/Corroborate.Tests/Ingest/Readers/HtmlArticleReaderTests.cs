using System.Text;
using Corroborate.Documents;
using Corroborate.Ingest;
using Corroborate.Ingest.Readers;

namespace Corroborate.Tests.Ingest.Readers;

public class HtmlArticleReaderTests
{
    private const string Paragraphs = """
        <p>The regional council voted on Tuesday to rebuild the river embankment that failed during the spring floods.</p>
        <p>Work is to start in March and last two years, the council's engineer told reporters after the vote.</p>
        <p>Residents of the low-lying districts have asked for the repair since the water reached their homes.</p>
        """;

    internal static Article Page(byte[] bytes, string? contentType = null, List<InputProblem>? problems = null)
    {
        var input = new InputFile("page.html", () => new MemoryStream(bytes)) { DeclaredContentType = contentType };
        var raw = Assert.Single(new HtmlArticleReader().Read(input, p =>
        {
            if (problems is null)
            {
                Assert.Fail(p.ToString());
            }
            problems.Add(p);
        }));
        return ArticleBuilder.Build(raw) ?? throw new InvalidOperationException("no article");
    }

    private static Article Page(string html) => Page(Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Example_page_gets_its_metadata_from_json_ld_opengraph_and_meta()
    {
        var result = TestIngest.Example("steppe-herald.html");
        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Baku and Yerevan to trade prisoners as peace talks stir", article.Title);
        Assert.Equal(new Outlet("Steppe Herald", "steppeherald.example"), article.Outlet);
        Assert.Equal(["Dana Serikbayeva"], article.Authors);
        Assert.Equal("2023-12-08T09:15:00+06:00", article.Published?.ToString());
        Assert.Equal("https://steppeherald.example/world/2023/12/08/baku-yerevan-prisoner-trade", article.Url);
        Assert.Equal("en", article.Language);
        Assert.Equal(["BBC", "Azertag"], article.Attribution.Cited.Where(c => c.Kind == SourceKind.Outlet).Select(c => c.Name));
    }

    [Fact]
    public void Example_page_keeps_the_story_and_drops_the_page_furniture()
    {
        var text = Assert.Single(TestIngest.Example("steppe-herald.html").Articles).Text;
        Assert.StartsWith("Azerbaijan and Armenia have agreed to release each other's prisoners", text, StringComparison.Ordinal);
        Assert.EndsWith("with the border and transport routes unresolved.", text, StringComparison.Ordinal);
        Assert.Contains("28 of the 32 were captured", text, StringComparison.Ordinal);
        Assert.Equal(7, text.Split("\n\n").Length);
        foreach (var furniture in new[] { "cookies", "Sections", "morning briefing", "Photo: Herald archive", "Related stories", "Share:", "All rights reserved", "Kazakhstan" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string, string?> SamplePages => new()
    {
        { "d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756", "Amnesty. More than 100 protesters killed in Iran unrest", "PanARMENIAN.Net", "2019-11-20" }, // from the visible dateline
        { "a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31", "Taliban say they freed US, Australian hostages for 3 terrorist figures", "New York Post", "2019-11-19" },
        { "4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a", "‘He died in my hands’: 3 pro-Morales demonstrators killed in clashes with Bolivia’s police & soldiers near barricaded fuel plant", "RT", "2019-11-20" },
        { "7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f", "US service members killed in Afghanistan helicopter crash", "Al Jazeera", "2019-11-20" },
        { "c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23", "Sweden drops Assange rape investigation", "BBC", "2019-11-19" },
        { "57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca", "Oversupply angst drags oil lower, stocks drift near highs", "Reuters", "2019-11-19" },
        { "82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574", "Unpredictable Sondland faces questions about Trump, Ukraine", "Associated Press", "2019-11-20" },
        { "1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432", "Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return", "Polygraph.info", "2019-11-18" },
        { "1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198", "Royal Self-Indicting Arrogance", "Sputnik", "2019-11-18" },
        { "833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730", "World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal", "Al Bawaba", "2019-11-20" },
    };

    [SharedDataTheory]
    [MemberData(nameof(SamplePages))]
    public void Real_pages_give_title_outlet_date_and_most_of_the_gold_body(string id, string title, string outlet, string? day)
    {
        var result = TestIngest.Shared($"samples/html/{id}.html");
        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal(title, article.Title);
        Assert.Equal(outlet, article.Outlet?.Name);
        Assert.Equal(day, article.Published?.Local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("en", article.Language);
        Assert.All(article.Authors, a => Assert.DoesNotContain(outlet, a, StringComparison.OrdinalIgnoreCase));

        // Token recall against the benchmark's gold body: the reader keeps most of the article.
        var gold = GoldBody(id);
        var kept = new HashSet<string>(Words(article.Text));
        var goldWords = Words(gold).ToList();
        Assert.True(goldWords.Count(kept.Contains) >= 0.9 * goldWords.Count, $"kept {goldWords.Count(kept.Contains)} of {goldWords.Count} gold words");
    }

    [Fact]
    public void Honours_a_declared_windows_1251_charset()
    {
        var html = $"<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><article><p>Совет проголосовал во вторник за восстановление дамбы, разрушенной весенним паводком.</p>{Paragraphs}</article></body></html>";
        var article = Page(TextDecoder.GetEncoding("windows-1251")!.GetBytes(html));
        Assert.Contains("Совет проголосовал во вторник", article.Text, StringComparison.Ordinal);
        Assert.Equal("Новости", article.Title);
    }

    [Fact]
    public void Honours_a_latin1_meta_declaration_and_an_http_charset()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Café report</title></head><body><article><p>The café in São Paulo reopened on Tuesday after the floods, its owner said.</p>{Paragraphs}</article></body></html>";
        Assert.Contains("café in São Paulo", Page(Encoding.Latin1.GetBytes(html)).Text, StringComparison.Ordinal);

        var undeclared = html.Replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "", StringComparison.Ordinal);
        Assert.Contains("café in São Paulo", Page(Encoding.Latin1.GetBytes(undeclared), "text/html; charset=ISO-8859-1").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Detects_an_undeclared_legacy_encoding()
    {
        var russian = "Совет проголосовал во вторник за восстановление дамбы, разрушенной весенним паводком. Работы начнутся в марте и продлятся два года, сообщил инженер совета журналистам после голосования. Жители низинных районов просили о ремонте с тех пор, как вода дошла до их домов.";
        var html = $"<html><head><title>Дамба</title></head><body><article><p>{russian}</p><p>{russian}</p></article></body></html>";
        var problems = new List<InputProblem>();
        var article = Page(TextDecoder.GetEncoding("windows-1251")!.GetBytes(html), problems: problems);
        Assert.Contains("Совет проголосовал", article.Text, StringComparison.Ordinal);
        Assert.Equal("ru", article.Language);
        var warning = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("not UTF-8 and no charset declared; read as windows-1251 (detected)", warning.Reason);

        // A declaration the bytes contradict is not trusted, and the warning says so.
        problems.Clear();
        var lying = html.Replace("<head>", "<head><meta charset=\"utf-8\">", StringComparison.Ordinal);
        Assert.Contains("Совет проголосовал", Page(TextDecoder.GetEncoding("windows-1251")!.GetBytes(lying), problems: problems).Text, StringComparison.Ordinal);
        Assert.StartsWith("declared utf-8 but is not valid UTF-8; read as windows-1251", Assert.Single(problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_json_ld_in_a_graph_with_several_authors_and_strips_the_site_from_the_title()
    {
        var html = $$$"""
            <html lang="en-GB"><head>
            <title>Embankment to be rebuilt - Valley Observer</title>
            <meta property="og:site_name" content="Valley Observer">
            <link rel="canonical" href="https://valley.example/news/embankment">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Valley Observer"},
              {"@type":["NewsArticle"],"datePublished":"2024-03-05T08:00:00Z","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Park"}],
               "publisher":{"@type":"Organization","name":"Valley Observer"}}]}</script>
            </head><body><article>{{{Paragraphs}}}</article></body></html>
            """;
        var article = Page(html);
        Assert.Equal("Embankment to be rebuilt", article.Title);
        Assert.Equal(["Ann Lee", "Bo Park"], article.Authors);
        Assert.Equal("2024-03-05T08:00:00Z", article.Published?.ToString());
        Assert.Equal("https://valley.example/news/embankment", article.Url);
        Assert.Equal("Valley Observer", article.Outlet?.Name);
        Assert.Equal("en", article.Language);
    }

    [Theory]
    [InlineData("<html><head><title>Home</title></head><body></body></html>", "no article found")]
    [InlineData("<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav></body></html>", "no article found")]
    public void A_page_without_an_article_says_so(string html, string reason)
    {
        var input = new InputFile("empty.html", () => new MemoryStream(Encoding.UTF8.GetBytes(html)));
        var e = Assert.Throws<InputFormatException>(() => new HtmlArticleReader().Read(input, _ => { }).ToList());
        Assert.StartsWith(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_markup_ends_with_text_not_a_stack_overflow()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20000)) + "<p>" + Paragraphs + "</p>" + "</body></html>";
        var article = Page(html);
        Assert.Contains("river embankment", article.Text, StringComparison.Ordinal);
    }

    private static string GoldBody(string id)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(SharedData.File("bench/article-extraction/ground-truth.json")));
        return json.RootElement.GetProperty(id).GetProperty("articleBody").GetString()!;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\t', ',', '.', '"', '“', '”', '‘', '’', '(', ')', ':', ';', '!', '?'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant());
}
