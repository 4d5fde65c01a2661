using System.Globalization;

namespace Corroborate.Language.Learning;

/// <summary>
/// Word classes learnt from unlabelled text: words that occur in similar contexts share a class
/// ("Tuesday" with "Monday", "said" with "told"), which lets the tagger and the entity recognizer
/// generalise to words their annotated training data never showed. Words are keyed lower-cased with
/// digits folded to 0.
/// </summary>
/// <remarks>
/// The classes maximise the likelihood of a class bigram model (the exchange algorithm of Kneser and
/// Ney, 1993, and Martin, Liermann and Ney, 1998): starting from a frequency-ordered assignment, each
/// word in turn moves to the class that most raises the likelihood, until a pass moves few words.
/// The clustering is deterministic. Immutable and thread-safe once built.
/// </remarks>
public sealed class WordClusters
{
    public const string Kind = "clusters";

    // Every level's class of a word in one entry, so that the tagger looks each word up once.
    private readonly Dictionary<string, int[]> _classes;

    private WordClusters(Dictionary<string, int>[] levels, ModelInfo info)
    {
        Levels = levels.Length;
        _classes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var word in levels.SelectMany(l => l.Keys).Distinct())
        {
            _classes[word] = [.. levels.Select(l => l.GetValueOrDefault(word, -1))];
        }
        Info = info;
    }

    public ModelInfo Info { get; }

    /// <summary>How many clusterings (granularities) the model holds.</summary>
    public int Levels { get; }

    /// <summary>The classes of <paramref name="word"/> at every level (-1 where unknown), with one lookup.</summary>
    /// <remarks>The key is built on the stack and looked up as a span: no string per word on the tagger's hot path.</remarks>
    public void Of(string word, Span<int> classes)
    {
        var found = _classes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Key(word, stackalloc char[Math.Min(word.Length, MaxLength)]), out var all);
        for (var level = 0; level < classes.Length; level++)
        {
            classes[level] = found ? all![level] : -1;
        }
    }

    /// <summary>The form words are clustered under: lower case with digits folded; a very long word is <c>&lt;long&gt;</c>.</summary>
    public static string Key(string word) => new(Key(word, stackalloc char[Math.Min(word.Length, MaxLength)]));

    private const int MaxLength = 24;

    private static ReadOnlySpan<char> Key(string word, Span<char> buffer)
    {
        if (word.Length > MaxLength)
        {
            return "<long>";
        }
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = char.IsDigit(word[i]) ? '0' : char.ToLowerInvariant(word[i]);
        }
        return buffer;
    }

    public static WordClusters Load(string path)
    {
        var (info, _) = ModelFile.Read(path, Kind);
        var levels = new List<Dictionary<string, int>>();
        for (var level = 0; info.Properties.TryGetValue($"level{level}", out var entries); level++)
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in entries.Split('\u001E'))
            {
                var tab = entry.LastIndexOf('\u001F');
                map[entry[..tab]] = int.Parse(entry[(tab + 1)..], CultureInfo.InvariantCulture);
            }
            levels.Add(map);
        }
        return new WordClusters([.. levels], info);
    }

    public void Save(string path) => ModelFile.Write(path, Info, []);

    /// <summary>Clusters the words of <paramref name="sentences"/> (tokens) at each class count in <paramref name="classCounts"/>.</summary>
    public static WordClusters Train(IReadOnlyList<string[]> sentences, IReadOnlyList<int> classCounts, int minCount, int iterations,
        string trainingData, string attribution, Action<string>? log = null)
    {
        // Vocabulary: keys seen minCount times or more, by falling frequency (ties by ordinal order).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                var key = Key(token);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        var vocabulary = counts.Where(c => c.Value >= minCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key).ToArray();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            ids[vocabulary[i]] = i;
        }
        var bigrams = new Dictionary<long, int>();
        var unigrams = new long[vocabulary.Length];
        foreach (var sentence in sentences)
        {
            var previous = -1;
            foreach (var token in sentence)
            {
                var id = ids.GetValueOrDefault(Key(token), -1);
                if (id >= 0)
                {
                    unigrams[id]++;
                    if (previous >= 0)
                    {
                        var pair = ((long)previous << 32) | (uint)id;
                        bigrams[pair] = bigrams.GetValueOrDefault(pair) + 1;
                    }
                }
                previous = id;
            }
        }
        var right = new List<(int Word, int Count)>[vocabulary.Length];
        var left = new List<(int Word, int Count)>[vocabulary.Length];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            right[i] = [];
            left[i] = [];
        }
        foreach (var (pair, count) in bigrams)
        {
            int a = (int)(pair >> 32), b = (int)(pair & 0xFFFFFFFF);
            right[a].Add((b, count));
            left[b].Add((a, count));
        }
        log?.Invoke($"{sentences.Count:N0} sentences, {vocabulary.Length:N0} words seen {minCount}+ times, {bigrams.Count:N0} distinct bigrams");

        var levels = new Dictionary<string, int>[classCounts.Count];
        for (var level = 0; level < classCounts.Count; level++)
        {
            var classes = Exchange(vocabulary.Length, unigrams, left, right, classCounts[level], iterations, log);
            levels[level] = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var w = 0; w < vocabulary.Length; w++)
            {
                levels[level][vocabulary[w]] = classes[w];
            }
        }
        var properties = new Dictionary<string, string>
        {
            ["classes"] = string.Join(',', classCounts),
            ["minCount"] = minCount.ToString(CultureInfo.InvariantCulture),
            ["iterations"] = iterations.ToString(CultureInfo.InvariantCulture),
        };
        for (var level = 0; level < levels.Length; level++)
        {
            properties[$"level{level}"] = string.Join('\u001E', levels[level].Select(e => e.Key + '\u001F' + e.Value.ToString(CultureInfo.InvariantCulture)));
        }
        return new WordClusters(levels, new ModelInfo(Kind, [.. classCounts.Select(c => c.ToString(CultureInfo.InvariantCulture))], trainingData, attribution, properties));
    }

    private static int[] Exchange(int words, long[] unigrams, List<(int Word, int Count)>[] left, List<(int Word, int Count)>[] right,
        int classCount, int iterations, Action<string>? log)
    {
        var cls = new int[words];
        for (var w = 0; w < words; w++)
        {
            cls[w] = w % classCount;
        }
        var matrix = new long[classCount * classCount];
        var classTotals = new long[classCount];
        for (var w = 0; w < words; w++)
        {
            classTotals[cls[w]] += unigrams[w];
            foreach (var (v, count) in right[w])
            {
                matrix[cls[w] * classCount + cls[v]] += count;
            }
        }
        var toRight = new long[classCount];
        var toLeft = new long[classCount];
        var touchedRight = new List<int>();
        var touchedLeft = new List<int>();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var moved = 0;
            for (var w = 0; w < words; w++)
            {
                // Counts of w's bigrams by the class of the word on the other side (w itself apart).
                long self = 0;
                touchedRight.Clear();
                touchedLeft.Clear();
                foreach (var (v, count) in right[w])
                {
                    if (v == w)
                    {
                        self += count;
                        continue;
                    }
                    if (toRight[cls[v]] == 0)
                    {
                        touchedRight.Add(cls[v]);
                    }
                    toRight[cls[v]] += count;
                }
                foreach (var (u, count) in left[w])
                {
                    if (u == w)
                    {
                        continue;
                    }
                    if (toLeft[cls[u]] == 0)
                    {
                        touchedLeft.Add(cls[u]);
                    }
                    toLeft[cls[u]] += count;
                }
                var from = cls[w];
                Move(w, from, -1);
                var best = from;
                var bestGain = double.NegativeInfinity;
                for (var b = 0; b < classCount; b++)
                {
                    var gain = Gain(b);
                    if (gain > bestGain + 1e-9)
                    {
                        (best, bestGain) = (b, gain);
                    }
                }
                Move(w, best, +1);
                if (best != from)
                {
                    cls[w] = best;
                    moved++;
                }
                foreach (var c in touchedRight)
                {
                    toRight[c] = 0;
                }
                foreach (var c in touchedLeft)
                {
                    toLeft[c] = 0;
                }

                // The change in Σ f(N(c1,c2)) − 2 Σ f(N(c)) if w joined class b.
                double Gain(int b)
                {
                    double gain = 0;
                    var row = b * classCount;
                    foreach (var x in touchedRight)
                    {
                        if (x != b)
                        {
                            gain += F(matrix[row + x] + toRight[x]) - F(matrix[row + x]);
                        }
                    }
                    foreach (var x in touchedLeft)
                    {
                        if (x != b)
                        {
                            gain += F(matrix[x * classCount + b] + toLeft[x]) - F(matrix[x * classCount + b]);
                        }
                    }
                    var diagonal = matrix[row + b];
                    gain += F(diagonal + toRight[b] + toLeft[b] + self) - F(diagonal);
                    return gain - 2 * (F(classTotals[b] + unigrams[w]) - F(classTotals[b]));
                }

                void Move(int word, int c, int sign)
                {
                    var row = c * classCount;
                    foreach (var x in touchedRight)
                    {
                        if (x != c)
                        {
                            matrix[row + x] += sign * toRight[x];
                        }
                    }
                    foreach (var x in touchedLeft)
                    {
                        if (x != c)
                        {
                            matrix[x * classCount + c] += sign * toLeft[x];
                        }
                    }
                    matrix[row + c] += sign * (toRight[c] + toLeft[c] + self);
                    classTotals[c] += sign * unigrams[word];
                }
            }
            log?.Invoke($"  {classCount} classes, pass {iteration + 1}: {moved:N0} words moved");
            if (moved < words / 200)
            {
                break;
            }
        }
        return cls;
    }

    private static readonly double[] Small = BuildTable();

    private static double[] BuildTable()
    {
        var table = new double[1 << 16];
        for (var i = 1; i < table.Length; i++)
        {
            table[i] = i * Math.Log(i);
        }
        return table;
    }

    private static double F(long n) => n < Small.Length ? Small[n] : n * Math.Log(n);
}
