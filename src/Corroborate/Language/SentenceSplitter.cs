using Corroborate.Language.Corpora;
using Corroborate.Language.Learning;

namespace Corroborate.Language;

/// <summary>
/// Finds sentence boundaries between tokens: always at a paragraph break (a blank line), elsewhere where
/// an averaged perceptron trained on UD EWT says so, from the tokens around the gap (punctuation, case,
/// abbreviations and initials, quotes and brackets, line breaks).
/// </summary>
/// <remarks>Loaded once, immutable and thread-safe.</remarks>
public sealed class SentenceSplitter
{
    public const string Kind = "sentences";

    private const int End = 1;

    private readonly PerceptronModel _model;

    private SentenceSplitter(PerceptronModel model, ModelInfo info)
    {
        _model = model;
        Info = info;
    }

    public ModelInfo Info { get; }

    public static SentenceSplitter Load(string path)
    {
        var (info, models) = ModelFile.Read(path, Kind);
        return new SentenceSplitter(models[0], info);
    }

    /// <summary>The index of the first token of each sentence (the first is 0 when there are tokens).</summary>
    public int[] Split(string text, ReadOnlySpan<TextSpan> tokens)
    {
        var starts = new List<int>(tokens.Length / 15 + 1);
        if (tokens.Length == 0)
        {
            return [];
        }
        starts.Add(0);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[2];
        var words = new TokenWords(text, tokens);
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            if (IsParagraphBreak(text, tokens[i].End, tokens[i + 1].Start))
            {
                starts.Add(i + 1);
                continue;
            }
            if (PlainlyInside(text, tokens, i) || NumberInside(text, tokens, i))
            {
                continue;
            }
            var n = Features(text, tokens, words, i, features);
            if (_model.Predict(features[..n], scores) == End || AfterClosingNumber(text, tokens, i))
            {
                starts.Add(i + 1);
            }
        }
        return [.. starts];
    }

    /// <summary>Trains on treebank documents (tokenized by <see cref="Tokenizer"/>, labelled by the gold sentence ends).</summary>
    public static SentenceSplitter Train(IReadOnlyList<TreebankDocument> documents, int epochs, string trainingData, Action<string>? log = null)
    {
        var examples = new List<(ulong[] Features, int Label)>();
        Span<ulong> buffer = stackalloc ulong[MaxFeatures];
        foreach (var document in documents)
        {
            var tokens = Tokenizer.Tokenize(document.Text);
            var ends = document.SentenceEnds.ToHashSet();
            var words = new TokenWords(document.Text, tokens);
            for (var i = 0; i < tokens.Length - 1; i++)
            {
                if (IsParagraphBreak(document.Text, tokens[i].End, tokens[i + 1].Start) || PlainlyInside(document.Text, tokens, i))
                {
                    continue;
                }
                var n = Features(document.Text, tokens, words, i, buffer);
                examples.Add((buffer[..n].ToArray(), ends.Contains(tokens[i].End) ? End : 0));
            }
        }
        var perceptron = new AveragedPerceptron(2);
        var random = new Random(20231207);
        Span<float> scores = stackalloc float[2];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var errors = 0;
            foreach (var (features, label) in examples.OrderBy(_ => random.Next()))
            {
                var guess = perceptron.Predict(features, scores);
                errors += guess == label ? 0 : 1;
                perceptron.Update(features, label, guess);
            }
            log?.Invoke($"epoch {epoch + 1}: {errors} errors in {examples.Count} gaps");
        }
        var info = new ModelInfo(Kind, ["inside", "end"], trainingData, Attribution.UdEwt,
            new Dictionary<string, string> { ["epochs"] = epochs.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new SentenceSplitter(perceptron.Average(), info);
    }

    public void Save(string path) => ModelFile.Write(path, Info, [_model]);

    private const int MaxFeatures = 24;

    /// <summary>A word followed on the same line by a word in lower case: no sentence ends there that
    /// could be told from the text, and most gaps are like this, so the model is not asked.</summary>
    private static bool PlainlyInside(string text, ReadOnlySpan<TextSpan> tokens, int i)
    {
        var last = text[tokens[i].End - 1];
        var next = text[tokens[i + 1].Start];
        // A closing bracket before a word in lower case ends an aside, not a sentence: "Rep. Gwen Moore (D-Wis.) said".
        return (char.IsLetterOrDigit(last) || last is ')' or ']') && char.IsLower(next) && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).IndexOf('\n') < 0;
    }

    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("0123456789,.");

    /// <summary>A number with more words after it on the same line ("more than 1,000 Palestinian refugees"): a
    /// sentence does not end on a bare number without a full stop, though the treebank's web text, where
    /// lines often end so, taught the model to end some there.</summary>
    private static bool NumberInside(string text, ReadOnlySpan<TextSpan> tokens, int i)
    {
        var number = text.AsSpan(tokens[i].Start, tokens[i].Length);
        return char.IsAsciiDigit(number[^1]) && !number.ContainsAnyExcept(NumberChars) && char.IsLetter(text[tokens[i + 1].Start])
            && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).IndexOf('\n') < 0;
    }

    /// <summary>
    /// A full stop after a number, then a capital: "… by 7 to 2. Over 2 million …", "… on December 7. The
    /// remaining …". The treebank has few such sentence ends and many list numbers, so the model keeps them
    /// together; in running text they end a sentence, unless the number starts a line (a list).
    /// </summary>
    private static bool AfterClosingNumber(string text, ReadOnlySpan<TextSpan> tokens, int i)
    {
        if (i < 2 || text[tokens[i].Start] != '.' || tokens[i].Length != 1 || tokens[i + 1].Start == tokens[i].End
            || !char.IsUpper(text[tokens[i + 1].Start]) || tokens[i - 1].End != tokens[i].Start)
        {
            return false;
        }
        var number = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
        if (number.Length > 6 || number.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        // "1. The first point" on a line of its own is a list number.
        return !text.AsSpan(tokens[i - 2].End, tokens[i - 1].Start - tokens[i - 2].End).Contains('\n');
    }

    private static bool IsParagraphBreak(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' && ++newlines == 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The features of the gap after token <paramref name="i"/>.</summary>
    private static int Features(string text, ReadOnlySpan<TextSpan> tokens, TokenWords words, int i, Span<ulong> features)
    {
        var w0 = Word(text, tokens, i);
        var s0 = words.Shape(i);
        var s1 = words.Shape(i + 1);
        var gap = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
        var space = gap.Length == 0 ? "none" : gap.Contains('\n') ? "line" : "space";
        var lower0 = words.Lower(i);
        var lower1 = words.Lower(i + 1);
        var n = 0;
        features[n++] = FeatureHash.Of(0, "bias");
        features[n++] = FeatureHash.Of(1, lower0);
        features[n++] = FeatureHash.Of(2, lower1);
        features[n++] = FeatureHash.Of(3, words.Lower(i - 1));
        features[n++] = FeatureHash.Of(4, words.Lower(i + 2));
        features[n++] = FeatureHash.Of(5, s0);
        features[n++] = FeatureHash.Of(6, s1);
        features[n++] = FeatureHash.Of(7, s0, s1);
        features[n++] = FeatureHash.Of(8, space);
        features[n++] = FeatureHash.Of(9, space, s0, s1);
        features[n++] = FeatureHash.Of(10, lower0, s1);
        features[n++] = FeatureHash.Of(11, s0, lower1);
        features[n++] = FeatureHash.Of(12, words.Shape(i - 1), s0, s1);
        features[n++] = FeatureHash.Of(13, lower0, lower1);
        features[n++] = FeatureHash.Of(14, s1, words.Shape(i + 2));
        features[n++] = FeatureHash.Of(15, w0.Length > 1 && w0[^1] == '.' ? "dotted" : "plain", s1);
        features[n++] = FeatureHash.Of(16, w0.Length <= 3 ? w0.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : "long", s1);
        features[n++] = FeatureHash.Of(17, words.Lower(i - 1), lower0, s1);
        return n;
    }

    /// <summary>
    /// Each token's lower case and shape, computed once per text rather than once per feature, and only for
    /// the tokens around a gap the model is asked about (most gaps are plainly inside a sentence).
    /// </summary>
    private readonly ref struct TokenWords
    {
        private static readonly string StartLower = SentenceSplitter.Lower("<s>"), StartShape = SentenceSplitter.Shape("<s>"),
            EndLower = SentenceSplitter.Lower("</s>"), EndShape = SentenceSplitter.Shape("</s>");
        private readonly string _text;
        private readonly ReadOnlySpan<TextSpan> _tokens;
        private readonly string?[] _lower;
        private readonly string?[] _shape;

        public TokenWords(string text, ReadOnlySpan<TextSpan> tokens)
        {
            _text = text;
            _tokens = tokens;
            _lower = new string?[tokens.Length];
            _shape = new string?[tokens.Length];
        }

        public string Lower(int i) =>
            i < 0 ? StartLower : i >= _lower.Length ? EndLower : _lower[i] ??= SentenceSplitter.Lower(_text.AsSpan(_tokens[i].Start, _tokens[i].Length));

        public string Shape(int i) =>
            i < 0 ? StartShape : i >= _shape.Length ? EndShape : _shape[i] ??= SentenceSplitter.Shape(_text.AsSpan(_tokens[i].Start, _tokens[i].Length));
    }

    private static ReadOnlySpan<char> Word(string text, ReadOnlySpan<TextSpan> tokens, int i) =>
        i < 0 ? "<s>" : i >= tokens.Length ? "</s>" : text.AsSpan(tokens[i].Start, tokens[i].Length);

    private static string Lower(ReadOnlySpan<char> word) => word.Length > 20 ? "<long>" : word.ToString().ToLowerInvariant();

    /// <summary>A word's shape: Xx, x, X, d, and punctuation kept, with runs collapsed (at most 4).</summary>
    internal static string Shape(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[4];
        var n = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (n == 0 || shape[n - 1] != s)
            {
                if (n == 4)
                {
                    break;
                }
                shape[n++] = s;
            }
        }
        return new string(shape[..n]);
    }
}

/// <summary>The attribution models trained on CC BY-SA corpora carry in their header (and the README).</summary>
public static class Attribution
{
    public const string UdEwt =
        "Trained on UD English-EWT v2.16 (Universal Dependencies; CC BY-SA 4.0; texts from the LDC English Web Treebank). " +
        "This model is a derived work under CC BY-SA 4.0.";

    public const string UnerEwt =
        "Trained on UNER English-EWT (Universal NER; Mayhew et al. 2024; CC BY-SA 4.0) and UD English-EWT v2.16 (CC BY-SA 4.0). " +
        "This model is a derived work under CC BY-SA 4.0.";
}
