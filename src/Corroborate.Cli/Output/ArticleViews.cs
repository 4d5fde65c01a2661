using System.Globalization;
using System.Text;
using System.Text.Json;
using Corroborate.Documents;
using Corroborate.Reports;
using Corroborate.Storage;
using Spectre.Console;

namespace Corroborate.Cli.Output;

/// <summary>How <c>list</c> and <c>show</c> print articles in each output format.</summary>
internal static class ArticleViews
{
    public static void WriteList(IReadOnlyList<ArticleSummary> rows, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(output, json =>
                {
                    json.WriteStartArray();
                    foreach (var row in rows)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("id", row.Id);
                        json.WriteString("title", row.Title);
                        json.WriteString("outlet", row.Outlet?.Name);
                        json.WriteString("carriedBy", row.CarriedBy?.Name);
                        json.WriteString("published", row.Published?.ToString());
                        json.WriteString("language", row.Language);
                        json.WriteString("source", row.Source);
                        json.WriteNumber("characters", row.Characters);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                });
                break;
            case OutputFormat.Markdown:
                output.WriteLine("| id | published | outlet | title | lang | source |");
                output.WriteLine("|---:|---|---|---|---|---|");
                foreach (var row in rows)
                {
                    output.WriteLine(FormattableString.Invariant(
                        $"| {row.Id} | {row.Published} | {Md(OutletLabel(row.Outlet, row.CarriedBy))} | {Md(row.Title)} | {row.Language} | {Md(row.Source)} |"));
                }
                break;
            default:
                if (rows.Count == 0)
                {
                    output.WriteLine("No articles stored yet. Add some with: corroborate ingest <paths…>");
                    return;
                }
                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumn(new TableColumn("id").RightAligned()).AddColumn("published").AddColumn("outlet")
                    .AddColumn("title").AddColumn("lang");
                foreach (var row in rows)
                {
                    table.AddRow(
                        new Text(row.Id.ToString(CultureInfo.InvariantCulture)),
                        new Text(row.Published?.ToString() ?? "—"),
                        new Text(OutletLabel(row.Outlet, row.CarriedBy)),
                        new Text(row.Title),
                        new Text(row.Language));
                }
                Terminal.Out.Write(table);
                break;
        }
    }

    public static void WriteArticle(StoredArticle stored, bool explain, OutputFormat format, TextWriter output)
    {
        var article = stored.Article;
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(output, json => ArticleJson.Write(json, article, stored.Id, includeText: true, includeRemovals: explain));
                break;
            case OutputFormat.Markdown:
                output.Write(ArticleMarkdown(stored, explain));
                break;
            default:
                var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
                foreach (var (label, value) in Facts(stored))
                {
                    grid.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(value));
                }
                Terminal.Out.Write(new Panel(grid).Header(new PanelHeader(Markup.Escape(article.Title))).Expand());
                Terminal.Out.WriteLine();
                Terminal.Out.Write(new Text(article.Text));
                Terminal.Out.WriteLine();
                if (explain)
                {
                    Terminal.Out.WriteLine();
                    if (article.Removals.Count == 0)
                    {
                        Terminal.Out.Write(new Text("Cleaning removed nothing.\n"));
                        return;
                    }
                    var table = new Table().Border(TableBorder.Rounded).Title("Removed by cleaning")
                        .AddColumn(new TableColumn("line").RightAligned()).AddColumn("rule").AddColumn("removed text");
                    foreach (var removal in article.Removals)
                    {
                        table.AddRow(new Text(removal.Line.ToString(CultureInfo.InvariantCulture)), new Text(removal.Rule), new Text(removal.Text));
                    }
                    Terminal.Out.Write(table);
                }
                break;
        }
    }

    public static string OutletLabel(Outlet? outlet, Outlet? carriedBy) =>
        (outlet?.Name ?? "—") + (carriedBy is null ? "" : $" (via {carriedBy.Name})");

    public static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(json);
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static IEnumerable<(string Label, string Value)> Facts(StoredArticle stored)
    {
        var a = stored.Article;
        yield return ("id", stored.Id.ToString(CultureInfo.InvariantCulture));
        if (a.TitleDerived)
        {
            yield return ("title", "(none in the input; lead sentence shown)");
        }
        yield return ("outlet", a.Outlet?.ToString() ?? "unknown");
        if (a.Attribution.CarriedBy is { } carrier)
        {
            yield return ("carried by", carrier.ToString());
        }
        yield return ("authors", a.Authors.Count == 0 ? "—" : string.Join(", ", a.Authors));
        yield return ("published", a.Published is { } p ? $"{p} ({p.Precision.ToString().ToLowerInvariant()})" : "unknown");
        yield return ("url", a.Url ?? "—");
        yield return ("language", a.IsEnglish ? "en" : $"{a.Language} (not English)");
        yield return ("cites", a.Attribution.Cited.Count == 0 ? "—"
            : string.Join("; ", a.Attribution.Cited.Select(c => $"{c.Name} ({c.Kind.ToString().ToLowerInvariant()})")));
        yield return ("source", $"{a.Source} [{a.Source.Format}]");
        yield return ("raw sha-256", a.RawHash);
        yield return ("ingested", stored.IngestedAt.ToString("u", CultureInfo.InvariantCulture) + $" (batch {stored.BatchId})");
        yield return ("removed", $"{a.Removals.Count} pieces (see --explain)");
    }

    private static string ArticleMarkdown(StoredArticle stored, bool explain)
    {
        var a = stored.Article;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Md(a.Title)).AppendLine();
        foreach (var (label, value) in Facts(stored))
        {
            md.Append("- **").Append(label).Append(":** ").AppendLine(Md(value));
        }
        md.AppendLine();
        md.AppendLine(a.Text).AppendLine();
        if (explain)
        {
            md.AppendLine("## Removed by cleaning").AppendLine();
            md.AppendLine("| line | rule | removed text |").AppendLine("|---:|---|---|");
            foreach (var r in a.Removals)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Line} | {r.Rule} | {Md(r.Text)} |");
            }
        }
        return md.ToString();
    }

    /// <summary>Escapes text for a Markdown table cell or line.</summary>
    public static string Md(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
