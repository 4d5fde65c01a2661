using Corroborate.Documents;
using Corroborate.Ingest.Readers;
using Corroborate.Ingest.Warc;

namespace Corroborate.Ingest;

/// <summary>What the ingestor tells its caller after each input: its name, size and article count.</summary>
public readonly record struct InputDone(string Name, long Bytes, int Articles);

/// <summary>
/// The front door of ingest: expands paths (files, directories, <c>.gz</c>, <c>-</c>), detects each
/// input's format from its content, reads it with the matching reader and builds clean articles.
/// </summary>
/// <remarks>
/// Error contract: nothing escapes as an exception. Every input or record that cannot be read becomes
/// one <see cref="InputProblem"/> passed to the caller's <c>report</c>, and the batch goes on; articles
/// read from an input before it failed are kept. Readers are stateless, so one ingestor may serve
/// several threads, each with its own enumeration.
/// </remarks>
public sealed class Ingestor
{
    private readonly InputLimits _limits;
    private readonly IArticleReader _text = new TextArticleReader();
    private readonly IArticleReader _html = new HtmlArticleReader();
    private readonly IArticleReader _feed = new FeedReader();
    private readonly IArticleReader _jsonFeed = new JsonFeedReader();
    private readonly IArticleReader _jsonl = new JsonlReader();
    private readonly IArticleReader _warc;

    public Ingestor(InputLimits? limits = null)
    {
        _limits = limits ?? InputLimits.Default;
        _warc = new WarcReader(_html);
    }

    /// <summary>Reads every input named by <paramref name="paths"/> and yields its articles in order.</summary>
    /// <param name="stdin">What <c>-</c> reads (standard input when null).</param>
    public IEnumerable<Article> Read(
        IEnumerable<string> paths,
        Action<InputProblem> report,
        Action<InputDone>? progress = null,
        Stream? stdin = null)
    {
        foreach (var input in InputCollector.Collect(paths, _limits, stdin))
        {
            if (!input.IsReadable)
            {
                report(input.Problem);
                progress?.Invoke(new InputDone(input.Name, 0, 0));
                continue;
            }
            var count = 0;
            foreach (var article in ReadOne(input, input.File, report))
            {
                count++;
                yield return article;
            }
            progress?.Invoke(new InputDone(input.Name, SizeOf(input.Name), count));
        }
    }

    /// <summary>
    /// Reads HTML pages for the <c>extract</c> command: every file named (or <c>-</c>) as a page whatever
    /// its content looks like, and in directories the files whose content is HTML. Problems are reported
    /// as in <see cref="Read"/>.
    /// </summary>
    public IEnumerable<Article> ReadPages(IEnumerable<string> paths, Action<InputProblem> report, Stream? stdin = null)
    {
        foreach (var path in paths)
        {
            var named = path == "-" || !Directory.Exists(path);
            foreach (var input in InputCollector.Collect([path], _limits, stdin))
            {
                if (!input.IsReadable)
                {
                    report(input.Problem);
                    continue;
                }
                if (!named && input.Format != InputFormat.Html)
                {
                    continue;
                }
                foreach (var article in ReadOne(input with { Format = InputFormat.Html }, input.File, report).Take(1))
                {
                    yield return article;
                }
            }
        }
    }

    private IEnumerable<Article> ReadOne(CollectedInput input, InputFile file, Action<InputProblem> report)
    {
        var reader = input.Format switch
        {
            InputFormat.Html => _html,
            InputFormat.Feed => _feed,
            InputFormat.JsonFeed => _jsonFeed,
            InputFormat.Jsonl => _jsonl,
            InputFormat.Warc => _warc,
            _ => _text,
        };
        IEnumerator<RawArticle> records;
        try
        {
            records = reader.Read(file, report).GetEnumerator();
        }
        catch (Exception e)
        {
            report(Problem(input.Name, e));
            yield break;
        }
        using (records)
        {
            while (true)
            {
                RawArticle? raw = null;
                Article? article = null;
                try
                {
                    if (records.MoveNext())
                    {
                        raw = records.Current;
                        article = ArticleBuilder.Build(raw);
                    }
                }
                catch (Exception e)
                {
                    // The reader's input is broken past this point (or a bug hit it): keep what was read.
                    report(Problem(input.Name, e));
                    yield break;
                }
                if (raw is null)
                {
                    yield break;
                }
                if (article is null)
                {
                    report(new InputProblem(input.Name, Location(raw.Source), "no article text left after cleaning", ProblemSeverity.Warning));
                    continue;
                }
                yield return article;
            }
        }
    }

    /// <summary>Words a failure as one line: the reader's own reason, or what kind of failure it was.</summary>
    private static InputProblem Problem(string name, Exception e) => e switch
    {
        InputFormatException f => new InputProblem(name, f.Location, f.Message),
        UnauthorizedAccessException => new InputProblem(name, null, "permission denied"),
        IOException io => new InputProblem(name, null, $"read failed: {io.Message}"),
        // A reader bug must not end the batch; say what happened in one line, without a stack trace.
        _ => new InputProblem(name, null, $"unexpected {e.GetType().Name}: {e.Message}"),
    };

    private static string? Location(SourceRef source) => source.Record is { } r ? $"record {r}" : null;

    private static long SizeOf(string name)
    {
        try
        {
            return name != "-" && File.Exists(name) ? new FileInfo(name).Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
