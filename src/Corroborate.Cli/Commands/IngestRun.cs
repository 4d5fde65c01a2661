using Corroborate.Cli.Output;
using Corroborate.Ingest;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>What one ingest batch did.</summary>
internal sealed record IngestOutcome(
    int Inputs,
    IReadOnlyList<StoreResult> Results,
    IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Each result's item name (as <c>cluster</c> prints it: the JSONL id, else path or path#record), in input order.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    public int New => Results.Count(r => !r.IsDuplicate);

    public int Duplicates => Results.Count(r => r.IsDuplicate);

    public bool AllRead => Problems.All(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>Ids of the batch's articles in input order, each once (duplicates point at the stored one).</summary>
    public IReadOnlyList<long> Ids => [.. Results.Select(r => r.Id).Distinct()];
}

/// <summary>
/// Reads inputs into the store as one batch (one transaction), printing each problem as one line on
/// standard error as it happens and showing progress for long batches. Shared by <c>ingest</c> and
/// <c>analyze</c>.
/// </summary>
internal static class IngestRun
{
    public static IngestOutcome Run(IArticleStore store, IReadOnlyList<string> paths, Stream? stdin = null)
    {
        var counters = new BatchCounters();
        var messages = new MessageSink();
        var problems = new List<InputProblem>();
        var results = new List<StoreResult>();
        var items = new List<string>();
        var ingestor = new Ingestor();

        void Report(InputProblem problem)
        {
            lock (problems)
            {
                problems.Add(problem);
            }
            messages.Write(problem.ToString());
        }

        var inputs = BatchProgress.Run("ingest", counters, messages, () =>
        {
            using var batch = store.BeginBatch("ingest " + string.Join(' ', paths));
            var seen = 0;
            foreach (var article in ingestor.Read(paths, Report, done => { seen++; counters.InputDone(done.Bytes); }, stdin))
            {
                results.Add(batch.Add(article));
                items.Add(ClusterCommand.Item(article));
                counters.ArticleDone();
            }
            batch.Commit(new BatchSummary(seen, results.Count, results.Count(r => r.IsDuplicate), problems.Count));
            return seen;
        });
        return new IngestOutcome(inputs, results, problems) { Items = items };
    }

    public static string Summary(IngestOutcome outcome)
    {
        var duplicates = outcome.Duplicates == 1 ? "1 duplicate" : $"{outcome.Duplicates} duplicates";
        var problems = outcome.Problems.Count == 1 ? "1 problem" : $"{outcome.Problems.Count} problems";
        var inputs = outcome.Inputs == 1 ? "1 input" : $"{outcome.Inputs} inputs";
        return $"ingested {outcome.Results.Count} articles ({outcome.New} new, {duplicates} already stored) from {inputs}; {problems}";
    }
}
