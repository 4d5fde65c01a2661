namespace Corroborate.Language.Learning;

/// <summary>
/// A multi-class averaged perceptron over hashed string features (Collins 2002): training adds the
/// features' weights for the gold label and subtracts them for a wrong guess; the model kept is the
/// average of the weights over all training steps, which generalises far better than the last ones.
/// </summary>
/// <remarks>
/// Averaging uses the standard trick: beside the weights <c>w</c> it accumulates <c>u += t·Δ</c>, and the
/// average is <c>w − u/t</c>. Features are 64-bit hashes (<see cref="FeatureHash"/>); rows are allocated
/// on first use. Training is single-threaded; a trained model (<see cref="PerceptronModel"/>) is
/// immutable and thread-safe.
/// </remarks>
internal sealed class AveragedPerceptron
{
    private readonly int _labels;
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights;
    private float[] _updates;
    private long _step = 1;

    public AveragedPerceptron(int labels)
    {
        _labels = labels;
        _weights = new float[1024 * labels];
        _updates = new float[1024 * labels];
    }

    public int Labels => _labels;

    /// <summary>The best label for the features under the current (not averaged) weights.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        AddScores(features, scores);
        return ArgMax(scores);
    }

    /// <summary>Adds the features' current (not averaged) weights to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var weights = _weights.AsSpan(row * _labels, _labels);
                for (var label = 0; label < _labels; label++)
                {
                    scores[label] += weights[label];
                }
            }
        }
    }

    /// <summary>Part of a structured update: adds <paramref name="amount"/> to the features' weights for
    /// <paramref name="label"/>, without ending the step (see <see cref="EndStep"/>).</summary>
    public void Reward(ReadOnlySpan<ulong> features, int label, float amount)
    {
        foreach (var feature in features)
        {
            Add(Row(feature), label, amount);
        }
    }

    /// <summary>Ends one training step of a structured update (one sentence).</summary>
    public void EndStep() => _step++;

    /// <summary>One training step: moves weights towards <paramref name="gold"/> when <paramref name="guess"/> is wrong.</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int guess)
    {
        if (gold != guess)
        {
            foreach (var feature in features)
            {
                var row = Row(feature);
                Add(row, gold, 1);
                Add(row, guess, -1);
            }
        }
        _step++;
    }

    /// <summary>The averaged weights, dropping those smaller than <paramref name="minimum"/> in size.</summary>
    public PerceptronModel Average(float minimum = 1e-3f)
    {
        var table = new Dictionary<ulong, (byte[] Labels, float[] Weights)>(_rows.Count);
        var labels = new List<byte>(_labels);
        var weights = new List<float>(_labels);
        foreach (var (feature, row) in _rows)
        {
            labels.Clear();
            weights.Clear();
            for (var label = 0; label < _labels; label++)
            {
                var i = row * _labels + label;
                var average = _weights[i] - _updates[i] / _step;
                if (Math.Abs(average) >= minimum)
                {
                    labels.Add((byte)label);
                    weights.Add(average);
                }
            }
            if (labels.Count > 0)
            {
                table[feature] = ([.. labels], [.. weights]);
            }
        }
        return new PerceptronModel(_labels, table);
    }

    private void Add(int row, int label, float value)
    {
        var i = row * _labels + label;
        _weights[i] += value;
        _updates[i] += _step * value;
    }

    private int Row(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }
        row = _rows.Count;
        _rows[feature] = row;
        if ((row + 1) * _labels > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _updates, _updates.Length * 2);
        }
        return row;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        return best;
    }
}

/// <summary>Averaged perceptron weights, sparse per feature. Immutable and thread-safe.</summary>
/// <remarks>
/// Held in flat arrays behind an open-addressing hash table (linear probing, at most half full), not in
/// a dictionary of small arrays: scoring a word looks up some fifty features, and contiguous memory
/// keeps those lookups in cache.
/// </remarks>
internal sealed class PerceptronModel
{
    // A slot of the table: a 32-bit check of the feature hash (the table index comes from other bits,
    // so two features meet in a slot with a check alike about once in four billion lookups) and where
    // its weights are: a start (24 bits) and a count (8 bits; 255 marks a dense row). Eight bytes, so
    // a cache line holds eight slots.
    private readonly struct Slot(uint check, int start, int count)
    {
        public readonly uint Check = check;
        private readonly uint _packed = ((uint)start << 8) | (uint)count;

        public int Start => (int)(_packed >> 8);
        public int Count => (int)(_packed & 0xFF);
    }

    private readonly struct Weight(int label, float value)
    {
        public readonly int Label = label;
        public readonly float Value = value;
    }

    private const int Dense = 255;

    private readonly Slot[] _slots;
    private readonly ulong[] _features;
    private readonly Weight[] _weights;
    private readonly float[] _rows;
    private readonly int _shift;
    private readonly int _mask;

    public PerceptronModel(int labels, Dictionary<ulong, (byte[] Labels, float[] Weights)> table)
        : this(labels, Flatten(table))
    {
    }

    /// <summary>Builds the model from its entries in the order of their feature hashes: entry <c>e</c> has
    /// feature <c>Features[e]</c> and weights <c>Ids/Weights[Starts[e]..Starts[e + 1]]</c>.</summary>
    internal PerceptronModel(int labels, (ulong[] Features, int[] Starts, byte[] Ids, float[] Weights) entries)
    {
        var (features, starts, ids, values) = entries;
        Labels = labels;
        Features = features.Length;
        var capacity = 16;
        while (capacity < features.Length * 2)
        {
            capacity *= 2;
        }
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        _slots = new Slot[capacity];
        _features = new ulong[capacity];
        int dense = 0, sparse = 0;
        for (var e = 0; e < features.Length; e++)
        {
            var count = starts[e + 1] - starts[e];
            if (IsDense(count, labels))
            {
                dense++;
            }
            else
            {
                sparse += count;
            }
        }
        if (sparse >= 1 << 24 || dense >= 1 << 24)
        {
            throw new InvalidDataException($"a model of {sparse} weights and {dense} dense rows is larger than this format holds");
        }
        _rows = new float[dense * labels];
        _weights = new Weight[sparse];
        int next = 0, nextRow = 0;
        for (var e = 0; e < features.Length; e++)
        {
            var feature = features[e];
            var (from, to) = (starts[e], starts[e + 1]);
            var slot = Index(feature);
            while (_slots[slot].Check != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _features[slot] = feature;
            if (IsDense(to - from, labels))
            {
                // A dense row: all labels' weights side by side, added with SIMD.
                _slots[slot] = new Slot(Check(feature), nextRow, Dense);
                for (var i = from; i < to; i++)
                {
                    _rows[nextRow * labels + ids[i]] = values[i];
                }
                nextRow++;
                continue;
            }
            _slots[slot] = new Slot(Check(feature), next, to - from);
            for (var i = from; i < to; i++)
            {
                _weights[next++] = new Weight(ids[i], values[i]);
            }
        }
    }

    private static (ulong[], int[], byte[], float[]) Flatten(Dictionary<ulong, (byte[] Labels, float[] Weights)> table)
    {
        var features = table.Keys.ToArray();
        Array.Sort(features);
        var starts = new int[features.Length + 1];
        var total = 0;
        for (var e = 0; e < features.Length; e++)
        {
            starts[e] = total;
            total += table[features[e]].Labels.Length;
        }
        starts[^1] = total;
        var ids = new byte[total];
        var weights = new float[total];
        for (var e = 0; e < features.Length; e++)
        {
            var (l, w) = table[features[e]];
            l.CopyTo(ids, starts[e]);
            w.CopyTo(weights, starts[e]);
        }
        return (features, starts, ids, weights);
    }

    /// <summary>
    /// An ensemble as fast as one model: <paramref name="runs"/> models trained by <paramref name="train"/>, each given
    /// its own shuffling seed (the first is <paramref name="firstSeed"/>, so one run is the plain model), summed.
    /// The runs are independent and train side by side, one per processor.
    /// </summary>
    public static PerceptronModel SumOfRuns(int runs, int firstSeed, Func<int, int, PerceptronModel> train)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var models = new PerceptronModel[runs];
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(runs, Environment.ProcessorCount) },
            run => models[run] = train(run, firstSeed + 7919 * run));
        return runs == 1 ? models[0] : Sum(models);
    }

    /// <summary>One model whose scores are the sum of the models' scores (all over the same labels).</summary>
    public static PerceptronModel Sum(IReadOnlyList<PerceptronModel> models)
    {
        var labels = models[0].Labels;
        var sums = new Dictionary<ulong, float[]>();
        foreach (var model in models)
        {
            foreach (var (feature, ids, weights) in model.Entries())
            {
                if (!sums.TryGetValue(feature, out var row))
                {
                    sums[feature] = row = new float[labels];
                }
                for (var i = 0; i < ids.Length; i++)
                {
                    row[ids[i]] += weights[i];
                }
            }
        }
        var table = new Dictionary<ulong, (byte[] Labels, float[] Weights)>(sums.Count);
        foreach (var (feature, row) in sums)
        {
            var ids = Enumerable.Range(0, labels).Where(l => row[l] != 0).ToArray();
            table[feature] = ([.. ids.Select(l => (byte)l)], [.. ids.Select(l => row[l])]);
        }
        return new PerceptronModel(labels, table);
    }

    public int Labels { get; }

    /// <summary>Features with at least one weight.</summary>
    public int Features { get; }

    /// <summary>Every feature with its labels and weights, in the order of the feature hashes (for writing).</summary>
    internal IEnumerable<(ulong Feature, byte[] Labels, float[] Weights)> Entries() =>
        Enumerable.Range(0, _slots.Length).Where(i => _slots[i].Check != 0).OrderBy(i => _features[i]).Select(i =>
        {
            var s = _slots[i];
            if (s.Count == Dense)
            {
                var row = _rows[(s.Start * Labels)..((s.Start + 1) * Labels)];
                var nonzero = Enumerable.Range(0, Labels).Where(l => row[l] != 0).ToArray();
                return (_features[i], nonzero.Select(l => (byte)l).ToArray(), nonzero.Select(l => row[l]).ToArray());
            }
            var part = _weights.AsSpan(s.Start, s.Count);
            var labels = new byte[part.Length];
            var values = new float[part.Length];
            for (var k = 0; k < part.Length; k++)
            {
                labels[k] = (byte)part[k].Label;
                values[k] = part[k].Value;
            }
            return (_features[i], labels, values);
        });

    /// <summary>The same model without the weights smaller than <paramref name="minimum"/> in size (and
    /// without the features left with none): smaller and faster, at a cost to be measured.</summary>
    internal PerceptronModel Pruned(float minimum)
    {
        var table = new Dictionary<ulong, (byte[] Labels, float[] Weights)>();
        foreach (var (feature, labels, weights) in Entries())
        {
            var keep = Enumerable.Range(0, labels.Length).Where(i => Math.Abs(weights[i]) >= minimum).ToArray();
            if (keep.Length > 0)
            {
                table[feature] = ([.. keep.Select(i => labels[i])], [.. keep.Select(i => weights[i])]);
            }
        }
        return new PerceptronModel(Labels, table);
    }

    /// <summary>Adds the features' weights to <paramref name="scores"/> (one per label).</summary>
    /// <remarks>The table is far larger than the processor's caches, so each lookup would wait for memory,
    /// twice: for the slot, then for the weights it points to. So the work goes in three sweeps: ask for
    /// every feature's slot; read the slots and ask for their weights; add the weights. The waits of one
    /// sweep overlap instead of following one another. The weights are added in the features' order, so
    /// the scores are the same to the last bit as with one sweep.</remarks>
    public unsafe void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        var weights = _weights;
        var labels = Labels;
        Span<int> found = stackalloc int[features.Length];
        fixed (Slot* table = slots)
        fixed (Weight* sparse = weights)
        fixed (float* rows = _rows)
        {
            var prefetch = System.Runtime.Intrinsics.X86.Sse.IsSupported;
            for (var f = 0; f < features.Length; f++)
            {
                found[f] = Index(features[f]);
                if (prefetch)
                {
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(table + found[f]);
                }
            }
            for (var f = 0; f < features.Length; f++)
            {
                var check = Check(features[f]);
                var index = found[f];
                found[f] = -1;
                while (true)
                {
                    var slot = table[index];
                    if (slot.Check == check)
                    {
                        found[f] = index;
                        if (prefetch)
                        {
                            System.Runtime.Intrinsics.X86.Sse.Prefetch0(slot.Count == Dense ? rows + (slot.Start * labels) : sparse + slot.Start);
                        }
                        break;
                    }
                    if (slot.Check == 0)
                    {
                        break;
                    }
                    index = (index + 1) & _mask;
                }
            }
        }
        for (var f = 0; f < features.Length; f++)
        {
            if (found[f] < 0)
            {
                continue;
            }
            var slot = slots[found[f]];
            if (slot.Count == Dense)
            {
                AddRow(_rows.AsSpan(slot.Start * labels, labels), scores);
                continue;
            }
            var end = slot.Start + slot.Count;
            for (var i = slot.Start; i < end; i++)
            {
                scores[weights[i].Label] += weights[i].Value;
            }
        }
    }

    /// <summary>Fills <paramref name="scores"/> (one per label) and returns the best label.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        AddScores(features, scores);
        return AveragedPerceptron.ArgMax(scores);
    }

    internal static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var width = System.Numerics.Vector<float>.Count;
            for (; i <= row.Length - width; i += width)
            {
                var sum = new System.Numerics.Vector<float>(scores[i..]) + new System.Numerics.Vector<float>(row[i..]);
                sum.CopyTo(scores[i..]);
            }
        }
        for (; i < row.Length; i++)
        {
            scores[i] += row[i];
        }
    }

    // Features with weights for many labels (the bias, common suffixes) are cheaper as dense rows.
    private static bool IsDense(int count, int labels) => count * 4 >= labels && count >= 4;

    // Zero marks an empty slot, so a check of zero is made one.
    private static uint Check(ulong feature) => (uint)feature is var check and not 0 ? check : 1;

    // Fibonacci hashing: the high bits of the product are well mixed whatever the key's low bits are.
    private int Index(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}

/// <summary>
/// 64-bit feature hashes built from a template id and string or number parts (FNV-1a), without
/// allocating the feature strings.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // Mixing in a 64-bit value is four 16-bit FNV steps; the template's is the same for every feature,
    // so it is computed once, and the separator's three zero steps are one multiplication by Prime⁴.
    private const ulong Prime4 = unchecked(Prime * Prime * Prime * Prime);
    private static readonly ulong[] Seeds = [.. Enumerable.Range(0, 256).Select(t => Mix(Offset, (ulong)t))];

    public static ulong Of(int template, ReadOnlySpan<char> a) => Mix(Seed(template), a);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var h = Mix(Seed(template), a);
        return Mix(Separate(h), b);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        var h = Separate(Mix(Seed(template), a));
        h = Separate(Mix(h, b));
        return Mix(h, c);
    }

    private static ulong Seed(int template) => (uint)template < Seeds.Length ? Seeds[template] : Mix(Offset, (ulong)template);

    private static ulong Separate(ulong h) => unchecked((h ^ 0x1F) * Prime4);

    private static ulong Mix(ulong h, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }
        return h;
    }

    private static ulong Mix(ulong h, ulong value)
    {
        for (var i = 0; i < 4; i++)
        {
            h = (h ^ (value & 0xFFFF)) * Prime;
            value >>= 16;
        }
        return h;
    }
}
