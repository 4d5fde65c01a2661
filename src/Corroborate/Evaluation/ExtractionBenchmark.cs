using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Corroborate.Evaluation;

/// <summary>Which part of the benchmark a page belongs to.</summary>
public enum BenchmarkSplit
{
    /// <summary>Pages tuning may look at.</summary>
    Dev,
    /// <summary>Pages nobody inspects while tuning; reported separately.</summary>
    HeldOut,
}

/// <summary>One benchmark page: its id, gold body and URL, and where its HTML is.</summary>
public sealed record BenchmarkPage(string Id, string Url, string GoldBody, string HtmlPath, BenchmarkSplit Split)
{
    /// <summary>The page's bytes (decompressed).</summary>
    public byte[] ReadHtml()
    {
        using var file = File.OpenRead(HtmlPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}

/// <summary>
/// The Zyte article-extraction benchmark in <c>../shared/data/bench/article-extraction</c>: 181 pages
/// with gold bodies, and the saved outputs of other extractors.
/// </summary>
/// <remarks>
/// The held-out split is fixed by site, not by page: a page is held out when the SHA-256 of
/// <c>corroborate-extraction-split-v1:</c> plus its host (without <c>www.</c>) has a first byte divisible
/// by 3. Splitting by site keeps two pages of one site on the same side, so the held-out score measures
/// sites the extractor was never tuned on (63 pages of 45 sites; 118 dev pages of 81 sites).
/// </remarks>
public sealed class ExtractionBenchmark
{
    private const string SplitSalt = "corroborate-extraction-split-v1:";

    private ExtractionBenchmark(string folder, IReadOnlyList<BenchmarkPage> pages)
    {
        Folder = folder;
        Pages = pages;
    }

    public string Folder { get; }

    /// <summary>All pages, in id order.</summary>
    public IReadOnlyList<BenchmarkPage> Pages { get; }

    public static ExtractionBenchmark Load(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<BenchmarkPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var url = entry.Value.GetProperty("url").GetString() ?? "";
            var gold = entry.Value.GetProperty("articleBody").GetString() ?? "";
            pages.Add(new BenchmarkPage(entry.Name, url, gold, Path.Combine(folder, "html", entry.Name + ".html.gz"), SplitOf(url)));
        }
        return new ExtractionBenchmark(folder, pages);
    }

    public static BenchmarkSplit SplitOf(string url)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : url;
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(SplitSalt + host));
        return hash[0] % 3 == 0 ? BenchmarkSplit.HeldOut : BenchmarkSplit.Dev;
    }

    /// <summary>The tools whose saved outputs are in <c>output/</c>, by name.</summary>
    public IReadOnlyList<string> SavedTools() =>
        [.. Directory.EnumerateFiles(Path.Combine(Folder, "output"), "*.json.gz")
            .Select(f => Path.GetFileName(f)[..^".json.gz".Length])
            .Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>A saved tool's article bodies by page id (a missing or null body is empty).</summary>
    public IReadOnlyDictionary<string, string> SavedOutput(string tool) => ReadOutput(Path.Combine(Folder, "output", tool + ".json.gz"));

    /// <summary>Article bodies by page id from a file in the benchmark's output shape (plain or .gz JSON).</summary>
    public static IReadOnlyDictionary<string, string> ReadOutput(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        // Some files wrap the predictions as {"version": …, "output": {…}}.
        if (root.TryGetProperty("output", out var wrapped) && root.TryGetProperty("version", out _) && root.EnumerateObject().Count() == 2)
        {
            root = wrapped;
        }
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in root.EnumerateObject())
        {
            bodies[entry.Name] = entry.Value.ValueKind == JsonValueKind.Object
                && entry.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String
                ? body.GetString()!
                : "";
        }
        return bodies;
    }
}
