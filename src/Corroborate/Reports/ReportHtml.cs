using System.Globalization;
using System.Net;
using System.Text;
using Corroborate.Claims;

namespace Corroborate.Reports;

/// <summary>
/// The corroboration report as one self-contained HTML page: no scripts, fonts or links outside it. Every piece of
/// article text is HTML-escaped; every citation links to its sentence in the article's text below, which is
/// highlighted when followed (CSS <c>:target</c>), and cited sentences are underlined.
/// </summary>
public static class ReportHtml
{
    private const string Style = """
        body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1d2330}
        h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:1.8rem;border-bottom:1px solid #dde}
        .meta{color:#556;margin:.2rem 0 1rem}.fact{margin:.5rem 0;padding:.45rem .7rem;border-left:4px solid #ccd;background:#f7f8fb}
        .corroborated{border-color:#2e8b57}.single{border-color:#c9a227}.disputed{border-color:#c0392b}.self{border-color:#8e44ad}
        .badge{display:inline-block;font-size:.75rem;padding:0 .45rem;border-radius:.6rem;color:#fff;margin-right:.4rem}
        .b-corroborated{background:#2e8b57}.b-single{background:#c9a227}.b-disputed{background:#c0392b}.b-self{background:#8e44ad}
        .src{color:#445;font-size:.9rem}.cites a{font-size:.8rem;margin-right:.6rem;color:#2357b5}
        table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #dde;padding:.25rem .5rem;text-align:left;vertical-align:top}
        .article{margin:1rem 0;padding:.6rem 1rem;border:1px solid #dde;border-radius:.4rem}
        .article p{white-space:pre-wrap;margin:.3rem 0}.s.cited{text-decoration:underline dotted #2357b5}
        .s:target{background:#ffe58a;outline:2px solid #e0b100}.cue{background:#fde2e2;border-radius:.2rem}
        """;

    public static string Render(IReadOnlyList<StoryReport> reports)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Corroborate report</title><style>")
            .Append(Style).Append("</style></head><body>\n");
        if (reports.Count == 0)
        {
            html.Append("<p>No stories.</p>");
        }
        foreach (var report in reports)
        {
            Story(html, report);
        }
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Story(StringBuilder html, StoryReport report)
    {
        var claims = report.Claims;
        var story = report.Story;
        html.Append(CultureInfo.InvariantCulture, $"<section><h1>{E(story.Title)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{(story.Id is { } id ? $"Story {id}" : "Story")} · {E(StoryReports.Span(story))} · {report.Articles.Count} articles · independent outlets: {E(string.Join(", ", report.IndependentOutlets))}</p>");
        Facts(html, "Corroborated", "corroborated", [.. claims.Corroborated.Where(f => f.Lead.Kind != FactKind.Quote)]);
        foreach (var c in claims.Conflicts)
        {
            if (c == claims.Conflicts[0])
            {
                html.Append("<h2>Disputed and self-inconsistent</h2>");
            }
            var css = c.Kind == ConflictKind.Disputed ? "disputed" : "self";
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"fact {css}\"><span class=\"badge b-{css}\">{ReportWords.Kind(c.Kind)}</span><b>{E(c.Sides[0].Facts[0].Lead.Did)}, {E(c.Slot)}: {E(string.Join(" vs ", c.Sides.Select(s => s.Value)))}</b>");
            if (c.Count is { } n)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"src\">low {E(n.Low.Value)} ({E(string.Join(", ", n.Low.Sources))}) · best {E(n.Best.Value)} ({E(string.Join(", ", n.Best.Sources))}) · high {E(n.High.Value)} ({E(string.Join(", ", n.High.Sources))})</div>");
            }
            foreach (var side in c.Sides)
            {
                foreach (var f in side.Facts)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<div>{E(side.Value)}: {E(ReportWords.Describe(f.Lead))} <span class=\"src\">— {E(ReportWords.Sources(f))}</span></div>");
                    Cites(html, f.Statements.Select(s => s.Citation));
                }
            }
            html.Append("</div>");
        }
        Facts(html, "Single-source", "single", [.. claims.SingleSource.Where(f => f.Lead.Kind != FactKind.Quote)]);
        if (claims.Mentions.Count > 0)
        {
            html.Append("<h2>Names only one source gives</h2>");
            foreach (var m in claims.Mentions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"fact single\"><b>{E(m.Source)}:</b> {E(string.Join(", ", m.Names))}");
                Cites(html, [m.Citation]);
                html.Append("</div>");
            }
        }
        var variants = claims.Variants.ToList();
        if (variants.Count > 0)
        {
            html.Append("<h2>Names written more than one way</h2><table><tr><th>entity</th><th>spellings (outlets)</th><th>evidence</th></tr>");
            foreach (var n in variants)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(n.Canonical)}</td><td>{E(string.Join(" / ", n.Variants.Select(v => $"{v.Text} ({string.Join(", ", v.Mentions.Select(m => m.Outlet).Distinct())})")))}</td><td>{E(n.Evidence)}</td></tr>");
            }
            html.Append("</table>");
        }
        Facts(html, "Quotes", "single", [.. claims.Facts.Where(f => f.Lead.Kind == FactKind.Quote)]);
        html.Append("<h2>Framing by outlet</h2><table><tr><th>outlet</th><th>loaded wording</th><th>voices quoted</th><th>leaves out what others report</th></tr>");
        foreach (var o in claims.Outlets)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(o.Outlet)}</td><td>");
            foreach (var g in o.Wording.GroupBy(w => w.Cue.Category))
            {
                html.Append(CultureInfo.InvariantCulture, $"<div><i>{E(ReportWords.Category(g.Key))}:</i> ");
                html.AppendJoin(", ", g.Select(w => $"<a href=\"#{ReportWords.Anchor(w.Citation.Article, w.Citation.Sentence)}\">“{E(w.Cue.Phrase)}”</a>{(w.Quoting is null ? "" : $" (quoting {E(w.Quoting)})")}"));
                html.Append("</div>");
            }
            html.Append(o.Wording.Count == 0 ? "none found" : "").Append("</td><td>");
            html.AppendJoin("<br>", o.Voices.Select(v => $"<a href=\"#{ReportWords.Anchor(v.Citation.Article, v.Citation.Sentence)}\">{E(v.Speaker)}</a> ({E(v.Kind)}{(v.Country is null ? "" : ", " + E(v.Country))}, {E(v.Cue)})"));
            html.Append(o.Voices.Count == 0 ? "none" : "").Append("</td><td>");
            html.AppendJoin("<br>", o.Omits.Select(f => E(ReportWords.Describe(f.Lead))));
            html.Append(o.Omits.Count == 0 ? "nothing" : "").Append("</td></tr>");
        }
        html.Append("</table>");
        Articles(html, report);
        html.Append("</section>\n");
    }

    private static void Facts(StringBuilder html, string heading, string css, List<AlignedFact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }
        html.Append(CultureInfo.InvariantCulture, $"<h2>{heading} ({facts.Count})</h2>");
        foreach (var f in facts)
        {
            var status = f.Status == FactStatus.Corroborated ? "corroborated" : "single";
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"fact {status}\"><span class=\"badge b-{status}\">{ReportWords.Status(f.Status)}</span><b>{E(ReportWords.Describe(f.Lead))}</b> <span class=\"src\">— {E(ReportWords.Sources(f))}</span>");
            Cites(html, f.Statements.Select(s => s.Citation));
            html.Append("</div>");
        }
    }

    private static void Cites(StringBuilder html, IEnumerable<Citation> citations)
    {
        html.Append("<div class=\"cites\">");
        foreach (var c in citations)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"#{ReportWords.Anchor(c.Article, c.Sentence)}\" title=\"{E(c.Text)}\">{E(ReportWords.Label(c))}</a>");
        }
        html.Append("</div>");
    }

    /// <summary>Each article's clean text with every sentence in its own anchored span; the text between sentences is kept as written.</summary>
    private static void Articles(StringBuilder html, StoryReport report)
    {
        var cited = new HashSet<string>(report.Claims.Facts.SelectMany(f => f.Statements).Select(s => ReportWords.Anchor(s.Citation.Article, s.Citation.Sentence)));
        html.Append("<h2>Articles</h2>");
        foreach (var a in report.Articles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"article\" id=\"a{a.Id}\"><b>{E(a.Title)}</b><div class=\"meta\">article {a.Id} · {E(a.Outlet)}{(a.CarriedBy is null ? "" : $" (carried by {E(a.CarriedBy)})")} · {E(a.Published ?? "undated")}{(a.CopyOf is { } o ? $" · syndicated copy of article {o}" : "")}</div><p>");
            var at = 0;
            for (var s = 0; s < a.Sentences.Count; s++)
            {
                var (start, end) = a.Sentences[s];
                if (start < at || end > a.Text.Length)
                {
                    continue;
                }
                html.Append(E(a.Text[at..start]));
                var anchor = ReportWords.Anchor(a.Id, s);
                html.Append(CultureInfo.InvariantCulture, $"<span class=\"s{(cited.Contains(anchor) ? " cited" : "")}\" id=\"{anchor}\">{E(a.Text[start..end])}</span>");
                at = end;
            }
            html.Append(E(a.Text[at..])).Append("</p></div>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
