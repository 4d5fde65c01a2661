using System.CommandLine;
using Corroborate.Cli.Output;
using Corroborate.Ingest;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "One HTML page (plain or .gz), or - for standard input" };
        var format = FormatOption.Create("json", "text");
        var command = new Command("extract", """
            Extract one HTML page's article text and metadata. Nothing is stored.

            Examples:
              corroborate extract page.html
              corroborate extract page.html.gz --format text
            """)
        {
            file, format,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var path = result.GetValue(file)!;
            var problems = new List<InputProblem>();
            var article = new Ingestor().ReadPage(path, problems.Add);
            foreach (var problem in problems)
            {
                Terminal.Message(problem.ToString());
            }
            if (article is null)
            {
                if (problems.Count == 0)
                {
                    Terminal.Message($"error: {path}: no article found");
                }
                return ExitCodes.SomeFailed;
            }
            if (FormatOption.Parse(result.GetValue(format)!) == OutputFormat.Json)
            {
                ArticleViews.WriteJson(Console.Out, json => ArticleJson.Write(json, article, includeRemovals: true));
            }
            else
            {
                Console.Out.WriteLine(article.Title);
                Console.Out.WriteLine();
                Console.Out.WriteLine(article.Text);
            }
            return problems.Any(p => p.Severity == ProblemSeverity.Error) ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }));
        return command;
    }
}
