using System.Text.Json;
using Corroborate.Documents;

namespace Corroborate.Reports;

/// <summary>
/// Writes an article as JSON in the shape every command uses (<c>extract</c>, <c>show</c>, <c>analyze</c>):
/// stable field names, dates as ISO text with a separate precision, absent values as null.
/// </summary>
public static class ArticleJson
{
    public static void Write(Utf8JsonWriter json, Article article, long? id = null, bool includeText = true, bool includeRemovals = false)
    {
        json.WriteStartObject();
        if (id is { } value)
        {
            json.WriteNumber("id", value);
        }
        json.WriteString("title", article.Title);
        json.WriteBoolean("titleDerived", article.TitleDerived);
        WriteOutlet(json, "outlet", article.Outlet);
        WriteOutlet(json, "carriedBy", article.Attribution.CarriedBy);
        json.WriteStartArray("authors");
        foreach (var author in article.Authors)
        {
            json.WriteStringValue(author);
        }
        json.WriteEndArray();
        json.WriteString("published", article.Published?.ToString());
        json.WriteString("publishedPrecision", article.Published?.Precision.ToString().ToLowerInvariant());
        json.WriteString("url", article.Url);
        json.WriteString("language", article.Language);
        json.WriteBoolean("english", article.IsEnglish);
        json.WriteStartArray("citedSources");
        foreach (var cited in article.Attribution.Cited)
        {
            json.WriteStartObject();
            json.WriteString("name", cited.Name);
            json.WriteString("kind", cited.Kind.ToString().ToLowerInvariant());
            json.WriteString("evidence", cited.Evidence);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("source");
        json.WriteString("path", article.Source.Path);
        json.WriteString("format", article.Source.Format);
        WriteNullable(json, "record", article.Source.Record);
        WriteNullable(json, "offset", article.Source.Offset);
        json.WriteString("rawSha256", article.RawHash);
        json.WriteString("contentSha256", article.ContentHash);
        json.WriteEndObject();
        json.WriteNumber("removedPieces", article.Removals.Count);
        if (includeRemovals)
        {
            json.WriteStartArray("removals");
            foreach (var removal in article.Removals)
            {
                json.WriteStartObject();
                json.WriteString("rule", removal.Rule);
                json.WriteNumber("line", removal.Line);
                json.WriteString("text", removal.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (includeText)
        {
            json.WriteString("text", article.Text);
        }
        json.WriteEndObject();
    }

    private static void WriteOutlet(Utf8JsonWriter json, string name, Outlet? outlet)
    {
        if (outlet is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("name", outlet.Name);
        json.WriteString("domain", outlet.Domain);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
