using System.Globalization;
using Corroborate.Language.Corpora;
using Corroborate.Language.Learning;

namespace Corroborate.Language;

/// <summary>A token's part of speech: the Universal POS tag and the Penn Treebank tag.</summary>
public readonly record struct PosTag(string Upos, string Xpos);

/// <summary>
/// Part-of-speech tagger: a greedy left-to-right averaged perceptron over one joint label (UPOS and PTB
/// XPOS together, so that the two always agree), with the word, its affixes and shape, the words around
/// it and the two tags before it as features; words that the training data tags one way almost always
/// are tagged from a dictionary.
/// </summary>
/// <remarks>Loaded once; immutable and thread-safe (each call has its own buffers).</remarks>
public sealed class Tagger
{
    public const string Kind = "tagger";

    private const int MaxFeatures = 60;

    private const int Seed = 20231207; // the shuffling seed of a single run

    private readonly PerceptronModel _model;
    private readonly PerceptronModel _second;
    private readonly string[] _labels;
    private readonly PosTag[] _tags;
    private readonly TaggerLexicon _lexicon;
    private readonly WordClusters _clusters;

    private Tagger(PerceptronModel model, PerceptronModel second, ModelInfo info, TaggerLexicon lexicon, WordClusters clusters)
    {
        _clusters = clusters;
        _model = model;
        _second = second;
        Info = info;
        _labels = [.. info.Labels];
        _tags = [.. _labels.Select(l => l.Split('|') is [var u, var x] ? new PosTag(u, x) : new PosTag(l, l))];
        _lexicon = lexicon;
    }

    public ModelInfo Info { get; }

    /// <param name="clusters">The word clusters the tagger was trained with (its header names them).</param>
    public static Tagger Load(string path, WordClusters clusters)
    {
        var (info, models) = ModelFile.Read(path, Kind);
        var lexicon = TaggerLexicon.ReadFrom(info.Properties);
        ModelFile.RequireTrainedWith(info, path, clusters, null, "tagger", "corroborate train tagger");
        return new Tagger(models[0], models[1], info, lexicon, clusters);
    }

    public void Save(string path) => ModelFile.Write(path, Info, [_model, _second]);

    /// <summary>Tags one sentence's words.</summary>
    /// <remarks>Two passes: the first tags left to right; the second tags again seeing the first pass's
    /// tags of the next two words as well, which settles what only the right context shows. Words the
    /// first pass is sure of keep its tag.</remarks>
    public PosTag[] Tag(IReadOnlyList<string> words) => Tag(new WordForms(words, _clusters));

    /// <summary>Tags one sentence's words; <paramref name="fast"/> keeps the first pass's tag where it is sure (see <see cref="FastMargin"/>).</summary>
    public PosTag[] Tag(IReadOnlyList<string> words, bool fast) => Tag(new WordForms(words, _clusters), fast);

    /// <summary>Tags one sentence whose word forms the caller has computed (and shares with the entity recognizer).</summary>
    /// <param name="sentence">The sentence's words with their forms.</param>
    /// <param name="fast">Leave the first pass's tag where it leads by <see cref="FastMargin"/> (twice as fast, a little less accurate).</param>
    internal PosTag[] Tag(WordForms sentence, bool fast = false)
    {
        var words = sentence.Words;
        var margins = fast ? new float[words.Count] : null;
        var first = Pass(_model, sentence, null, margins);
        var labels = Pass(_second, sentence, first, margins);
        var result = new PosTag[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            result[i] = _tags[labels[i]];
        }
        return result;
    }

    // In fast tagging, how far the first pass's best tag must lead the runner-up for the second pass to
    // leave it alone. Chosen on EWT dev: at 4, 5 and 7 dev accuracy is that of always running the second
    // pass (UPOS 95.28–95.30 against 95.29); at 5 the second pass looks at about a third of the words and
    // tagging runs twice as fast. On test it costs 0.1 point of UPOS (95.43 against 95.53), so it is a choice.
    internal const float FastMargin = 5;

    private int[] Pass(PerceptronModel model, WordForms sentence, int[]? right, float[]? margins = null)
    {
        var words = sentence.Words;
        var labels = new int[words.Count];
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[_labels.Length];
        for (var i = 0; i < words.Count; i++)
        {
            if (_lexicon.TryUnambiguous(words[i], out var known))
            {
                labels[i] = known;
                continue;
            }
            if (right is not null && margins is not null && margins[i] >= FastMargin)
            {
                labels[i] = right[i];
                continue;
            }
            var n = Features(sentence, labels, right, i, features);
            labels[i] = model.Predict(features[..n], scores);
            if (right is null && margins is not null)
            {
                var best = scores[labels[i]];
                var second = float.NegativeInfinity;
                for (var k = 0; k < scores.Length; k++)
                {
                    if (k != labels[i] && scores[k] > second)
                    {
                        second = scores[k];
                    }
                }
                margins[i] = best - second;
            }
        }
        return labels;
    }

    /// <summary>Trains on treebank sentences (gold words and tags).</summary>
    /// <remarks>The second pass learns from first-pass tags of sentences that first pass never trained on
    /// (four-fold jackknifing), so that it learns how far to trust them. With <paramref name="runs"/> above 1,
    /// each pass is that many perceptrons trained on differently shuffled sentences, summed.</remarks>
    public static Tagger Train(IReadOnlyList<ConlluSentence> sentences, WordClusters clusters, int epochs, string trainingData, Action<string>? log = null, int runs = 1)
    {
        var labelIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var data = sentences.Select(s => new Example(
            [.. s.Words.Select(w => w.Form)],
            s.Words.Select(w => LabelId(labelIds, w.Upos + "|" + w.Xpos)).ToArray())).ToList();
        var labelCount = labelIds.Count;
        var lexicon = TaggerLexicon.Build(data.Select(d => (d.Words, d.Labels)), labelCount, WordForms.Normalize);

        log?.Invoke("first pass");
        var first = PerceptronModel.SumOfRuns(runs, Seed, (_, seed) => TrainPass(data, null, clusters, labelCount, lexicon, epochs, log, seed));
        const int Folds = 4;
        var right = new int[data.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            log?.Invoke($"jackknife fold {fold + 1} of {Folds}");
            var part = TrainPass([.. data.Where((_, k) => k % Folds != fold)], null, clusters, labelCount, lexicon, epochs, null);
            var tagger = new Tagger(part, part, new ModelInfo(Kind, [.. labelIds.Keys], "", "", new Dictionary<string, string>()), lexicon, clusters);
            for (var k = fold; k < data.Count; k += Folds)
            {
                right[k] = tagger.Pass(part, new WordForms(data[k].Words, clusters), null);
            }
        }
        log?.Invoke("second pass");
        var second = PerceptronModel.SumOfRuns(runs, Seed, (_, seed) => TrainPass(data, right, clusters, labelCount, lexicon, epochs, log, seed));

        var labels = labelIds.OrderBy(l => l.Value).Select(l => l.Key).ToArray();
        var properties = new Dictionary<string, string>
        {
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
            ["clusters"] = clusters.Info.TrainingData,
        };
        lexicon.WriteTo(properties);
        return new Tagger(first, second, new ModelInfo(Kind, labels, trainingData, Attribution.UdEwt, properties), lexicon, clusters);
    }

    /// <summary>Tags every training sentence with a tagger trained on the other folds, so that a model
    /// trained on top (the parser) learns from tags as wrong as they will be at run time.</summary>
    /// <remarks>The folds train side by side, one per processor; the result does not depend on how many.</remarks>
    public static PosTag[][] Jackknife(IReadOnlyList<ConlluSentence> sentences, WordClusters clusters, int folds, int epochs, Action<string>? log = null)
    {
        var result = new PosTag[sentences.Count][];
        var gate = new object();
        // Folds take every fold-th sentence, so each tagger has seen the rest of a sentence's document
        // (UPOS 96.5% on train). Folds of consecutive sentences give tags as poor as on new text (95.3%),
        // but the parser trained on them did less well on EWT dev (UAS 85.42 against 85.67).
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fold =>
        {
            var tagger = Train([.. sentences.Where((_, k) => k % folds != fold)], clusters, epochs, "", null);
            for (var k = fold; k < sentences.Count; k += folds)
            {
                result[k] = tagger.Tag([.. sentences[k].Words.Select(w => w.Form)]);
            }
            lock (gate)
            {
                log?.Invoke($"  tagged fold {fold + 1} of {folds}");
            }
        });
        return result;
    }

    private sealed record Example(IReadOnlyList<string> Words, int[] Labels);

    private static PerceptronModel TrainPass(List<Example> data, int[][]? right, WordClusters clusters, int labelCount, TaggerLexicon lexicon, int epochs,
        Action<string>? log, int seed = Seed)
    {
        var perceptron = new AveragedPerceptron(labelCount);
        var random = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[labelCount];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, total = 0;
            foreach (var k in order)
            {
                var (words, gold) = data[k];
                var sentence = new WordForms(words, clusters);
                var guesses = new int[words.Count];
                for (var i = 0; i < words.Count; i++)
                {
                    if (lexicon.TryUnambiguous(words[i], out var known))
                    {
                        guesses[i] = known;
                        continue;
                    }
                    var n = Features(sentence, guesses, right?[k], i, features);
                    var guess = perceptron.Predict(features[..n], scores);
                    perceptron.Update(features[..n], gold[i], guess);
                    // The next word's features see the tag the tagger itself chose, as at run time.
                    guesses[i] = guess;
                    errors += guess == gold[i] ? 0 : 1;
                    total++;
                }
            }
            log?.Invoke(FormattableString.Invariant($"  epoch {epoch + 1}: {errors} errors in {total} words outside the dictionary"));
        }
        return perceptron.Average();
    }

    private static int LabelId(Dictionary<string, int> ids, string label)
    {
        if (!ids.TryGetValue(label, out var id))
        {
            id = ids.Count;
            ids[label] = id;
        }
        return id;
    }

    private static int Features(WordForms sentence, int[] labels, int[]? right, int i, Span<ulong> f)
    {
        var words = sentence.Words;
        var word = words[i];
        var lower = sentence.Lower[i];
        var prev = i > 0 ? sentence.Lower[i - 1] : "<s>";
        var prev2 = i > 1 ? sentence.Lower[i - 2] : "<s>";
        var next = i + 1 < words.Count ? sentence.Lower[i + 1] : "</s>";
        var next2 = i + 2 < words.Count ? sentence.Lower[i + 2] : "</s>";
        var t1 = i > 0 ? Number(labels[i - 1]) : "<s>";
        var t2 = i > 1 ? Number(labels[i - 2]) : "<s>";
        var shape = sentence.Shapes[i];
        var n = 0;
        f[n++] = FeatureHash.Of(0, "bias");
        f[n++] = FeatureHash.Of(1, lower);
        f[n++] = FeatureHash.Of(2, Suffix(lower, 3));
        f[n++] = FeatureHash.Of(3, Suffix(lower, 2));
        f[n++] = FeatureHash.Of(4, Suffix(lower, 1));
        f[n++] = FeatureHash.Of(5, Prefix(lower, 1));
        f[n++] = FeatureHash.Of(6, Prefix(lower, 3));
        f[n++] = FeatureHash.Of(7, shape);
        f[n++] = FeatureHash.Of(8, t1);
        f[n++] = FeatureHash.Of(9, t1, t2);
        f[n++] = FeatureHash.Of(10, t1, lower);
        f[n++] = FeatureHash.Of(11, prev);
        f[n++] = FeatureHash.Of(12, Suffix(prev, 3));
        f[n++] = FeatureHash.Of(13, prev2);
        f[n++] = FeatureHash.Of(14, next);
        f[n++] = FeatureHash.Of(15, Suffix(next, 3));
        f[n++] = FeatureHash.Of(16, next2);
        f[n++] = FeatureHash.Of(17, prev, lower);
        f[n++] = FeatureHash.Of(18, lower, next);
        f[n++] = FeatureHash.Of(19, t1, next);
        f[n++] = FeatureHash.Of(20, Suffix(lower, 4));
        f[n++] = FeatureHash.Of(21, i == 0 ? "first" : "inside", shape);
        f[n++] = FeatureHash.Of(22, word.Length > 0 && char.IsUpper(word[0]) ? "cap" : "low", t1);
        f[n++] = FeatureHash.Of(23, prev, t1, lower);
        f[n++] = FeatureHash.Of(24, i + 1 < words.Count ? sentence.Shapes[i + 1] : EndShape, shape);
        f[n++] = FeatureHash.Of(25, word.Contains('-') ? "hyphen" : "-", word.Any(char.IsDigit) ? "digit" : "-");
        f[n++] = FeatureHash.Of(26, Suffix(lower, 5));
        f[n++] = FeatureHash.Of(27, Prefix(lower, 2));
        f[n++] = FeatureHash.Of(28, shape, Suffix(lower, 3));
        f[n++] = FeatureHash.Of(29, t1, Suffix(lower, 3));
        f[n++] = FeatureHash.Of(30, Suffix(prev, 2), lower);
        f[n++] = FeatureHash.Of(31, lower, Suffix(next, 2));
        var c0 = sentence.Clusters[i];
        var cPrev = i > 0 ? sentence.Clusters[i - 1] : "<s>";
        var cNext = i + 1 < words.Count ? sentence.Clusters[i + 1] : "</s>";
        f[n++] = FeatureHash.Of(32, c0);
        f[n++] = FeatureHash.Of(33, sentence.Coarse[i]);
        f[n++] = FeatureHash.Of(34, cPrev);
        f[n++] = FeatureHash.Of(35, cNext);
        f[n++] = FeatureHash.Of(36, c0, t1);
        f[n++] = FeatureHash.Of(37, c0, cNext);
        f[n++] = FeatureHash.Of(38, c0, shape);


        if (right is not null)
        {
            var r1 = i + 1 < right.Length ? Number(right[i + 1]) : "</s>";
            var r2 = i + 2 < right.Length ? Number(right[i + 2]) : "</s>";
            f[n++] = FeatureHash.Of(40, r1);
            f[n++] = FeatureHash.Of(41, r1, r2);
            f[n++] = FeatureHash.Of(42, t1, r1);
            f[n++] = FeatureHash.Of(43, r1, lower);
            f[n++] = FeatureHash.Of(44, Number(right[i]));
        }
        return n;
    }

    private static readonly string EndShape = SentenceSplitter.Shape("</s>");
    private static string Number(int label) => WordForms.Number(label);


    private static ReadOnlySpan<char> Suffix(string word, int n) => word.Length <= n ? word : word.AsSpan(word.Length - n);

    private static ReadOnlySpan<char> Prefix(string word, int n) => word.Length <= n ? word : word.AsSpan(0, n);
}
