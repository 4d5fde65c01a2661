using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Corroborate.Documents;
using Corroborate.Ingest;

namespace Corroborate.Evaluation;

/// <summary>An article of a story benchmark with its gold story and, where the set has one, its topic
/// (what makes two different stories a hard negative pair).</summary>
public sealed record BenchmarkArticle(string Id, string Gold, string? Topic, Article Article);

/// <summary>One part of a story benchmark: clustered on its own and scored on its own.</summary>
/// <param name="Set">The benchmark (<c>pac</c>, <c>giveme5w1h</c>, <c>uci-headlines</c>).</param>
/// <param name="Part">Which slice: <c>dev</c> parts are for tuning, <c>test</c> parts are held out.</param>
public sealed record BenchmarkPart(string Set, string Part, IReadOnlyList<BenchmarkArticle> Articles)
{
    public bool IsDev => Part.StartsWith("dev", StringComparison.Ordinal);
}

/// <summary>
/// Readers for the story clustering benchmarks in <c>../shared/data/bench/stories</c>, with splits fixed
/// before any tuning (see each part). Every article goes through the same ingest path a user's would
/// (the JSONL reader, cleaning, metadata) except UCI headlines, which have no text to ingest.
/// </summary>
public static class StoryBenchmark
{
    /// <summary>The parts found under <paramref name="path"/>: a benchmark folder, or the folder that holds them.</summary>
    public static IReadOnlyList<BenchmarkPart> Load(string path, Action<string>? warn = null)
    {
        var parts = new List<BenchmarkPart>();
        var folders = File.Exists(Path.Combine(path, "pac_articles.jsonl")) || File.Exists(Path.Combine(path, "news_cluster_articles.jsonl"))
            || File.Exists(Path.Combine(path, "uci-news-aggregator.csv"))
            ? [path]
            : Directory.Exists(path) ? Directory.GetDirectories(path).Order(StringComparer.Ordinal).ToArray() : [];
        foreach (var folder in folders)
        {
            if (File.Exists(Path.Combine(folder, "pac_articles.jsonl")))
            {
                parts.AddRange(Pac(Path.Combine(folder, "pac_articles.jsonl"), warn));
            }
            if (File.Exists(Path.Combine(folder, "news_cluster_articles.jsonl")))
            {
                parts.AddRange(Giveme(Path.Combine(folder, "news_cluster_articles.jsonl"), warn));
            }
            if (File.Exists(Path.Combine(folder, "uci-news-aggregator.csv")))
            {
                parts.AddRange(Uci(folder));
            }
        }
        if (parts.Count == 0)
        {
            throw new FileNotFoundException($"{path}: no story benchmark here (expected pac_articles.jsonl, news_cluster_articles.jsonl or uci-news-aggregator.csv, or folders holding them)");
        }
        return parts;
    }

    /// <summary>PAC: the given splits (train and dev for tuning, test held out), each pooled on its own;
    /// the topic is AllSides' label, spelled consistently.</summary>
    private static IEnumerable<BenchmarkPart> Pac(string file, Action<string>? warn)
    {
        var articles = Ingest(file, "story_id", "topic", warn);
        var split = Fields(file, "split");
        foreach (var (name, part) in new[] { ("train", "dev-train"), ("dev", "dev"), ("test", "test") })
        {
            yield return new BenchmarkPart("pac", part, [.. articles.Where(a => split[a.Id] == name)]);
        }
    }

    /// <summary>Giveme5W1H news clusters: events are split in two by a hash of their id (fixed before
    /// tuning), and the tight events (ids below 64) are kept apart from the long-running legacy
    /// stories (64 and up), as the set's notes advise.</summary>
    private static IEnumerable<BenchmarkPart> Giveme(string file, Action<string>? warn)
    {
        var articles = Ingest(file, "event_id", "category", warn);
        foreach (var (legacy, name) in new[] { (false, "events"), (true, "legacy") })
        {
            foreach (var dev in new[] { true, false })
            {
                yield return new BenchmarkPart("giveme5w1h", $"{(dev ? "dev" : "test")}-{name}",
                    [.. articles.Where(a => (int.Parse(a.Gold, CultureInfo.InvariantCulture) >= 64) == legacy && IsDev(a.Gold) == dev)]);
            }
        }
    }

    /// <summary>UCI headlines: the partial CSV (86 whole stories and the cut one) for tuning; held out, the
    /// full file's rows 200,001 to 206,000, a slice by id that keeps stories nearly whole. Rows are put
    /// in a hash order, since the files' own order and timestamps give the answer away.</summary>
    private static IEnumerable<BenchmarkPart> Uci(string folder)
    {
        var dev = new List<BenchmarkArticle>();
        using (var reader = new StreamReader(Path.Combine(folder, "uci-news-aggregator.csv")))
        {
            reader.ReadLine();
            foreach (var row in CsvRows(reader))
            {
                // The last row is cut short and has no story; it is dropped as the set's notes say.
                if (row.Count == 8 && row[5].Length > 0)
                {
                    dev.Add(Headline(row[0], row[1], row[3], row[5], row[4]));
                }
            }
        }
        yield return new BenchmarkPart("uci-headlines", "dev", Shuffled(dev));
        var full = Path.Combine(folder, "newsCorpora.full.tsv.gz");
        if (File.Exists(full))
        {
            var test = new List<BenchmarkArticle>();
            using var lines = new StreamReader(new GZipStream(File.OpenRead(full), CompressionMode.Decompress));
            while (lines.ReadLine() is { } line)
            {
                var f = line.Split('\t');
                if (f.Length == 8 && long.Parse(f[0], CultureInfo.InvariantCulture) is >= 200_001 and <= 206_000)
                {
                    test.Add(Headline(f[0], f[1], f[3], f[5], f[4]));
                }
            }
            yield return new BenchmarkPart("uci-headlines", "test", Shuffled(test));
        }
    }

    private static BenchmarkArticle Headline(string id, string title, string publisher, string story, string category) =>
        new(id, story, category, new Article
        {
            Title = title,
            Text = "",
            Outlet = new Outlet(publisher),
            Language = "en",
            Source = new SourceRef("uci", "csv", int.Parse(id, CultureInfo.InvariantCulture)) { ItemId = id },
            RawHash = id,
            ContentHash = id,
        });

    private static List<BenchmarkArticle> Shuffled(List<BenchmarkArticle> articles) =>
        [.. articles.OrderBy(a => Hash("order:" + a.Id), StringComparer.Ordinal)];

    private static bool IsDev(string gold) => Convert.FromHexString(Hash("corroborate-stories:" + gold))[0] % 2 == 0;

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads a benchmark JSONL file through the ingest path, pairing each article with its gold id by the record's id.</summary>
    private static List<BenchmarkArticle> Ingest(string file, string goldField, string topicField, Action<string>? warn)
    {
        var gold = Fields(file, goldField);
        var topics = Fields(file, topicField);
        var articles = new List<BenchmarkArticle>();
        foreach (var article in new Ingestor().Read([file], problem => warn?.Invoke(problem.ToString())))
        {
            if (article.Source.ItemId is { } id && gold.TryGetValue(id, out var story))
            {
                var topic = topics.GetValueOrDefault(id);
                articles.Add(new BenchmarkArticle(id, story, string.IsNullOrEmpty(topic) ? null : Topic(topic), article));
            }
        }
        return articles;
    }

    /// <summary>AllSides spells one topic several ways (<c>gun</c>, <c>gun_control_and_gun_rights</c>; <c>federal-budget</c>).</summary>
    private static string Topic(string topic)
    {
        var t = topic.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return t.Split('_')[0];
    }

    /// <summary><c>doc_id</c> → the value of <paramref name="field"/> (as text) for each line of a JSONL file.</summary>
    private static Dictionary<string, string> Fields(string file, string field)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                continue;
            }
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.TryGetProperty("doc_id", out var id) && root.TryGetProperty(field, out var value))
            {
                values[id.GetString()!] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }
        }
        return values;
    }

    /// <summary>RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<List<string>> CsvRows(TextReader reader)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\n':
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    yield return row;
                    row = [];
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
