using System.Text.Json;
using Corroborate.Reports;
using Corroborate.Tests.Claims;

namespace Corroborate.Tests.Reports;

public class ReportRenderTests
{
    private static StoryReport Hostile() => ReconcilerTests.Report(
        ("Coast <b>Daily</b>", "Greece released 14 Turkish prisoners on Monday. <script>alert('x')</script> & more *stars*.", null),
        ("Valley Post", "On Monday, 14 Turkish prisoners were released by Greece.", null));

    [Fact]
    public void Html_escapes_every_piece_of_article_text_and_links_each_citation_to_its_sentence()
    {
        var html = ReportHtml.Render([Hostile()]);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Daily", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#a1-s0\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"a1-s0\"", html, StringComparison.Ordinal);
        Assert.Contains(".s:target", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_article_text()
    {
        var md = ReportMarkdown.Render([Hostile()]);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        Assert.Contains("Coast \\<b\\>Daily", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_each_fact_its_status_slots_and_citations()
    {
        using var doc = JsonDocument.Parse(ReportJson.Render([Hostile()]));
        var story = Assert.Single(doc.RootElement.GetProperty("stories").EnumerateArray());
        var release = story.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("didKey").GetString() == "RETREAT/release");
        Assert.Equal("corroborated", release.GetProperty("status").GetString());
        Assert.Equal(14, release.GetProperty("howMany").GetDouble());
        Assert.Equal("GRC", release.GetProperty("who").GetProperty("country").GetString());
        var cite = release.GetProperty("statements")[0].GetProperty("citation");
        Assert.Equal(0, cite.GetProperty("sentence").GetInt32());
        Assert.StartsWith("Greece released", cite.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
