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
        return ArgMax(scores);
    }

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
internal sealed class PerceptronModel(int labels, Dictionary<ulong, (byte[] Labels, float[] Weights)> table)
{
    public int Labels { get; } = labels;

    /// <summary>Features with at least one weight.</summary>
    public int Features => table.Count;

    /// <summary>Non-zero weights in all.</summary>
    public long Weights => table.Values.Sum(v => (long)v.Weights.Length);

    internal IReadOnlyDictionary<ulong, (byte[] Labels, float[] Weights)> Table => table;

    /// <summary>Fills <paramref name="scores"/> (one per label) and returns the best label.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (table.TryGetValue(feature, out var entry))
            {
                var (labelIds, weights) = entry;
                for (var i = 0; i < labelIds.Length; i++)
                {
                    scores[labelIds[i]] += weights[i];
                }
            }
        }
        return AveragedPerceptron.ArgMax(scores);
    }
}

/// <summary>
/// 64-bit feature hashes built from a template id and string or number parts (FNV-1a), without
/// allocating the feature strings.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template, ReadOnlySpan<char> a)
    {
        var h = Mix(Offset, (ulong)template);
        return Mix(h, a);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var h = Mix(Mix(Offset, (ulong)template), a);
        h = Mix(h, 0x1F);
        return Mix(h, b);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        var h = Mix(Mix(Mix(Offset, (ulong)template), a), 0x1F);
        h = Mix(Mix(h, b), 0x1F);
        return Mix(h, c);
    }

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
