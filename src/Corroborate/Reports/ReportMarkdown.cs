using System.Globalization;
using System.Text;
using Corroborate.Claims;

namespace Corroborate.Reports;

/// <summary>The corroboration report as Markdown: one section per story, each fact followed by the sentences it cites.</summary>
public static class ReportMarkdown
{
    public static string Render(IReadOnlyList<StoryReport> reports)
    {
        var md = new StringBuilder();
        foreach (var report in reports)
        {
            Story(md, report);
        }
        return md.ToString();
    }

    private static void Story(StringBuilder md, StoryReport report)
    {
        var story = report.Story;
        var claims = report.Claims;
        md.AppendLine(CultureInfo.InvariantCulture, $"# {Escape(story.Title)}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- **Story:** {(story.Id is { } id ? $"stored as {id}" : $"{story.Number} of this batch")}, {StoryReports.Span(story)}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- **Articles:** {report.Articles.Count}; **independent outlets ({report.IndependentOutlets.Count}):** {Escape(string.Join(", ", report.IndependentOutlets))}");
        foreach (var copy in report.Articles.Where(a => a.CopyOf is not null))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **Syndicated copy:** article {copy.Id} ({Escape(copy.CarriedBy ?? copy.Outlet)}) reproduces article {copy.CopyOf}, so it is not counted as a source");
        }
        md.AppendLine();
        Facts(md, "Corroborated", "stated by two or more independent sources", [.. claims.Corroborated]);
        Conflicts(md, "Disputed", "sources give different values", [.. claims.Conflicts.Where(c => c.Kind == ConflictKind.Disputed)]);
        Conflicts(md, "Self-inconsistent", "one article gives two values", [.. claims.Conflicts.Where(c => c.Kind == ConflictKind.SelfInconsistent)]);
        Facts(md, "Single-source", "one source only", [.. claims.SingleSource.Where(f => f.Lead.Kind != FactKind.Quote)]);
        if (claims.Mentions.Count > 0)
        {
            md.AppendLine("### Names only one source gives").AppendLine();
            foreach (var m in claims.Mentions)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(m.Source)}:** {Escape(string.Join(", ", m.Names))}");
                Cite(md, m.Citation);
            }
            md.AppendLine();
        }
        Names(md, [.. claims.Variants]);
        Quotes(md, [.. claims.Facts.Where(f => f.Lead.Kind == FactKind.Quote)]);
        Framing(md, claims.Outlets);
        md.AppendLine("## Articles").AppendLine();
        md.AppendLine("| id | outlet | published | title | note |").AppendLine("|---:|---|---|---|---|");
        foreach (var a in report.Articles)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {a.Id} | {Cell(a.CarriedBy is null ? a.Outlet : $"{a.Outlet} (carried by {a.CarriedBy})")} | {a.Published ?? "—"} | {Cell(a.Title)} | {(a.CopyOf is { } o ? $"copy of {o}" : "")} |");
        }
        md.AppendLine();
    }

    private static void Facts(StringBuilder md, string heading, string meaning, List<AlignedFact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"## {heading} ({facts.Count}: {meaning})").AppendLine();
        foreach (var f in facts)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(ReportWords.Describe(f.Lead))}** — {Escape(ReportWords.Sources(f))}");
            foreach (var s in f.Statements)
            {
                Cite(md, s.Citation);
            }
        }
        md.AppendLine();
    }

    private static void Conflicts(StringBuilder md, string heading, string meaning, List<FactConflict> conflicts)
    {
        if (conflicts.Count == 0)
        {
            return;
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"## {heading} ({conflicts.Count}: {meaning})").AppendLine();
        foreach (var c in conflicts)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(c.Sides[0].Facts[0].Lead.Did)}, {c.Slot}:** {string.Join(" vs ", c.Sides.Select(s => s.Value))}");
            if (c.Count is { } n)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"  - low {n.Low.Value} ({Escape(string.Join(", ", n.Low.Sources))}) · best {n.Best.Value} ({Escape(string.Join(", ", n.Best.Sources))}) · high {n.High.Value} ({Escape(string.Join(", ", n.High.Sources))})");
            }
            foreach (var side in c.Sides)
            {
                foreach (var f in side.Facts)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"  - {side.Value}: {Escape(ReportWords.Describe(f.Lead))} — {Escape(ReportWords.Sources(f))}");
                    foreach (var s in f.Statements)
                    {
                        Cite(md, s.Citation, "    ");
                    }
                }
            }
        }
        md.AppendLine();
    }

    private static void Names(StringBuilder md, List<NameGroup> names)
    {
        if (names.Count == 0)
        {
            return;
        }
        md.AppendLine("## Names written more than one way").AppendLine();
        foreach (var n in names)
        {
            var spellings = string.Join(" / ", n.Variants.Select(v => $"{v.Text} ({string.Join(", ", v.Mentions.Select(m => m.Outlet).Distinct())})"));
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(n.Canonical)}:** {Escape(spellings)} — {Escape(n.Evidence)}");
        }
        md.AppendLine();
    }

    private static void Quotes(StringBuilder md, List<AlignedFact> quotes)
    {
        if (quotes.Count == 0)
        {
            return;
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"## Quotes ({quotes.Count})").AppendLine();
        foreach (var q in quotes)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(q.Lead.Who?.Text ?? "")}** ({Escape(q.Lead.Did)}; {ReportWords.Status(q.Status)}, {Escape(ReportWords.Sources(q))}): {Escape(q.Lead.Content ?? "")}");
            foreach (var s in q.Statements)
            {
                Cite(md, s.Citation);
            }
        }
        md.AppendLine();
    }

    private static void Framing(StringBuilder md, IReadOnlyList<OutletFraming> outlets)
    {
        md.AppendLine("## Framing by outlet").AppendLine();
        foreach (var o in outlets)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {Escape(o.Outlet)}").AppendLine();
            var wording = o.Wording.GroupBy(w => w.Cue.Category).Select(g => $"{ReportWords.Category(g.Key)}: {string.Join(", ", g.Select(w => w.Quoting is null ? $"“{w.Cue.Phrase}”" : $"“{w.Cue.Phrase}” (quoting {w.Quoting})").Distinct())}").ToList();
            md.AppendLine(CultureInfo.InvariantCulture, $"- **Loaded wording ({o.Wording.Count}):** {(wording.Count == 0 ? "none found" : Escape(string.Join("; ", wording)))}");
            var voices = o.Voices.Select(v => v.Country is null ? $"{v.Speaker} ({v.Kind})" : $"{v.Speaker} ({v.Kind}, {v.Country})").Distinct().ToList();
            md.AppendLine(CultureInfo.InvariantCulture, $"- **Voices quoted:** {(voices.Count == 0 ? "none" : Escape(string.Join(", ", voices)))}");
            md.AppendLine(CultureInfo.InvariantCulture, $"- **Leaves out what others report ({o.Omits.Count}):** {(o.Omits.Count == 0 ? "nothing" : Escape(string.Join("; ", o.Omits.Select(f => ReportWords.Describe(f.Lead)))))}");
            md.AppendLine();
        }
    }

    private static void Cite(StringBuilder md, Citation c, string indent = "  ") =>
        md.AppendLine(CultureInfo.InvariantCulture, $"{indent}- *{Escape(ReportWords.Label(c))}:* “{Escape(c.Text)}”");

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>Article text is data: Markdown's emphasis, link and HTML characters are escaped so it renders as written.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '>' or '#')
            {
                sb.Append('\\');
            }
            sb.Append(ch is '\n' or '\r' ? ' ' : ch);
        }
        return sb.ToString();
    }
}
