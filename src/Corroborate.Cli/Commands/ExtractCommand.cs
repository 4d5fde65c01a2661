using System.CommandLine;
using System.Text.Json;
using Corroborate.Cli.Output;
using Corroborate.Documents;
using Corroborate.Ingest;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("HTML pages (plain or .gz), directories (their HTML files, recursively), or - for standard input");
        var format = FormatOption.Create("json", "jsonl", "text");
        var command = new Command("extract", """
            Extract the article text and metadata of HTML pages. Nothing is stored.
            --format json prints each page's full article record (as show --format json does), jsonl one line
            per page with file, title, author, authors, date, precision, outlet, url, language and text, and
            text the title and text of each page. A page without an article is reported on standard error.

            Examples:
              corroborate extract page.html
              corroborate extract crawl/pages/ --format jsonl > pages.jsonl
              curl -s https://example.org/news/1 | corroborate extract - --format text
            """)
        {
            paths, format,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var problems = new List<InputProblem>();
            var messages = new MessageSink();
            var chosen = result.GetValue(format)!;
            var any = false;
            foreach (var article in new Ingestor().ReadPages(result.GetValue(paths)!, p =>
            {
                problems.Add(p);
                messages.Write(p.ToString());
            }))
            {
                any = true;
                switch (chosen)
                {
                    case "jsonl":
                        Console.Out.WriteLine(JsonLine(article));
                        break;
                    case "text":
                        Console.Out.WriteLine(article.Title);
                        Console.Out.WriteLine();
                        Console.Out.WriteLine(article.Text);
                        Console.Out.WriteLine();
                        break;
                    default:
                        ArticleViews.WriteJson(Console.Out, json => ArticleJson.Write(json, article, includeRemovals: true));
                        break;
                }
            }
            if (!any && problems.Count == 0)
            {
                Terminal.Message("error: no HTML pages found");
                return ExitCodes.SomeFailed;
            }
            return problems.Any(p => p.Severity == ProblemSeverity.Error) ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One page as one compact JSON object: the fields scripts want, flat.</summary>
    internal static string JsonLine(Article article)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", article.Source.ToString());
            json.WriteString("title", article.TitleDerived ? null : article.Title);
            json.WriteString("author", article.Authors.Count == 0 ? null : string.Join(", ", article.Authors));
            json.WriteStartArray("authors");
            foreach (var author in article.Authors)
            {
                json.WriteStringValue(author);
            }
            json.WriteEndArray();
            json.WriteString("date", article.Published?.ToString());
            json.WriteString("precision", article.Published?.Precision.ToString().ToLowerInvariant());
            json.WriteString("outlet", article.Outlet?.Name);
            json.WriteString("domain", article.Outlet?.Domain);
            json.WriteString("url", article.Url);
            json.WriteString("language", article.Language);
            json.WriteString("text", article.Text);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
