using System.Globalization;
using Corroborate.Language.Learning;

namespace Corroborate.Language;

/// <summary>A word's place in a sentence's dependency tree: its head (the head word's number, counting
/// from 1; 0 for the root) and the Universal Dependencies relation to it (<c>nsubj</c>, <c>obj</c>, <c>nsubj:pass</c>…).</summary>
public readonly record struct Dependency(int Head, string Relation);

/// <summary>A training sentence for the parser: its words, their (predicted) tags, and the gold tree
/// (<see cref="Heads"/> counting from 1, 0 for the root).</summary>
public sealed record ParserExample(IReadOnlyList<string> Words, IReadOnlyList<PosTag> Tags, IReadOnlyList<int> Heads, IReadOnlyList<string> Relations);

/// <summary>
/// A labelled transition-based dependency parser: arc-eager transitions (Nivre 2003) chosen greedily by
/// an averaged perceptron over the rich non-local features of Zhang and Nivre (2011) plus word classes,
/// trained with the dynamic oracle of Goldberg and Nivre (2012), so that it learns to recover from its
/// own mistakes rather than only to follow gold paths.
/// </summary>
/// <remarks>
/// A sentence of n words takes 2n transitions, each scoring some ninety features, so parsing is linear in
/// the sentence's length. Trees are projective; training trees are made projective by lifting the few
/// crossing arcs to the head's head. One word is the root. Loaded once; immutable and thread-safe.
/// </remarks>
public sealed class DependencyParser
{
    public const string Kind = "parser";

    // Raised whenever the features change, so that a model trained with other features is refused, not misread.
    private const string FeatureVersion = "1";
    private const int MaxFeatures = 128;

    // Averaged weights smaller than this are dropped. Chosen on EWT dev: at 1 the model is 9.8 MiB instead
    // of 25 and UAS is the same (85.67 against 85.63); at 2 it loses half a point.
    private const float SmallestWeight = 1;

    private const int Shift = 0;
    private const int Reduce = 1;

    private readonly PerceptronModel _model;
    private readonly WordClusters _clusters;
    private readonly string[] _relations;
    private readonly int _rootRelation;
    private readonly int _fallbackRelation; // for words left without a head (see Finish)

    private DependencyParser(PerceptronModel model, ModelInfo info, WordClusters clusters)
    {
        _model = model;
        _clusters = clusters;
        Info = info;
        _relations = [.. info.Labels];
        _rootRelation = Array.IndexOf(_relations, "root");
        _fallbackRelation = Array.IndexOf(_relations, "dep") is var dep and >= 0 ? dep : _rootRelation;
        if (_rootRelation < 0 || model.Labels != 2 + 2 * _relations.Length || _relations.Length > 64)
        {
            throw new InvalidDataException($"a parser model needs a root relation, at most 64 relations and 2 + 2 × relations classes; this one has {_relations.Length} relations and {model.Labels} classes");
        }
    }

    public ModelInfo Info { get; }

    /// <summary>The relations this parser labels arcs with.</summary>
    public IReadOnlyList<string> Relations => _relations;

    public static DependencyParser Load(string path, WordClusters clusters)
    {
        var (info, models) = ModelFile.Read(path, Kind);
        ModelFile.RequireTrainedWith(info, path, clusters, FeatureVersion, "parser", "corroborate train parser");
        return new DependencyParser(models[0], info, clusters);
    }

    public void Save(string path) => ModelFile.Write(path, Info, [_model]);

    /// <summary>The same parser without its weights smaller than <paramref name="minimum"/> (see <see cref="PerceptronModel.Pruned"/>).</summary>
    internal DependencyParser Pruned(float minimum) => new(_model.Pruned(minimum), Info, _clusters);

    /// <summary>Parses one sentence, given its words and their part-of-speech tags.</summary>
    /// <returns>One dependency per word, in order.</returns>
    public IReadOnlyList<Dependency> Parse(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags) => Parse(new WordForms(words, _clusters), tags);

    /// <summary>Parses one sentence whose word forms the caller has computed (and shares with the tagger).</summary>
    internal Dependency[] Parse(WordForms forms, IReadOnlyList<PosTag> tags)
    {
        var n = forms.Words.Count;
        var result = new Dependency[n];
        if (n == 0)
        {
            return result;
        }
        var sentence = new Sentence(forms, tags);
        var state = new State(n);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[_model.Labels];
        while (!state.Done)
        {
            var count = Features(sentence, state, features);
            _model.Predict(features[..count], scores);
            Apply(state, Best(state, scores, _rootRelation));
        }
        Finish(state, _rootRelation, _fallbackRelation);
        for (var i = 1; i <= n; i++)
        {
            result[i - 1] = new Dependency(state.Heads[i], _relations[state.Labels[i]]);
        }
        return result;
    }

    /// <summary>Trains on treebank sentences with the dynamic oracle.</summary>
    /// <param name="examples">Sentences with gold trees and, ideally, tags from a tagger that has not seen them (as at run time).</param>
    /// <param name="epochs">Passes over the data; from the second on, the parser follows its own predictions (exploration).</param>
    /// <param name="smallestWeight">Averaged weights smaller than this are dropped (the default suits a treebank the size of EWT).</param>
    public static DependencyParser Train(IReadOnlyList<ParserExample> examples, WordClusters clusters, int epochs, string trainingData, string attribution,
        Action<string>? log = null, float smallestWeight = SmallestWeight)
    {
        var relations = examples.SelectMany(e => e.Relations).GroupBy(r => r, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();
        if (relations.Length > 64)
        {
            throw new InvalidDataException($"the training data has {relations.Length} relations; the parser holds at most 64");
        }
        var relationIds = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var rootRelation = relationIds.GetValueOrDefault("root", -1);
        if (rootRelation < 0)
        {
            throw new InvalidDataException("the training data has no root relation");
        }
        var data = examples.Where(e => e.Words.Count > 0).Select(e =>
        {
            var heads = Projective([0, .. e.Heads]);
            var labels = new int[heads.Length];
            for (var i = 1; i < heads.Length; i++)
            {
                labels[i] = relationIds[e.Relations[i - 1]];
            }
            return (Sentence: new Sentence(new WordForms(e.Words, clusters), e.Tags), Heads: heads, Labels: labels);
        }).ToList();

        var classes = 2 + 2 * relations.Length;
        var perceptron = new AveragedPerceptron(classes);
        var random = new Random(20231207);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var features = new ulong[MaxFeatures];
        var scores = new float[classes];
        var costs = new int[classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, total = 0;
            foreach (var k in order)
            {
                var (sentence, gold, goldLabels) = data[k];
                var state = new State(sentence.Length);
                while (!state.Done)
                {
                    var count = Features(sentence, state, features);
                    var span = features.AsSpan(0, count);
                    perceptron.Predict(span, scores);
                    var guess = Best(state, scores, rootRelation);
                    Costs(state, gold, goldLabels, costs);
                    var right = Cheapest(state, scores, costs, rootRelation);
                    if (costs[guess] <= costs[right])
                    {
                        right = guess; // any move that loses nothing more than the best is right
                    }
                    perceptron.Update(span, right, guess);
                    errors += right == guess ? 0 : 1;
                    total++;
                    // The dynamic oracle: after the first pass the parser goes where it chose, and learns what
                    // is best from there, as it will have to at run time.
                    Apply(state, epoch > 0 ? guess : right);
                }
            }
            log?.Invoke(FormattableString.Invariant($"  epoch {epoch + 1}: {errors} costly transitions in {total}"));
        }
        var properties = new Dictionary<string, string>
        {
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
            ["clusters"] = clusters.Info.TrainingData,
            ["features"] = FeatureVersion,
            ["transitions"] = "arc-eager",
        };
        return new DependencyParser(perceptron.Average(smallestWeight), new ModelInfo(Kind, relations, trainingData, attribution, properties), clusters);
    }

    // ---- Transitions ----

    // Classes: 0 shift, 1 reduce, 2 + 2r left arc with relation r, 3 + 2r right arc with relation r.
    private static bool IsLeft(int move) => move >= 2 && (move & 1) == 0;

    private static int Relation(int move) => (move - 2) >> 1;

    // Whether a move may be made: reduce only a word with its head, give a head only to a word without
    // one, let the root take one child, and let only the root's arc (and every arc from it) take the
    // root relation.
    private static bool Allowed(State state, int move, int rootRelation)
    {
        var s0 = state.Top;
        if (move == Shift)
        {
            return true;
        }
        if (move == Reduce)
        {
            return s0 != 0 && state.Heads[s0] >= 0;
        }
        if (IsLeft(move))
        {
            return s0 != 0 && state.Heads[s0] < 0 && Relation(move) != rootRelation;
        }
        return s0 == 0 ? state.RootChild == 0 && Relation(move) == rootRelation : Relation(move) != rootRelation;
    }

    // The best scored valid move.
    private static int Best(State state, ReadOnlySpan<float> scores, int rootRelation)
    {
        var best = Shift;
        for (var move = 1; move < scores.Length; move++)
        {
            if (scores[move] > scores[best] && Allowed(state, move, rootRelation))
            {
                best = move;
            }
        }
        return best;
    }

    // The valid move of least cost, the best scored among equals.
    private static int Cheapest(State state, ReadOnlySpan<float> scores, ReadOnlySpan<int> costs, int rootRelation)
    {
        var best = -1;
        for (var move = 0; move < scores.Length; move++)
        {
            if (!Allowed(state, move, rootRelation))
            {
                continue;
            }
            if (best < 0 || costs[move] < costs[best] || (costs[move] == costs[best] && scores[move] > scores[best]))
            {
                best = move;
            }
        }
        return best;
    }

    private static void Apply(State state, int move)
    {
        var s0 = state.Top;
        var b = state.Next;
        if (move == Shift)
        {
            state.Push(b);
            state.Next++;
        }
        else if (move == Reduce)
        {
            state.Pop();
        }
        else if (IsLeft(move))
        {
            state.Attach(b, s0, Relation(move));
            state.Pop();
        }
        else
        {
            state.Attach(s0, b, Relation(move));
            state.Push(b);
            state.Next++;
        }
    }

    // Words left without a head when the words run out: the first becomes the root if there is none,
    // and the rest hang from the root's word.
    private static void Finish(State state, int rootRelation, int fallbackRelation)
    {
        for (var i = 1; i <= state.Length; i++)
        {
            if (state.Heads[i] >= 0)
            {
                continue;
            }
            if (state.RootChild == 0)
            {
                state.Attach(0, i, rootRelation);
            }
            else
            {
                state.Attach(state.RootChild, i, fallbackRelation);
            }
        }
    }

    /// <summary>
    /// Each move's cost: how many arcs of the gold tree it makes unreachable (Goldberg and Nivre 2012), plus
    /// one for a gold arc with the wrong relation. Arc-eager is arc-decomposable, so these counts are exact.
    /// </summary>
    private static void Costs(State state, int[] gold, int[] goldLabels, int[] costs)
    {
        var s0 = state.Top;
        var b = state.Next;
        var n = state.Length;
        // Unheaded words on the stack whose gold head is b: pushing b loses them.
        var stackChildrenOfB = 0;
        for (var d = 0; d < state.Depth; d++)
        {
            var k = state.Stack[d];
            if (k != 0 && state.Heads[k] < 0 && gold[k] == b)
            {
                stackChildrenOfB++;
            }
        }
        // Gold dependents of s0 still in the buffer: popping s0 loses them.
        var bufferChildrenOfS0 = 0;
        for (var k = b; k <= n; k++)
        {
            if (gold[k] == s0)
            {
                bufferChildrenOfS0++;
            }
        }
        var shift = (state.InStack[gold[b]] ? 1 : 0) + stackChildrenOfB;
        var right = (gold[b] != s0 && (state.InStack[gold[b]] || gold[b] > b) ? 1 : 0) + stackChildrenOfB;
        var left = s0 == 0 ? 0 : (gold[s0] > b ? 1 : 0) + bufferChildrenOfS0;
        costs[Shift] = shift;
        costs[Reduce] = bufferChildrenOfS0;
        for (var r = 0; r < (costs.Length - 2) / 2; r++)
        {
            costs[2 + 2 * r] = left + (gold[s0] == b && goldLabels[s0] != r ? 1 : 0);
            costs[3 + 2 * r] = right + (gold[b] == s0 && goldLabels[b] != r ? 1 : 0);
        }
    }

    /// <summary>Follows the oracle's cheapest moves from the start (ties to the first move): for a projective
    /// tree this must rebuild it exactly, every arc and relation (a check of <see cref="Costs"/>).</summary>
    /// <param name="heads">The tree, <c>heads[0]</c> unused, 0 for the root.</param>
    /// <param name="relations">Relation ids per word; <paramref name="rootRelation"/> for the root's word.</param>
    internal static (int[] Heads, int[] Relations) FollowOracle(int[] heads, int[] relations, int relationCount, int rootRelation)
    {
        var n = heads.Length - 1;
        var state = new State(n);
        var gold = new int[n + 2];
        heads.CopyTo(gold, 0);
        var costs = new int[2 + 2 * relationCount];
        var scores = new float[costs.Length];
        while (!state.Done)
        {
            Costs(state, gold, relations, costs);
            Apply(state, Cheapest(state, scores, costs, rootRelation));
        }
        Finish(state, rootRelation, rootRelation);
        return (state.Heads[..(n + 1)], state.Labels[..(n + 1)]);
    }

    /// <summary>Makes a tree projective by lifting each crossing arc to the head's head until none crosses.</summary>
    internal static int[] Projective(int[] heads)
    {
        var result = (int[])heads.Clone();
        bool changed;
        do
        {
            changed = false;
            for (var d = 1; d < result.Length; d++)
            {
                var h = result[d];
                if (h > 0 && !Projective(result, h, d))
                {
                    result[d] = result[h];
                    changed = true;
                }
            }
        }
        while (changed);
        return result;
    }

    // An arc is projective when its head dominates every word between the two.
    private static bool Projective(int[] heads, int h, int d)
    {
        var (from, to) = h < d ? (h + 1, d) : (d + 1, h);
        for (var k = from; k < to; k++)
        {
            var a = k;
            var steps = 0;
            while (a != h && a != 0 && steps++ < heads.Length)
            {
                a = heads[a];
            }
            if (a != h)
            {
                return false;
            }
        }
        return true;
    }

    // ---- Features ----

    /// <summary>A sentence as the features read it: hashes of each word's form, tag and word class, with
    /// the root at position 0.</summary>
    private sealed class Sentence
    {
        public Sentence(WordForms forms, IReadOnlyList<PosTag> tags)
        {
            Length = forms.Words.Count;
            Words = new ulong[Length + 1];
            Tags = new ulong[Length + 1];
            Classes = new ulong[Length + 1];
            Coarse = new ulong[Length + 1];
            Universal = new ulong[Length + 1];
            Suffixes = new ulong[Length + 1];
            Punctuation = new int[Length + 2];
            Words[0] = RootValue;
            Tags[0] = RootValue;
            Classes[0] = RootValue;
            Coarse[0] = RootValue;
            Universal[0] = RootValue;
            Suffixes[0] = RootValue;
            for (var i = 0; i < Length; i++)
            {
                var lower = forms.Lower[i];
                Words[i + 1] = FeatureHash.Of(0, lower);
                Tags[i + 1] = FeatureHash.Of(0, tags[i].Xpos);
                Classes[i + 1] = FeatureHash.Of(0, forms.Clusters[i]);
                Coarse[i + 1] = FeatureHash.Of(0, forms.Coarse[i]);
                Universal[i + 1] = FeatureHash.Of(0, tags[i].Upos);
                Suffixes[i + 1] = FeatureHash.Of(0, lower.Length > 3 ? lower.AsSpan(lower.Length - 3) : lower);
                Punctuation[i + 1] = Punctuation[i] + (tags[i].Upos == "PUNCT" ? 1 : 0);
            }
            Punctuation[Length + 1] = Punctuation[Length];
        }

        public ulong[] Coarse { get; }

        public ulong[] Universal { get; }

        public ulong[] Suffixes { get; }

        // Punctuation[i]: how many punctuation marks among words 1..i.
        public int[] Punctuation { get; }

        public int Length { get; }

        public ulong[] Words { get; }

        public ulong[] Tags { get; }

        public ulong[] Classes { get; }
    }

    /// <summary>A parser configuration: the stack, the next word of the buffer, and the arcs so far with
    /// what the features ask of them (outermost children, counts and relation sets per side).</summary>
    private sealed class State
    {
        public State(int length)
        {
            Length = length;
            Stack = new int[length + 1];
            InStack = new bool[length + 2];
            Heads = new int[length + 2];
            Labels = new int[length + 1];
            Left1 = new int[length + 1];
            Left2 = new int[length + 1];
            Right1 = new int[length + 1];
            Right2 = new int[length + 1];
            LeftCount = new int[length + 1];
            RightCount = new int[length + 1];
            LeftSet = new ulong[length + 1];
            RightSet = new ulong[length + 1];
            Array.Fill(Heads, -1);
            Stack[0] = 0;
            InStack[0] = true;
            Depth = 1;
            Next = 1;
        }

        public int Length { get; }

        public int[] Stack { get; }

        public int Depth { get; private set; }

        // Slot Length + 1 stands for "past the end" so that gold heads may be looked up without a test.
        public bool[] InStack { get; }

        public int Next { get; set; }

        public int[] Heads { get; }

        public int[] Labels { get; }

        public int[] Left1 { get; }

        public int[] Left2 { get; }

        public int[] Right1 { get; }

        public int[] Right2 { get; }

        public int[] LeftCount { get; }

        public int[] RightCount { get; }

        public ulong[] LeftSet { get; }

        public ulong[] RightSet { get; }

        public int RootChild { get; private set; }

        public bool Done => Next > Length;

        public int Top => Stack[Depth - 1];

        public int Second => Depth > 1 ? Stack[Depth - 2] : -1;

        public void Push(int word)
        {
            Stack[Depth++] = word;
            InStack[word] = true;
        }

        public void Pop() => InStack[Stack[--Depth]] = false;

        public void Attach(int head, int dependent, int relation)
        {
            Heads[dependent] = head;
            Labels[dependent] = relation;
            if (head == 0)
            {
                RootChild = dependent;
                return;
            }
            if (dependent < head)
            {
                LeftCount[head]++;
                LeftSet[head] |= 1UL << relation;
                if (Left1[head] == 0 || dependent < Left1[head])
                {
                    Left2[head] = Left1[head];
                    Left1[head] = dependent;
                }
                else if (Left2[head] == 0 || dependent < Left2[head])
                {
                    Left2[head] = dependent;
                }
            }
            else
            {
                RightCount[head]++;
                RightSet[head] |= 1UL << relation;
                if (dependent > Right1[head])
                {
                    Right2[head] = Right1[head];
                    Right1[head] = dependent;
                }
                else if (dependent > Right2[head])
                {
                    Right2[head] = dependent;
                }
            }
        }
    }

    private const ulong NoneValue = 0x6E6F6E65UL; // "none": no word at this position
    private const ulong RootValue = 0x726F6F74UL; // "root"

    private static int Features(Sentence sentence, State state, Span<ulong> f)
    {
        var s0 = state.Top;
        var s1 = state.Second;
        var n0 = state.Next <= state.Length ? state.Next : -1;
        var n1 = n0 > 0 && n0 + 1 <= state.Length ? n0 + 1 : -1;
        var n2 = n1 > 0 && n1 + 1 <= state.Length ? n1 + 1 : -1;
        var s0h = s0 > 0 ? state.Heads[s0] : -1;
        var s0h2 = s0h > 0 ? state.Heads[s0h] : -1;
        var s0l = s0 > 0 ? Child(state.Left1[s0]) : -1;
        var s0l2 = s0 > 0 ? Child(state.Left2[s0]) : -1;
        var s0r = s0 > 0 ? Child(state.Right1[s0]) : -1;
        var s0r2 = s0 > 0 ? Child(state.Right2[s0]) : -1;
        var n0l = n0 > 0 ? Child(state.Left1[n0]) : -1;
        var n0l2 = n0 > 0 ? Child(state.Left2[n0]) : -1;

        ulong W(int i) => i < 0 ? NoneValue : sentence.Words[i];
        ulong P(int i) => i < 0 ? NoneValue : sentence.Tags[i];
        ulong C(int i) => i < 0 ? NoneValue : sentence.Classes[i];
        ulong K(int i) => i < 0 ? NoneValue : sentence.Coarse[i];
        ulong U(int i) => i < 0 ? NoneValue : sentence.Universal[i];
        ulong S(int i) => i < 0 ? NoneValue : sentence.Suffixes[i];
        ulong L(int i) => i <= 0 || state.Heads[i] < 0 ? NoneValue : (ulong)state.Labels[i] + 1;

        var s0w = W(s0);
        var s0p = P(s0);
        var n0w = W(n0);
        var n0p = P(n0);
        var n1w = W(n1);
        var n1p = P(n1);
        var n2p = P(n2);
        var distance = (ulong)(n0 < 0 ? 0 : Math.Min(n0 - s0, 7) + (n0 - s0 > 10 ? 1 : 0));
        var s0vl = (ulong)(s0 > 0 ? state.LeftCount[s0] : 0);
        var s0vr = (ulong)(s0 > 0 ? state.RightCount[s0] : 0);
        var n0vl = (ulong)(n0 > 0 ? state.LeftCount[n0] : 0);
        var s0sl = s0 > 0 ? state.LeftSet[s0] : 0;
        var s0sr = s0 > 0 ? state.RightSet[s0] : 0;
        var n0sl = n0 > 0 ? state.LeftSet[n0] : 0;

        var k = 0;
        f[k++] = H(0, 1);
        // Single words.
        f[k++] = H(1, s0w, s0p);
        f[k++] = H(2, s0w);
        f[k++] = H(3, s0p);
        f[k++] = H(4, n0w, n0p);
        f[k++] = H(5, n0w);
        f[k++] = H(6, n0p);
        f[k++] = H(7, n1w, n1p);
        f[k++] = H(8, n1w);
        f[k++] = H(9, n1p);
        f[k++] = H(10, W(n2), n2p);
        f[k++] = H(11, W(n2));
        f[k++] = H(12, n2p);
        // Pairs of the stack's top and the buffer's front.
        f[k++] = H(13, s0w, s0p, n0w, n0p);
        f[k++] = H(14, s0w, s0p, n0w);
        f[k++] = H(15, s0w, n0w, n0p);
        f[k++] = H(16, s0w, s0p, n0p);
        f[k++] = H(17, s0p, n0w, n0p);
        f[k++] = H(18, s0w, n0w);
        f[k++] = H(19, s0p, n0p);
        f[k++] = H(20, n0p, n1p);
        // Three words.
        f[k++] = H(21, n0p, n1p, n2p);
        f[k++] = H(22, s0p, n0p, n1p);
        f[k++] = H(23, P(s0h), s0p, n0p);
        f[k++] = H(24, s0p, P(s0l), n0p);
        f[k++] = H(25, s0p, P(s0r), n0p);
        f[k++] = H(26, s0p, n0p, P(n0l));
        // Distance between the two.
        f[k++] = H(27, s0w, distance);
        f[k++] = H(28, s0p, distance);
        f[k++] = H(29, n0w, distance);
        f[k++] = H(30, n0p, distance);
        f[k++] = H(31, s0w, n0w, distance);
        f[k++] = H(32, s0p, n0p, distance);
        // How many dependents each has on either side.
        f[k++] = H(33, s0w, s0vr);
        f[k++] = H(34, s0p, s0vr);
        f[k++] = H(35, s0w, s0vl);
        f[k++] = H(36, s0p, s0vl);
        f[k++] = H(37, n0w, n0vl);
        f[k++] = H(38, n0p, n0vl);
        // The head and outermost dependents.
        f[k++] = H(39, W(s0h));
        f[k++] = H(40, P(s0h));
        f[k++] = H(41, L(s0));
        f[k++] = H(42, W(s0l));
        f[k++] = H(43, P(s0l));
        f[k++] = H(44, L(s0l));
        f[k++] = H(45, W(s0r));
        f[k++] = H(46, P(s0r));
        f[k++] = H(47, L(s0r));
        f[k++] = H(48, W(n0l));
        f[k++] = H(49, P(n0l));
        f[k++] = H(50, L(n0l));
        // The head's head and the second outermost dependents.
        f[k++] = H(51, W(s0h2));
        f[k++] = H(52, P(s0h2));
        f[k++] = H(53, L(s0h));
        f[k++] = H(54, W(s0l2));
        f[k++] = H(55, P(s0l2));
        f[k++] = H(56, L(s0l2));
        f[k++] = H(57, W(s0r2));
        f[k++] = H(58, P(s0r2));
        f[k++] = H(59, L(s0r2));
        f[k++] = H(60, W(n0l2));
        f[k++] = H(61, P(n0l2));
        f[k++] = H(62, L(n0l2));
        f[k++] = H(63, s0p, P(s0l), P(s0l2));
        f[k++] = H(64, s0p, P(s0r), P(s0r2));
        f[k++] = H(65, s0p, P(s0h), P(s0h2));
        f[k++] = H(66, n0p, P(n0l), P(n0l2));
        // The relations of the dependents so far.
        f[k++] = H(67, s0w, s0sr);
        f[k++] = H(68, s0p, s0sr);
        f[k++] = H(69, s0w, s0sl);
        f[k++] = H(70, s0p, s0sl);
        f[k++] = H(71, n0w, n0sl);
        f[k++] = H(72, n0p, n0sl);
        // The word below the top of the stack.
        f[k++] = H(73, P(s1), s0p, n0p);
        f[k++] = H(74, W(s1));
        f[k++] = H(75, P(s1));
        // Word classes, which stand in for rare words.
        var s0c = C(s0);
        var n0c = C(n0);
        f[k++] = H(76, s0c);
        f[k++] = H(77, n0c);
        f[k++] = H(78, C(n1));
        f[k++] = H(79, s0c, n0c);
        f[k++] = H(80, s0c, n0p);
        f[k++] = H(81, s0p, n0c);
        f[k++] = H(82, n0c, C(n1));
        // Whether the top has its head yet, and what it is attached as.
        f[k++] = H(83, s0 > 0 && state.Heads[s0] >= 0 ? 1UL : 0UL, s0p, n0p);
        f[k++] = H(84, L(s0), n0p);
        f[k++] = H(85, n0w, n1w);
        // Universal tags.
        var s0u = U(s0);
        var n0u = U(n0);
        f[k++] = H(86, s0u, n0u);
        f[k++] = H(87, s0u, n0u, U(n1));
        f[k++] = H(88, n0u);
        // Coarse classes and classes of the neighbours in the tree.
        var s0k = K(s0);
        var n0k = K(n0);
        f[k++] = H(89, s0k, n0k);
        f[k++] = H(90, s0w, n0k);
        f[k++] = H(91, s0k, n0w);
        f[k++] = H(92, C(s0h));
        f[k++] = H(93, C(s0l), s0p);
        f[k++] = H(94, C(s0r), s0p);
        f[k++] = H(95, C(n0l), n0p);
        f[k++] = H(96, C(s1), s0p, n0p);
        // Punctuation between the two, and whether the stack's top is the root's side of a clause.
        var between = n0 > 0 ? (ulong)Math.Min(sentence.Punctuation[n0 - 1] - sentence.Punctuation[s0], 3) : 9;
        f[k++] = H(97, between, s0p, n0p);
        f[k++] = H(98, (ulong)Math.Min(state.Depth, 4), n0p, s0p);
        // Word endings for words the training data rarely had.
        f[k++] = H(99, S(s0), n0p);
        f[k++] = H(100, s0p, S(n0));
        f[k++] = H(101, s0w, n1w);
        return k;
    }

    private static int Child(int index) => index == 0 ? -1 : index;

    // Feature hashes: the template and its values mixed by the finalizer of SplitMix64, whose output bits
    // each depend on every input bit, so that combinations of hashes do not collide by structure.
    private static ulong H(int template, ulong a) => Mix(Mix(Seed(template) ^ a));

    private static ulong H(int template, ulong a, ulong b) => Mix(Mix(Seed(template) ^ a) ^ b);

    private static ulong H(int template, ulong a, ulong b, ulong c) => Mix(Mix(Mix(Seed(template) ^ a) ^ b) ^ c);

    private static ulong H(int template, ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(Mix(Seed(template) ^ a) ^ b) ^ c) ^ d);

    private static ulong Seed(int template) => (ulong)(template + 1) * 0x9E3779B97F4A7C15UL;

    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
