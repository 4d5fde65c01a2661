using System.IO.Compression;
using System.Text;
using Corroborate.Documents;
using Corroborate.Ingest;

namespace Corroborate.Tests.Ingest;

/// <summary>What the real ingestor made of some paths: the articles and every problem reported.</summary>
public sealed record IngestResult(IReadOnlyList<Article> Articles, IReadOnlyList<InputProblem> Problems)
{
    public IEnumerable<InputProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<InputProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
}

public static class TestIngest
{
    public static IngestResult Paths(params string[] paths) => Paths(null, paths);

    public static IngestResult Paths(InputLimits? limits, params string[] paths)
    {
        var problems = new List<InputProblem>();
        var articles = new Ingestor(limits).Read(paths, problems.Add).ToList();
        return new IngestResult(articles, problems);
    }

    public static IngestResult Shared(string relative) => Paths(SharedData.File(relative));

    public static IngestResult Example(string name) =>
        Paths(Path.Combine(SharedData.RepoRoot, "examples", "prisoner-exchange", name));

    /// <summary>The text, UTF-8 encoded and gzip-compressed as one member.</summary>
    public static byte[] Gzip(string text, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, level, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return buffer.ToArray();
    }
}
