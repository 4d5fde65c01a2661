using System.CommandLine;
using Corroborate.Cli.Output;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Files, directories (read recursively), .gz files, or - for standard input");
        var db = CommonOptions.Database();
        var format = FormatOption.Create("text", "json");
        var command = new Command("ingest", """
            Read news inputs, clean them and store the articles in one transaction.
            Formats are detected from content: plain text, HTML, RSS/Atom/RDF, JSON Feed, JSONL, WARC, and .gz of any.
            The same content ingested twice is stored once and counted as already stored.

            Examples:
              corroborate ingest examples/prisoner-exchange
              corroborate ingest crawl.warc.gz feeds/ --db news.db
              curl -s https://example.org/feed.xml | corroborate ingest -
            """)
        {
            paths, db, format,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            using var store = SqliteArticleStore.Open(result.GetValue(db)!);
            var outcome = IngestRun.Run(store, result.GetValue(paths)!);
            if (FormatOption.Parse(result.GetValue(format)!) == OutputFormat.Json)
            {
                ArticleViews.WriteJson(Console.Out, json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("inputs", outcome.Inputs);
                    json.WriteNumber("articles", outcome.Results.Count);
                    json.WriteNumber("new", outcome.New);
                    json.WriteNumber("duplicates", outcome.Duplicates);
                    json.WriteStartArray("ids");
                    foreach (var r in outcome.Results)
                    {
                        json.WriteNumberValue(r.Id);
                    }
                    json.WriteEndArray();
                    ProblemJson.Write(json, outcome.Problems);
                    json.WriteEndObject();
                });
            }
            else
            {
                Console.Out.WriteLine(IngestRun.Summary(outcome));
            }
            return outcome.AllRead ? ExitCodes.Ok : ExitCodes.SomeFailed;
        }));
        return command;
    }
}
