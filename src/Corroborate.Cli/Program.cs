using System.CommandLine;
using Corroborate.Cli.Commands;

namespace Corroborate.Cli;

/// <summary>The <c>corroborate</c> command: parses arguments, calls the engine, prints.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }
            Console.Error.WriteLine("Run 'corroborate --help' (or 'corroborate <command> --help') for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    internal static RootCommand BuildRoot() => new("""
        Corroborate turns raw news coverage into cited, reconciled knowledge.
        It reads text, HTML, feeds, JSONL and WARC; cleans and stores articles in SQLite; and reports stories across outlets.

        Examples:
          corroborate analyze examples/prisoner-exchange
          corroborate ingest news/ --db news.db && corroborate list --db news.db
          corroborate show 3 --explain
          corroborate annotate article.txt --format json
        """)
    {
        IngestCommand.Create(),
        AnalyzeCommand.Create(),
        ListCommand.Create(),
        ShowCommand.Create(),
        ExtractCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
        AnnotateCommand.Create(),
        ClusterCommand.Create(),
        StoriesCommand.Create(),
        ReportCommand.Create(),
        ReclusterCommand.Create(),
        EventsCommand.Create(),
    };
}
