using System.Globalization;
using AngleSharp.Html.Parser;
using Corroborate.Evaluation;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;

namespace Corroborate.Bench;

/// <summary>
/// Scores article extraction on the Zyte benchmark with one implementation of its metric: our
/// extractor, SmartReader (run here), and every saved output of other tools in <c>output/</c>.
/// </summary>
internal static class ExtractionEvaluation
{
    public static int Run(string[] args)
    {
        var split = Option(args, "--split") ?? "all";
        var data = Option(args, "--data") ?? Path.Combine(SharedData.Root, "bench", "article-extraction");
        var showPages = args.Contains("--pages");
        var only = Option(args, "--tools")?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var benchmark = ExtractionBenchmark.Load(data);
        var pages = benchmark.Pages.Where(p => split switch
        {
            "dev" => p.Split == BenchmarkSplit.Dev,
            "held-out" => p.Split == BenchmarkSplit.HeldOut,
            _ => true,
        }).ToList();

        var tools = new List<(string Name, Func<BenchmarkPage, string> Extract)>
        {
            ("corroborate", Ours),
            ("smartreader", SmartReaderBody),
        };
        // --extra name=file.json scores another tool's output (the benchmark's JSON shape), e.g. a live peer run.
        foreach (var extra in Options(args, "--extra"))
        {
            var (name, file) = (extra[..extra.IndexOf('=', StringComparison.Ordinal)], extra[(extra.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var output = ExtractionBenchmark.ReadOutput(file);
            tools.Add((name, page => output.GetValueOrDefault(page.Id, "")));
        }
        foreach (var saved in benchmark.SavedTools())
        {
            var output = new Lazy<IReadOnlyDictionary<string, string>>(() => benchmark.SavedOutput(saved));
            tools.Add((saved, page => output.Value.GetValueOrDefault(page.Id, "")));
        }

        var rows = new List<(string Tool, ExtractionSummary All, ExtractionSummary Dev, ExtractionSummary HeldOut)>();
        foreach (var (name, extract) in tools)
        {
            if (only is not null && !only.Contains(name))
            {
                continue;
            }
            var scores = pages.Select(p => (Page: p, Score: ExtractionScore.Score(p.GoldBody, extract(p)))).ToList();
            if (showPages && name == "corroborate")
            {
                foreach (var (page, score) in scores.OrderBy(s => s.Score.F1))
                {
                    Console.WriteLine(FormattableString.Invariant($"{page.Id[..12]} {score.Precision:F3} {score.Recall:F3} {score.F1:F3} {page.Url}"));
                }
            }
            rows.Add((name,
                ExtractionScore.Summarize([.. scores.Select(s => s.Score)]),
                ExtractionScore.Summarize([.. scores.Where(s => s.Page.Split == BenchmarkSplit.Dev).Select(s => s.Score)]),
                ExtractionScore.Summarize([.. scores.Where(s => s.Page.Split == BenchmarkSplit.HeldOut).Select(s => s.Score)])));
        }

        Console.WriteLine(FormattableString.Invariant($"Article extraction, Zyte benchmark ({pages.Count} pages, split: {split})"));
        Console.WriteLine();
        Console.WriteLine("| tool | F1 | P | R | median F1 | median P | median R | accuracy |" + (split == "all" ? " dev F1 | held-out F1 |" : ""));
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|" + (split == "all" ? "---:|---:|" : ""));
        foreach (var (tool, all, dev, heldOut) in rows.OrderByDescending(r => r.All.F1))
        {
            var extra = split == "all" ? FormattableString.Invariant($" {dev.F1:F4} | {heldOut.F1:F4} |") : "";
            Console.WriteLine(FormattableString.Invariant(
                $"| {tool} | {all.F1:F4} | {all.Precision:F4} | {all.Recall:F4} | {all.MedianF1:F4} | {all.MedianPrecision:F4} | {all.MedianRecall:F4} | {all.Accuracy:F4} |{extra}"));
        }
        return 0;
    }

    /// <summary>Shows, for one dev page, every block with its weight and flags, the gold body and what was missed.</summary>
    public static int Page(string[] args)
    {
        var data = Option(args, "--data") ?? Path.Combine(SharedData.Root, "bench", "article-extraction");
        var benchmark = ExtractionBenchmark.Load(data);
        var page = benchmark.Pages.Single(p => p.Id.StartsWith(args[0], StringComparison.Ordinal));
        if (page.Split != BenchmarkSplit.Dev)
        {
            Console.Error.WriteLine("held-out pages are not inspected");
            return 2;
        }
        var html = TextDecoder.Decode(page.ReadHtml(), null).Text;
        var extracted = HtmlPage.Read(html).Body;
        var blocks = PageBlocks.Read(Parser.ParseDocument(html).Body!);
        var root = blocks.BestContainer();
        Console.WriteLine($"url {page.Url}\nroot <{blocks.Elements[root].LocalName} class='{blocks.Elements[root].GetAttribute("class")}' id='{blocks.Elements[root].Id}'>");
        foreach (var b in blocks.Blocks)
        {
            var inside = blocks.IsInside(b.Element, root) ? "IN " : "   ";
            var e = blocks.Elements[b.Element];
            var flags = (b.Furniture ? "F" : "-") + (b.Peripheral ? "P" : "-") + (b.IsProse ? "S" : "-") + (b.IsContent ? "C" : "-");
            var gold = page.GoldBody.Contains(b.Text.Length > 60 ? b.Text[..60] : b.Text, StringComparison.Ordinal) ? "G" : " ";
            Console.WriteLine(FormattableString.Invariant($"{inside}{gold} {flags} {b.Weight,8:F0} @{blocks.Parents[b.Element]} {e.LocalName}.{e.GetAttribute("class")}#{e.Id} | {(b.Text.Length > 100 ? b.Text[..100] : b.Text)}"));
        }
        var firstGold = blocks.Blocks.FirstOrDefault(b => page.GoldBody.Contains(b.Text.Length > 60 ? b.Text[..60] : b.Text, StringComparison.Ordinal) && b.Text.Length > 40);
        if (firstGold is not null)
        {
            Console.WriteLine("\nancestors of the first gold block:");
            for (var i = firstGold.Element; i >= 0; i = blocks.Parents[i])
            {
                var e = blocks.Elements[i];
                Console.WriteLine($"  {e.LocalName}.{e.GetAttribute("class")}#{e.Id} {PageBlocks.NameOf(e, e.LocalName)}");
            }
        }
        Console.WriteLine("\npreamble: " + string.Join(" ¦ ", extracted.Preamble));
        var score = ExtractionScore.Score(page.GoldBody, extracted.Text);
        Console.WriteLine(FormattableString.Invariant($"\nP {score.Precision:F3} R {score.Recall:F3} F1 {score.F1:F3}"));
        Console.WriteLine("\n--- gold paragraphs not in the output:");
        foreach (var para in page.GoldBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!extracted.Text.Contains(para.Length > 60 ? para[..60] : para, StringComparison.Ordinal))
            {
                Console.WriteLine("  " + (para.Length > 140 ? para[..140] : para));
            }
        }
        Console.WriteLine("--- output paragraphs not in gold:");
        foreach (var para in extracted.Paragraphs)
        {
            if (!page.GoldBody.Contains(para.Length > 60 ? para[..60] : para, StringComparison.Ordinal))
            {
                Console.WriteLine("  " + (para.Length > 140 ? para[..140] : para));
            }
        }
        return 0;
    }

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static string Ours(BenchmarkPage page) => HtmlPage.Read(page.ReadHtml()).Body.Text;

    private static string SmartReaderBody(BenchmarkPage page)
    {
        var html = TextDecoder.Decode(page.ReadHtml(), null).Text;
        var document = Parser.ParseDocument(html);
        using var reader = new SmartReader.Reader(page.Url, document) { ContinueIfNotReadable = true, Logging = SmartReader.ReportLevel.Issue };
        var article = reader.GetArticle();
        return string.IsNullOrWhiteSpace(article.Content) ? "" : HtmlText.ToPlainText(article.Content);
    }

    internal static IEnumerable<string> Options(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == name)
            {
                yield return args[i + 1];
            }
        }
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>Finds <c>../shared/data</c> beside the repository, or at <c>CORROBORATE_SHARED</c>.</summary>
internal static class SharedData
{
    public static string Root { get; } = Locate();

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CORROBORATE_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(Path.Combine(fromEnv, "data")) ? Path.Combine(fromEnv, "data") : fromEnv;
        }
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
        {
            dir = dir.Parent;
        }
        var root = dir is null ? "." : Path.Combine(dir.FullName, "..", "shared", "data");
        return Path.GetFullPath(root);
    }
}
