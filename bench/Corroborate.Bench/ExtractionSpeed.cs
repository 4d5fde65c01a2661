using System.Diagnostics;
using System.Globalization;
using Corroborate.Evaluation;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;

namespace Corroborate.Bench;

/// <summary>
/// Times article extraction on the benchmark's pages, single-threaded: decoding the bytes, parsing,
/// reading the metadata and extracting the body, as the HTML reader does. Pages are read into memory
/// first, a few rounds warm up (tiered compilation), then every round is timed; the median is reported.
/// </summary>
internal static class ExtractionSpeed
{
    public static int Run(string[] args)
    {
        var data = ExtractionEvaluation.Option(args, "--data") ?? Path.Combine(SharedData.Root, "bench", "article-extraction");
        var rounds = int.Parse(ExtractionEvaluation.Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var pages = ExtractionBenchmark.Load(data).Pages.Select(p => p.ReadHtml()).ToList();
        var characters = 0L;
        void Round()
        {
            foreach (var bytes in pages)
            {
                characters += HtmlPage.Read(bytes).Body.Text.Length;
            }
        }

        // Tiered compilation reaches its optimised code only after a few passes over the pages.
        var warmups = int.Parse(ExtractionEvaluation.Option(args, "--warmup") ?? "3", CultureInfo.InvariantCulture);
        for (var i = 0; i < warmups; i++)
        {
            Round();
        }
        var seconds = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            Round();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        var median = seconds.Order().ElementAt(seconds.Count / 2);
        var megabytes = pages.Sum(p => (long)p.Length) / 1e6;
        var each = string.Join(", ", seconds.Select(s => (pages.Count / s).ToString("F0", CultureInfo.InvariantCulture)));
        Console.WriteLine(FormattableString.Invariant(
            $"corroborate: {pages.Count / median:F0} pages/s, {megabytes / median:F1} MB/s, median of {rounds} rounds over {pages.Count} pages ({each} pages/s); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        return characters > 0 ? 0 : 1;
    }
}
