using System.Globalization;
using System.Text;
using System.Text.Json;
using Corroborate.Stories;

namespace Corroborate.Reports;

/// <summary>
/// The first story report (until the corroboration report of a later stage): each story with its
/// articles, independent outlets, syndicated copies and shared names, as JSON or Markdown.
/// </summary>
public static class StoryReports
{
    /// <summary>Writes <c>"stories": [...]</c> into the open JSON object.</summary>
    public static void WriteJson(Utf8JsonWriter json, IReadOnlyList<Story> stories)
    {
        json.WriteStartArray("stories");
        foreach (var story in stories)
        {
            json.WriteStartObject();
            json.WriteNumber("number", story.Number);
            if (story.Id is { } id)
            {
                json.WriteNumber("id", id);
            }
            json.WriteString("title", story.Title);
            json.WriteString("first", story.First?.ToString());
            json.WriteString("last", story.Last?.ToString());
            json.WriteStartArray("independentOutlets");
            foreach (var outlet in story.IndependentOutlets)
            {
                json.WriteStringValue(outlet);
            }
            json.WriteEndArray();
            json.WriteStartArray("sharedTerms");
            foreach (var term in story.SharedTerms)
            {
                json.WriteStringValue(term);
            }
            json.WriteEndArray();
            json.WriteStartArray("articles");
            foreach (var member in story.Members)
            {
                json.WriteStartObject();
                json.WriteNumber("id", member.Id);
                json.WriteString("title", member.Article.Title);
                json.WriteString("outlet", member.Article.Outlet?.Name);
                json.WriteString("published", member.Article.Published?.ToString());
                if (member.CopyOf is { } original)
                {
                    json.WriteNumber("copyOf", original);
                }
                else
                {
                    json.WriteNull("copyOf");
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static string ToMarkdown(IReadOnlyList<Story> stories)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {stories.Count} {(stories.Count == 1 ? "story" : "stories")}").AppendLine();
        foreach (var story in stories)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## {story.Number}. {Escape(story.Title)}").AppendLine();
            if (story.Id is { } id)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- **Stored as:** story {id}");
            }
            md.AppendLine(CultureInfo.InvariantCulture, $"- **When:** {Span(story)}");
            md.AppendLine(CultureInfo.InvariantCulture, $"- **Independent outlets ({story.IndependentOutlets.Count}):** {Escape(string.Join(", ", story.IndependentOutlets))}");
            if (story.SharedTerms.Count > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- **Shared names:** {Escape(string.Join(", ", story.SharedTerms))}");
            }
            md.AppendLine().AppendLine("| id | published | outlet | title | note |").AppendLine("|---:|---|---|---|---|");
            foreach (var m in story.Members)
            {
                var note = m.CopyOf is { } original ? $"copy of {original}" : "";
                var outlet = (m.Article.Outlet?.Name ?? "—") + (m.Article.Attribution.CarriedBy is { } c ? $" (via {c.Name})" : "");
                md.AppendLine(CultureInfo.InvariantCulture, $"| {m.Id} | {m.Article.Published} | {Escape(outlet)} | {Escape(m.Article.Title)} | {note} |");
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    /// <summary>"2023-12-07 – 2023-12-08", or the one date, or "undated".</summary>
    public static string Span(Story story) => (story.First, story.Last) switch
    {
        (null, _) => "undated",
        var (first, last) when last is null || first.Local.Date == last.Local.Date => first.ToString(),
        var (first, last) => $"{first} – {last}",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
