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
/// A labelled transition-based dependency parser: arc-eager transitions (Nivre 2003) scored by an averaged
/// perceptron over the rich non-local features of Zhang and Nivre (2011) plus word classes. A model with a
/// beam keeps the best few partial parses at each step and is trained on whole move sequences
/// (Zhang and Clark 2008, max-violation updates of Huang et al. 2012), so that a move is chosen for where
/// it leads and not only for how it looks now; a greedy model (a beam of one) is trained with the dynamic
/// oracle of Goldberg and Nivre (2012), so that it learns to recover from its own mistakes.
/// </summary>
/// <remarks>
/// A sentence of n words takes at most 2n transitions, each scoring some hundred features for each parse
/// in the beam, so parsing is linear in the sentence's length and in the beam's width. Trees are
/// projective; training trees are made projective by lifting the few crossing arcs to the head's head.
/// One word is the root. Loaded once; immutable and thread-safe.
/// </remarks>
public sealed class DependencyParser
{
    public const string Kind = "parser";

    // Raised whenever the features change, so that a model trained with other features is refused, not misread.
    private const string FeatureVersion = "1";
    private const int MaxFeatures = 128;
    private const int MaxBeam = 64;
    private const int FirstSeed = 20231207;

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
    private readonly int _beamWidth; // 1: greedy
    private readonly float _beamMargin; // parses further below the best than this are dropped from the beam

    private DependencyParser(PerceptronModel model, ModelInfo info, WordClusters clusters)
    {
        _model = model;
        _clusters = clusters;
        Info = info;
        _relations = [.. info.Labels];
        _rootRelation = Array.IndexOf(_relations, "root");
        _fallbackRelation = Array.IndexOf(_relations, "dep") is var dep and >= 0 ? dep : _rootRelation;
        _beamWidth = info.Properties.GetValueOrDefault("beam") is { } beam ? int.Parse(beam, CultureInfo.InvariantCulture) : 1;
        if (_beamWidth is < 1 or > MaxBeam)
        {
            throw new InvalidDataException($"a parser model's beam is 1 to {MaxBeam} wide, not {_beamWidth}");
        }
        _beamMargin = info.Properties.GetValueOrDefault("margin") is { } margin ? float.Parse(margin, CultureInfo.InvariantCulture) : float.PositiveInfinity;
        if (!(_beamMargin > 0))
        {
            throw new InvalidDataException($"a parser model's beam margin is above 0, not {_beamMargin}");
        }
        if (_rootRelation < 0 || model.Labels != 2 + 2 * _relations.Length || _relations.Length > 64)
        {
            throw new InvalidDataException($"a parser model needs a root relation, at most 64 relations and 2 + 2 × relations classes; this one has {_relations.Length} relations and {model.Labels} classes");
        }
    }

    public ModelInfo Info { get; }

    /// <summary>How many partial parses the search keeps at each step (1: greedy), as the model was trained.</summary>
    public int BeamWidth => _beamWidth;

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

    /// <summary>The same weights searched with another beam (to weigh speed against accuracy on dev; a model
    /// parses best with the beam it was trained with).</summary>
    /// <param name="margin">Parses whose score is further than this below the best one's are dropped, so that the beam
    /// narrows where the model is sure (infinity: never).</param>
    internal DependencyParser WithBeam(int width, float margin = float.PositiveInfinity)
    {
        var properties = Info.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        properties["beam"] = width.ToString(CultureInfo.InvariantCulture);
        properties.Remove("margin");
        if (float.IsFinite(margin))
        {
            properties["margin"] = margin.ToString("R", CultureInfo.InvariantCulture);
        }
        return new(_model, Info with { Properties = properties }, _clusters);
    }

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
        State state;
        if (_beamWidth == 1)
        {
            // Greedy states rarely share a group of features, so keeping group scores would cost more than it saves.
            state = new State(n);
            Span<ulong> features = stackalloc ulong[MaxFeatures];
            Span<float> scores = stackalloc float[_model.Labels];
            while (!state.Done)
            {
                var count = Features(sentence, state, features);
                _model.Predict(features[..count], scores);
                Apply(state, Best(state, scores, _rootRelation));
            }
        }
        else
        {
            var scorer = new MoveScores(sentence, _model.Labels, _model.AddScores);
            var beam = new Beam(n, _beamWidth, _model.Labels, _beamMargin);
            while (!beam.Done)
            {
                beam.Step(scorer, _rootRelation);
            }
            state = beam.Best;
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
    /// <param name="epochs">Passes over the data; greedy, from the second on the parser follows its own predictions (exploration).</param>
    /// <param name="smallestWeight">Averaged weights smaller than this are dropped (the default suits a treebank the size of EWT).</param>
    /// <param name="beam">How many partial parses to keep: 1 trains a greedy parser with the dynamic oracle; more trains
    /// the whole sequence of moves at once with a beam and max-violation updates (see <see cref="TrainGlobal"/>).</param>
    /// <param name="runs">How many parsers to train, each seeing the sentences in another order; their averaged weights
    /// are summed into one model (an ensemble that parses as fast as one of its members).</param>
    /// <param name="margin">For a beam: parses further than this below the best are dropped while parsing (see <see cref="WithBeam"/>).</param>
    public static DependencyParser Train(IReadOnlyList<ParserExample> examples, WordClusters clusters, int epochs, string trainingData, string attribution,
        Action<string>? log = null, float smallestWeight = SmallestWeight, int beam = 1, int runs = 1, float margin = float.PositiveInfinity)
    {
        if (!(margin > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "the beam's margin is above 0");
        }
        if (runs is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(runs), runs, "1 to 16 runs");
        }
        if (beam is < 1 or > MaxBeam)
        {
            throw new ArgumentOutOfRangeException(nameof(beam), beam, $"the beam is 1 to {MaxBeam} wide");
        }
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
        var summed = PerceptronModel.SumOfRuns(runs, FirstSeed, (run, seed) =>
        {
            Action<string>? runLog = log is null ? null : runs == 1 ? log : line => log($"run {run + 1}:{line}");
            var perceptron = beam == 1 ? TrainGreedy(data, classes, epochs, rootRelation, seed, runLog) : TrainGlobal(data, classes, epochs, beam, rootRelation, seed, runLog);
            return perceptron.Average(smallestWeight);
        });
        var properties = new Dictionary<string, string>
        {
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
            ["clusters"] = clusters.Info.TrainingData,
            ["features"] = FeatureVersion,
            ["transitions"] = "arc-eager",
        };
        if (beam > 1)
        {
            properties["beam"] = beam.ToString(CultureInfo.InvariantCulture);
        }
        if (runs > 1)
        {
            properties["runs"] = runs.ToString(CultureInfo.InvariantCulture);
        }
        if (beam > 1 && float.IsFinite(margin))
        {
            properties["margin"] = margin.ToString("R", CultureInfo.InvariantCulture);
        }
        // A sum of N averages is N times an average weight: the same floor, scaled, keeps the model compact.
        var model = runs == 1 ? summed : summed.Pruned(smallestWeight * runs);
        return new DependencyParser(model, new ModelInfo(Kind, relations, trainingData, attribution, properties), clusters);
    }

    // Greedy training with the dynamic oracle: one update per move, towards the cheapest.
    private static AveragedPerceptron TrainGreedy(List<(Sentence Sentence, int[] Heads, int[] Labels)> data, int classes, int epochs, int rootRelation, int seed, Action<string>? log)
    {
        var perceptron = new AveragedPerceptron(classes);
        var random = new Random(seed);
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
        return perceptron;
    }

    /// <summary>
    /// Global training (Zhang and Clark 2008, Zhang and Nivre 2011): the parser searches with a beam, and the
    /// whole sequence of moves is scored as one. Each sentence makes at most one update, at the step where the
    /// best partial parse beats the gold one by most (max-violation, Huang et al. 2012): towards the gold
    /// moves up to there and away from the best parse's. The gold moves are the static oracle's.
    /// </summary>
    private static AveragedPerceptron TrainGlobal(List<(Sentence Sentence, int[] Heads, int[] Labels)> data, int classes, int epochs, int width, int rootRelation, int seed, Action<string>? log)
    {
        var perceptron = new AveragedPerceptron(classes);
        var random = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var golds = data.Select(d => GoldMoves(d.Sentence.Length, d.Heads, d.Labels, classes, rootRelation)).ToArray();
        var features = new ulong[MaxFeatures];
        var scores = new float[classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var updates = 0;
            foreach (var k in order)
            {
                var sentence = data[k].Sentence;
                var gold = golds[k];
                var scorer = new MoveScores(sentence, classes, perceptron.AddScores);
                var beam = new Beam(sentence.Length, width, classes);
                var goldState = new State(sentence.Length);
                var goldScore = 0f;
                // Ties count as violations, or a model of zero weights would never learn.
                var worst = -1f;
                int[]? violator = null;
                var goldSteps = 0;
                while (!beam.Done)
                {
                    beam.Step(scorer, rootRelation, gold);
                    if (!goldState.Done)
                    {
                        scorer.Score(goldState, scores);
                        goldScore += scores[gold[goldState.Steps]];
                        Apply(goldState, gold[goldState.Steps]);
                    }
                    var violation = beam.BestScore - goldScore;
                    if (!beam.BestIsGold && violation >= 0 && violation > worst)
                    {
                        worst = violation;
                        var best = beam.Best;
                        violator = best.Moves[..best.Steps];
                        goldSteps = goldState.Steps;
                    }
                }
                if (violator is not null)
                {
                    Reward(perceptron, sentence, gold.AsSpan(0, goldSteps), violator, features);
                    updates++;
                }
                perceptron.EndStep();
            }
            log?.Invoke(FormattableString.Invariant($"  epoch {epoch + 1}: {updates} updates in {data.Count} sentences"));
        }
        return perceptron;
    }

    // The update of a violation: the features of the gold moves up, the violator's down, from the first
    // move where the two part (before it both saw the same states, so those features would cancel).
    private static void Reward(AveragedPerceptron perceptron, Sentence sentence, ReadOnlySpan<int> gold, ReadOnlySpan<int> violator, ulong[] features)
    {
        var common = 0;
        while (common < gold.Length && common < violator.Length && gold[common] == violator[common])
        {
            common++;
        }
        foreach (var (moves, amount) in new[] { (gold.ToArray(), 1f), (violator.ToArray(), -1f) })
        {
            var state = new State(sentence.Length);
            for (var t = 0; t < moves.Length; t++)
            {
                if (t >= common)
                {
                    var count = Features(sentence, state, features);
                    perceptron.Reward(features.AsSpan(0, count), moves[t], amount);
                }
                Apply(state, moves[t]);
            }
        }
    }

    // The static oracle's moves for a projective tree: the cheapest at each step, shift before reduce when both cost nothing.
    private static int[] GoldMoves(int n, int[] heads, int[] labels, int classes, int rootRelation)
    {
        var state = new State(n);
        var gold = new int[n + 2];
        heads.CopyTo(gold, 0);
        var costs = new int[classes];
        var scores = new float[classes];
        while (!state.Done)
        {
            Costs(state, gold, labels, costs);
            Apply(state, Cheapest(state, scores, costs, rootRelation));
        }
        return state.Moves[..state.Steps];
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

    // The best scored valid left and right arcs (-1 where there is none), as Allowed has it.
    private static (int Left, int Right) BestArcs(State state, ReadOnlySpan<float> scores, int rootRelation)
    {
        var s0 = state.Top;
        int left = -1, right = -1;
        if (s0 == 0)
        {
            return (-1, state.RootChild == 0 ? 3 + 2 * rootRelation : -1);
        }
        var canLeft = state.Heads[s0] < 0;
        for (var r = 0; 3 + 2 * r < scores.Length; r++)
        {
            if (r == rootRelation)
            {
                continue;
            }
            if (canLeft && (left < 0 || scores[2 + 2 * r] > scores[left]))
            {
                left = 2 + 2 * r;
            }
            if (right < 0 || scores[3 + 2 * r] > scores[right])
            {
                right = 3 + 2 * r;
            }
        }
        return (left, right);
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
        state.Moves[state.Steps++] = move;
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
            Moves = new int[2 * length + 1];
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

        // The moves that led here, for the update of global training.
        public int[] Moves { get; }

        public int Steps { get; set; }

        public bool Done => Next > Length;

        /// <summary>Becomes a copy of <paramref name="other"/>, a state of the same sentence (the beam reuses its states).</summary>
        public void CopyFrom(State other)
        {
            var n = Length + 1;
            other.Stack.AsSpan(0, other.Depth).CopyTo(Stack);
            other.InStack.AsSpan().CopyTo(InStack);
            other.Heads.AsSpan().CopyTo(Heads);
            other.Labels.AsSpan(0, n).CopyTo(Labels);
            other.Left1.AsSpan(0, n).CopyTo(Left1);
            other.Left2.AsSpan(0, n).CopyTo(Left2);
            other.Right1.AsSpan(0, n).CopyTo(Right1);
            other.Right2.AsSpan(0, n).CopyTo(Right2);
            other.LeftCount.AsSpan(0, n).CopyTo(LeftCount);
            other.RightCount.AsSpan(0, n).CopyTo(RightCount);
            other.LeftSet.AsSpan(0, n).CopyTo(LeftSet);
            other.RightSet.AsSpan(0, n).CopyTo(RightSet);
            other.Moves.AsSpan(0, other.Steps).CopyTo(Moves);
            Steps = other.Steps;
            Depth = other.Depth;
            Next = other.Next;
            RootChild = other.RootChild;
        }

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

    private delegate void AddScores(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>
    /// Every move's score in the states of one sentence, under weights that do not change meanwhile. The
    /// features come in groups (the buffer's front; it with the stack's top; the top's side of the partial
    /// tree; the front's), and each group's scores are kept under a key of what its features read, since
    /// many states share a group (a shift leaves the top's side as it was; a reduce the buffer; a beam
    /// holds states alike but for a move or two): most states then look up only a dozen features of their own.
    /// </summary>
    private sealed class MoveScores(Sentence sentence, int labels, AddScores model)
    {
        private const int Buffer = 1, Pair = 2, Top = 3, Front = 4;

        private readonly ulong[] _features = new ulong[MaxFeatures];
        private readonly Dictionary<ulong, int> _rows = [];
        private float[] _scores = new float[4 * (sentence.Length + 1) * labels];

        public void Score(State state, Span<float> scores)
        {
            var w = Neighbours.Of(state);
            var (s0, n0) = (w.S0, w.N0);
            scores.Clear();
            Add(Buffer, Mix((ulong)n0), state, w, scores);
            Add(Pair, Mix(((ulong)s0 << 32) | (uint)n0), state, w, scores);
            // Every value the top's and the front's features read, the words' forms and tags aside.
            var top = Mix((ulong)s0);
            foreach (var value in (ReadOnlySpan<ulong>)[(ulong)w.S0h, (ulong)w.S0h2, (ulong)w.S0l, (ulong)w.S0l2, (ulong)w.S0r, (ulong)w.S0r2,
                RelationOf(state, s0), RelationOf(state, w.S0h), RelationOf(state, w.S0l), RelationOf(state, w.S0l2), RelationOf(state, w.S0r), RelationOf(state, w.S0r2),
                (ulong)(s0 > 0 ? state.LeftCount[s0] : 0), (ulong)(s0 > 0 ? state.RightCount[s0] : 0), s0 > 0 ? state.LeftSet[s0] : 0, s0 > 0 ? state.RightSet[s0] : 0])
            {
                top = Mix(top ^ value);
            }
            Add(Top, top, state, w, scores);
            var front = Mix((ulong)n0);
            foreach (var value in (ReadOnlySpan<ulong>)[(ulong)w.N0l, (ulong)w.N0l2, RelationOf(state, w.N0l), RelationOf(state, w.N0l2),
                (ulong)state.LeftCount[n0], state.LeftSet[n0]])
            {
                front = Mix(front ^ value);
            }
            Add(Front, front, state, w, scores);
            var f = _features.AsSpan();
            model(f[..JoinFeatures(sentence, state, w, f)], scores);
        }

        // Adds a group's scores, kept from another state with the same key or looked up now.
        private void Add(int group, ulong key, State state, Neighbours w, Span<float> scores)
        {
            key = Mix(key ^ Seed(group));
            if (!_rows.TryGetValue(key, out var row))
            {
                row = _rows.Count;
                if ((row + 1) * labels > _scores.Length)
                {
                    Array.Resize(ref _scores, _scores.Length * 2);
                }
                var f = _features.AsSpan();
                var count = group switch
                {
                    Buffer => BufferFeatures(sentence, w.N0, f),
                    Pair => PairFeatures(sentence, w.S0, w.N0, f),
                    Top => TopFeatures(sentence, state, w, f),
                    _ => FrontFeatures(sentence, state, w, f),
                };
                model(f[..count], _scores.AsSpan(row * labels, labels));
                _rows[key] = row;
            }
            PerceptronModel.AddRow(_scores.AsSpan(row * labels, labels), scores);
        }
    }

    /// <summary>
    /// Beam search over move sequences: at each step every kept parse is extended by each kind of move it
    /// may make (an arc with its best relation), and the <c>width</c> best extensions by total score are kept. A parse whose words have run out is carried
    /// on unchanged, so that parses of different lengths compete until all are done.
    /// </summary>
    private sealed class Beam
    {
        private const int Idle = -1;

        private readonly int _width;
        private readonly float _margin;
        private State[] _items;
        private State[] _next;
        private float[] _scores;
        private float[] _nextScores;
        private bool[] _gold;
        private bool[] _nextGold;
        private readonly float[] _candidateScores;
        private readonly int[] _candidateParents;
        private readonly int[] _candidateMoves;
        private readonly float[] _moveScores;

        public Beam(int length, int width, int classes, float margin = float.PositiveInfinity)
        {
            _width = width;
            _margin = margin;
            _items = new State[width];
            _next = new State[width];
            for (var i = 0; i < width; i++)
            {
                _items[i] = new State(length);
                _next[i] = new State(length);
            }
            _scores = new float[width];
            _nextScores = new float[width];
            _gold = new bool[width];
            _nextGold = new bool[width];
            _candidateScores = new float[width];
            _candidateParents = new int[width];
            _candidateMoves = new int[width];
            _moveScores = new float[classes];
            Count = 1;
            _gold[0] = true;
        }

        public int Count { get; private set; }

        public bool Done { get; private set; }

        /// <summary>The best parse so far (the best finished one once <see cref="Done"/>).</summary>
        public State Best => _items[0];

        public float BestScore => _scores[0];

        /// <summary>Whether the best parse so far follows the gold moves (when <see cref="Step"/> is given them).</summary>
        public bool BestIsGold => _gold[0];

        /// <summary>Extends the parses by one move each. <paramref name="gold"/>, in training, marks which parse follows it.</summary>
        public void Step(MoveScores scorer, int rootRelation, int[]? gold = null)
        {
            var kept = 0;
            for (var i = 0; i < Count; i++)
            {
                var item = _items[i];
                if (item.Done)
                {
                    Offer(ref kept, _scores[i], i, Idle);
                    continue;
                }
                scorer.Score(item, _moveScores);
                // Each parse offers at most four extensions, one per kind of move, each arc with its best
                // relation: a beam of parses that differ only in a relation would be a narrower beam.
                var (left, right) = BestArcs(item, _moveScores, rootRelation);
                foreach (var move in (ReadOnlySpan<int>)[Shift, Reduce, left, right])
                {
                    if (move >= 0 && (move != Reduce || Allowed(item, move, rootRelation)))
                    {
                        var score = _scores[i] + _moveScores[move];
                        if (kept < _width || score > _candidateScores[kept - 1])
                        {
                            Offer(ref kept, score, i, move);
                        }
                    }
                }
            }
            // Where the best extension leads the others by more than the margin, they are not worth following.
            while (kept > 1 && _candidateScores[kept - 1] < _candidateScores[0] - _margin)
            {
                kept--;
            }
            var done = true;
            for (var j = 0; j < kept; j++)
            {
                var parent = _candidateParents[j];
                var move = _candidateMoves[j];
                var state = _next[j];
                state.CopyFrom(_items[parent]);
                _nextGold[j] = _gold[parent] && (move == Idle || (gold is not null && state.Steps < gold.Length && gold[state.Steps] == move));
                if (move != Idle)
                {
                    Apply(state, move);
                }
                _nextScores[j] = _candidateScores[j];
                done &= state.Done;
            }
            (_items, _next) = (_next, _items);
            (_scores, _nextScores) = (_nextScores, _scores);
            (_gold, _nextGold) = (_nextGold, _gold);
            Count = kept;
            Done = done;
        }

        // Inserts a candidate into the sorted list of the best so far, dropping the worst when it is full.
        private void Offer(ref int kept, float score, int parent, int move)
        {
            int at;
            if (kept < _width)
            {
                at = kept++;
            }
            else if (score > _candidateScores[_width - 1])
            {
                at = _width - 1;
            }
            else
            {
                return;
            }
            while (at > 0 && _candidateScores[at - 1] < score)
            {
                _candidateScores[at] = _candidateScores[at - 1];
                _candidateParents[at] = _candidateParents[at - 1];
                _candidateMoves[at] = _candidateMoves[at - 1];
                at--;
            }
            _candidateScores[at] = score;
            _candidateParents[at] = parent;
            _candidateMoves[at] = move;
        }
    }

    private const ulong NoneValue = 0x6E6F6E65UL; // "none": no word at this position
    private const ulong RootValue = 0x726F6F74UL; // "root"

    // The features fall in groups by what they read, so that parsing can keep the scores of a group for
    // every state that reads the same (see MoveScores): the buffer's front and the words after it; the
    // stack's top with the buffer's front, as words of the sentence; the top's side of the partial tree;
    // the front's side; and what joins the two sides.
    private static int Features(Sentence sentence, State state, Span<ulong> f)
    {
        var w = Neighbours.Of(state);
        var k = BufferFeatures(sentence, w.N0, f);
        k += PairFeatures(sentence, w.S0, w.N0, f[k..]);
        k += TopFeatures(sentence, state, w, f[k..]);
        k += FrontFeatures(sentence, state, w, f[k..]);
        return k + JoinFeatures(sentence, state, w, f[k..]);
    }


    private static ulong Value(ulong[] values, int i) => i < 0 ? NoneValue : values[i];

    private static int BufferFeatures(Sentence sentence, int n0, Span<ulong> f)
    {
        var n1 = n0 > 0 && n0 + 1 <= sentence.Length ? n0 + 1 : -1;
        var n2 = n1 > 0 && n1 + 1 <= sentence.Length ? n1 + 1 : -1;
        var n0w = Value(sentence.Words, n0);
        var n0p = Value(sentence.Tags, n0);
        var n1w = Value(sentence.Words, n1);
        var n1p = Value(sentence.Tags, n1);
        var n2w = Value(sentence.Words, n2);
        var n2p = Value(sentence.Tags, n2);
        var n0c = Value(sentence.Classes, n0);
        var n1c = Value(sentence.Classes, n1);
        var k = 0;
        f[k++] = H(0, 1);
        f[k++] = H(4, n0w, n0p);
        f[k++] = H(5, n0w);
        f[k++] = H(6, n0p);
        f[k++] = H(7, n1w, n1p);
        f[k++] = H(8, n1w);
        f[k++] = H(9, n1p);
        f[k++] = H(10, n2w, n2p);
        f[k++] = H(11, n2w);
        f[k++] = H(12, n2p);
        f[k++] = H(20, n0p, n1p);
        f[k++] = H(21, n0p, n1p, n2p);
        f[k++] = H(77, n0c);
        f[k++] = H(78, n1c);
        f[k++] = H(82, n0c, n1c);
        f[k++] = H(85, n0w, n1w);
        f[k++] = H(88, Value(sentence.Universal, n0));
        return k;
    }

    private static int PairFeatures(Sentence sentence, int s0, int n0, Span<ulong> f)
    {
        var n1 = n0 > 0 && n0 + 1 <= sentence.Length ? n0 + 1 : -1;
        var s0w = Value(sentence.Words, s0);
        var s0p = Value(sentence.Tags, s0);
        var n0w = Value(sentence.Words, n0);
        var n0p = Value(sentence.Tags, n0);
        var s0c = Value(sentence.Classes, s0);
        var n0c = Value(sentence.Classes, n0);
        var s0u = Value(sentence.Universal, s0);
        var n0u = Value(sentence.Universal, n0);
        var s0k = Value(sentence.Coarse, s0);
        var n0k = Value(sentence.Coarse, n0);
        var distance = (ulong)(n0 < 0 ? 0 : Math.Min(n0 - s0, 7) + (n0 - s0 > 10 ? 1 : 0));
        var k = 0;
        // Single words.
        f[k++] = H(1, s0w, s0p);
        f[k++] = H(2, s0w);
        f[k++] = H(3, s0p);
        // Pairs of the stack's top and the buffer's front.
        f[k++] = H(13, s0w, s0p, n0w, n0p);
        f[k++] = H(14, s0w, s0p, n0w);
        f[k++] = H(15, s0w, n0w, n0p);
        f[k++] = H(16, s0w, s0p, n0p);
        f[k++] = H(17, s0p, n0w, n0p);
        f[k++] = H(18, s0w, n0w);
        f[k++] = H(19, s0p, n0p);
        f[k++] = H(22, s0p, n0p, Value(sentence.Tags, n1));
        // Distance between the two.
        f[k++] = H(27, s0w, distance);
        f[k++] = H(28, s0p, distance);
        f[k++] = H(29, n0w, distance);
        f[k++] = H(30, n0p, distance);
        f[k++] = H(31, s0w, n0w, distance);
        f[k++] = H(32, s0p, n0p, distance);
        // Word classes, which stand in for rare words.
        f[k++] = H(76, s0c);
        f[k++] = H(79, s0c, n0c);
        f[k++] = H(80, s0c, n0p);
        f[k++] = H(81, s0p, n0c);
        // Universal tags and coarse classes.
        f[k++] = H(86, s0u, n0u);
        f[k++] = H(87, s0u, n0u, Value(sentence.Universal, n1));
        f[k++] = H(89, s0k, n0k);
        f[k++] = H(90, s0w, n0k);
        f[k++] = H(91, s0k, n0w);
        // Punctuation between the two.
        var between = n0 > 0 ? (ulong)Math.Min(sentence.Punctuation[n0 - 1] - sentence.Punctuation[s0], 3) : 9;
        f[k++] = H(97, between, s0p, n0p);
        // Word endings for words the training data rarely had.
        f[k++] = H(99, Value(sentence.Suffixes, s0), n0p);
        f[k++] = H(100, s0p, Value(sentence.Suffixes, n0));
        f[k++] = H(101, s0w, Value(sentence.Words, n1));
        return k;
    }

    // The partial tree's words next to the stack's top and the buffer's front, or none (-1).
    private readonly record struct Neighbours(int S0, int S1, int N0, int S0h, int S0h2, int S0l, int S0l2, int S0r, int S0r2, int N0l, int N0l2)
    {
        public static Neighbours Of(State state)
        {
            var s0 = state.Top;
            var n0 = state.Next <= state.Length ? state.Next : -1;
            var s0h = s0 > 0 ? state.Heads[s0] : -1;
            return new(s0, state.Second, n0, s0h, s0h > 0 ? state.Heads[s0h] : -1,
                s0 > 0 ? Child(state.Left1[s0]) : -1, s0 > 0 ? Child(state.Left2[s0]) : -1,
                s0 > 0 ? Child(state.Right1[s0]) : -1, s0 > 0 ? Child(state.Right2[s0]) : -1,
                n0 > 0 ? Child(state.Left1[n0]) : -1, n0 > 0 ? Child(state.Left2[n0]) : -1);
        }
    }

    // The relation of a word that has its head, or none.
    private static ulong RelationOf(State state, int i) => i <= 0 || state.Heads[i] < 0 ? NoneValue : (ulong)state.Labels[i] + 1;

    // The stack's top in the partial tree: its head, its outermost dependents and their relations.
    private static int TopFeatures(Sentence sentence, State state, Neighbours w, Span<ulong> f)
    {
        var (words, tags, classes) = (sentence.Words, sentence.Tags, sentence.Classes);
        var s0 = w.S0;
        var s0w = Value(words, s0);
        var s0p = Value(tags, s0);
        var s0vl = (ulong)(s0 > 0 ? state.LeftCount[s0] : 0);
        var s0vr = (ulong)(s0 > 0 ? state.RightCount[s0] : 0);
        var s0sl = s0 > 0 ? state.LeftSet[s0] : 0;
        var s0sr = s0 > 0 ? state.RightSet[s0] : 0;
        var k = 0;
        // How many dependents it has on either side.
        f[k++] = H(33, s0w, s0vr);
        f[k++] = H(34, s0p, s0vr);
        f[k++] = H(35, s0w, s0vl);
        f[k++] = H(36, s0p, s0vl);
        // The head and outermost dependents.
        f[k++] = H(39, Value(words, w.S0h));
        f[k++] = H(40, Value(tags, w.S0h));
        f[k++] = H(41, RelationOf(state, s0));
        f[k++] = H(42, Value(words, w.S0l));
        f[k++] = H(43, Value(tags, w.S0l));
        f[k++] = H(44, RelationOf(state, w.S0l));
        f[k++] = H(45, Value(words, w.S0r));
        f[k++] = H(46, Value(tags, w.S0r));
        f[k++] = H(47, RelationOf(state, w.S0r));
        // The head's head and the second outermost dependents.
        f[k++] = H(51, Value(words, w.S0h2));
        f[k++] = H(52, Value(tags, w.S0h2));
        f[k++] = H(53, RelationOf(state, w.S0h));
        f[k++] = H(54, Value(words, w.S0l2));
        f[k++] = H(55, Value(tags, w.S0l2));
        f[k++] = H(56, RelationOf(state, w.S0l2));
        f[k++] = H(57, Value(words, w.S0r2));
        f[k++] = H(58, Value(tags, w.S0r2));
        f[k++] = H(59, RelationOf(state, w.S0r2));
        f[k++] = H(63, s0p, Value(tags, w.S0l), Value(tags, w.S0l2));
        f[k++] = H(64, s0p, Value(tags, w.S0r), Value(tags, w.S0r2));
        f[k++] = H(65, s0p, Value(tags, w.S0h), Value(tags, w.S0h2));
        // The relations of its dependents so far.
        f[k++] = H(67, s0w, s0sr);
        f[k++] = H(68, s0p, s0sr);
        f[k++] = H(69, s0w, s0sl);
        f[k++] = H(70, s0p, s0sl);
        // Classes of its neighbours in the tree.
        f[k++] = H(92, Value(classes, w.S0h));
        f[k++] = H(93, Value(classes, w.S0l), s0p);
        f[k++] = H(94, Value(classes, w.S0r), s0p);
        return k;
    }

    // The buffer's front in the partial tree: its left dependents so far.
    private static int FrontFeatures(Sentence sentence, State state, Neighbours w, Span<ulong> f)
    {
        var (words, tags) = (sentence.Words, sentence.Tags);
        var n0 = w.N0;
        var n0w = Value(words, n0);
        var n0p = Value(tags, n0);
        var n0vl = (ulong)(n0 > 0 ? state.LeftCount[n0] : 0);
        var n0sl = n0 > 0 ? state.LeftSet[n0] : 0;
        var k = 0;
        f[k++] = H(37, n0w, n0vl);
        f[k++] = H(38, n0p, n0vl);
        f[k++] = H(48, Value(words, w.N0l));
        f[k++] = H(49, Value(tags, w.N0l));
        f[k++] = H(50, RelationOf(state, w.N0l));
        f[k++] = H(60, Value(words, w.N0l2));
        f[k++] = H(61, Value(tags, w.N0l2));
        f[k++] = H(62, RelationOf(state, w.N0l2));
        f[k++] = H(66, n0p, Value(tags, w.N0l), Value(tags, w.N0l2));
        f[k++] = H(71, n0w, n0sl);
        f[k++] = H(72, n0p, n0sl);
        f[k++] = H(95, Value(sentence.Classes, w.N0l), n0p);
        return k;
    }

    // What joins the two sides: three words across them, the word below the top, the stack's depth.
    private static int JoinFeatures(Sentence sentence, State state, Neighbours w, Span<ulong> f)
    {
        var (words, tags) = (sentence.Words, sentence.Tags);
        var s0p = Value(tags, w.S0);
        var n0p = Value(tags, w.N0);
        var k = 0;
        f[k++] = H(23, Value(tags, w.S0h), s0p, n0p);
        f[k++] = H(24, s0p, Value(tags, w.S0l), n0p);
        f[k++] = H(25, s0p, Value(tags, w.S0r), n0p);
        f[k++] = H(26, s0p, n0p, Value(tags, w.N0l));
        // The word below the top of the stack.
        f[k++] = H(73, Value(tags, w.S1), s0p, n0p);
        f[k++] = H(74, Value(words, w.S1));
        f[k++] = H(75, Value(tags, w.S1));
        f[k++] = H(96, Value(sentence.Classes, w.S1), s0p, n0p);
        // Whether the top has its head yet, and what it is attached as.
        f[k++] = H(83, w.S0 > 0 && state.Heads[w.S0] >= 0 ? 1UL : 0UL, s0p, n0p);
        f[k++] = H(84, RelationOf(state, w.S0), n0p);
        // Whether the stack's top is the root's side of a clause.
        f[k++] = H(98, (ulong)Math.Min(state.Depth, 4), n0p, s0p);
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
