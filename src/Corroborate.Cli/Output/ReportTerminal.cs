using Corroborate.Claims;
using Corroborate.Reports;
using Spectre.Console;

namespace Corroborate.Cli.Output;

/// <summary>The corroboration report in the terminal: a Spectre table per section, each fact with the sentences it cites.</summary>
internal static class ReportTerminal
{
    public static void Write(IReadOnlyList<StoryReport> reports)
    {
        var console = Terminal.Out;
        foreach (var report in reports)
        {
            var story = report.Story;
            var claims = report.Claims;
            console.Write(new Rule($"[bold]{Markup.Escape(story.Title)}[/]").LeftJustified());
            console.Write(new Text($"{(story.Id is { } id ? $"story {id} · " : "")}{StoryReports.Span(story)} · {report.Articles.Count} articles · independent outlets: {string.Join(", ", report.IndependentOutlets)}\n"));
            Facts(console, "corroborated", Color.Green, [.. claims.Corroborated.Where(f => f.Lead.Kind != FactKind.Quote)]);
            if (claims.Conflicts.Count > 0)
            {
                var table = Table("disputed / self-inconsistent", Color.Red, "kind", "slot", "values and sources", "cited");
                foreach (var c in claims.Conflicts)
                {
                    var values = string.Join("\n", c.Sides.Select(s => $"{s.Value}: {string.Join(", ", s.Sources)}"));
                    if (c.Count is { } n)
                    {
                        values += $"\nlow {n.Low.Value} · best {n.Best.Value} · high {n.High.Value}";
                    }
                    table.AddRow(new Text(ReportWords.Kind(c.Kind)), new Text($"{c.Sides[0].Facts[0].Lead.Did}, {c.Slot}"), new Text(values),
                        new Text(string.Join("\n", c.Sides.SelectMany(s => s.Facts).SelectMany(f => f.Statements).Select(s => Cite(s.Citation)))));
                }
                console.Write(table);
            }
            Facts(console, "single-source", Color.Yellow, [.. claims.SingleSource.Where(f => f.Lead.Kind != FactKind.Quote)]);
            if (claims.Mentions.Count > 0)
            {
                var table = Table("names only one source gives", Color.Yellow, "source", "names", "cited");
                foreach (var m in claims.Mentions)
                {
                    table.AddRow(new Text(m.Source), new Text(string.Join(", ", m.Names)), new Text(Cite(m.Citation)));
                }
                console.Write(table);
            }
            var variants = claims.Variants.ToList();
            if (variants.Count > 0)
            {
                var table = Table("names written more than one way", Color.Blue, "entity", "spellings", "evidence");
                foreach (var n in variants)
                {
                    table.AddRow(new Text(n.Canonical), new Text(string.Join(" / ", n.Variants.Select(v => v.Text))), new Text(n.Evidence));
                }
                console.Write(table);
            }
            Facts(console, "quotes", Color.Blue, [.. claims.Facts.Where(f => f.Lead.Kind == FactKind.Quote)]);
            var framing = Table("framing by outlet", Color.Grey, "outlet", "loaded wording", "voices quoted", "leaves out");
            foreach (var o in claims.Outlets)
            {
                framing.AddRow(new Text(o.Outlet),
                    new Text(o.Wording.Count == 0 ? "none found" : string.Join("\n", o.Wording.GroupBy(w => w.Cue.Category).Select(g => $"{ReportWords.Category(g.Key)}: {string.Join(", ", g.Select(ReportWords.Phrase).Distinct())}"))),
                    new Text(o.Voices.Count == 0 ? "none" : string.Join("\n", o.Voices.Select(v => $"{v.Speaker} ({v.Kind}{(v.Country is null ? "" : ", " + v.Country)})").Distinct())),
                    new Text(o.Omits.Count == 0 ? "nothing" : string.Join("\n", o.Omits.Select(f => ReportWords.Describe(f.Lead)))));
            }
            console.Write(framing);
            console.WriteLine();
        }
    }

    private static void Facts(IAnsiConsole console, string title, Color color, List<AlignedFact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }
        var table = Table($"{title} ({facts.Count})", color, "fact", "sources", "cited");
        foreach (var f in facts)
        {
            table.AddRow(new Text(ReportWords.Describe(f.Lead)), new Text(ReportWords.Sources(f)), new Text(string.Join("\n", f.Statements.Select(s => Cite(s.Citation)))));
        }
        console.Write(table);
    }

    private static Table Table(string title, Color color, params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(color).Title(new TableTitle(title, new Style(color, decoration: Decoration.Bold)));
        foreach (var c in columns)
        {
            table.AddColumn(c);
        }
        return table;
    }

    private static string Cite(Citation c)
    {
        var text = c.Text.Length > 90 ? c.Text[..87] + "…" : c.Text;
        return $"[{c.Outlet} {c.Article}:{c.Sentence + 1}] {text}";
    }
}
