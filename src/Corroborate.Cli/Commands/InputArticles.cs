using Corroborate.Cli.Output;
using Corroborate.Documents;
using Corroborate.Ingest;

namespace Corroborate.Cli.Commands;

/// <summary>Reads the articles of a command's input paths without storing them, printing each problem as
/// one line as it is met; the rest of the batch is still read.</summary>
internal static class InputArticles
{
    public static (List<Article> Articles, bool AnyFailed) Read(IReadOnlyList<string> paths)
    {
        var failed = false;
        var messages = new MessageSink();
        var articles = new Ingestor().Read(paths, p =>
        {
            failed |= p.Severity == ProblemSeverity.Error;
            messages.Write(p.ToString());
        }).ToList();
        return (articles, failed);
    }
}
