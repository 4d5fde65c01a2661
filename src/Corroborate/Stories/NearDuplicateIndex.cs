using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Corroborate.Stories;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: each signature is cut into bands of
/// <see cref="Rows"/> values, and two texts become candidates when any band is equal. With 42 bands of
/// 3 rows a pair at Jaccard 0.5 is found with probability 0.996, at 0.2 with 0.29, at 0.1 with 0.04;
/// candidates are then checked on the whole signature, so a false candidate costs time, not accuracy.
/// </summary>
/// <remarks>
/// Memory stays bounded on an endless stream: entries live in generations, and <see cref="Advance"/>
/// drops the oldest generation once it is older than the window (copies are published within days of
/// their original); <see cref="ForgottenBefore"/> tells the owner which items can no longer be found,
/// so that it can let go of their signatures. A bucket is a chain through two int lists rather than a
/// list object of its own: most band keys occur once, and a list per key cost three times the memory.
/// Not thread-safe: one writer.
/// </remarks>
internal sealed class NearDuplicateIndex
{
    public const int Rows = 3;
    public const int Bands = MinHash.Length / Rows;

    private readonly TimeSpan _window;
    private readonly int _maxPerGeneration;
    private Generation _current = new(DateTime.MinValue);
    private Generation? _previous;

    /// <param name="window">How long an entry is kept, at least (items without a date are kept by count).</param>
    /// <param name="maxPerGeneration">Items per generation before one is sealed, whatever their dates.</param>
    public NearDuplicateIndex(TimeSpan window, int maxPerGeneration = 200_000)
    {
        _window = window;
        _maxPerGeneration = maxPerGeneration;
    }

    /// <summary>Items whose signature shares a band with <paramref name="signature"/> (each once), newest first.</summary>
    public List<int> Candidates(MinHashSignature signature)
    {
        var found = new List<int>();
        var seen = new HashSet<int>();
        var keys = BandKeys(signature);
        foreach (var generation in _previous is null ? [_current] : new[] { _current, _previous })
        {
            foreach (var key in keys)
            {
                if (generation.Heads.TryGetValue(key, out var entry))
                {
                    for (; entry >= 0; entry = generation.Next[entry])
                    {
                        var item = generation.Items[entry];
                        if (seen.Add(item))
                        {
                            found.Add(item);
                        }
                    }
                }
            }
        }
        found.Sort((a, b) => b.CompareTo(a));
        return found;
    }

    /// <summary>Indexes <paramref name="item"/> (ids increase with arrival).</summary>
    public void Add(int item, MinHashSignature signature, DateTime? time)
    {
        if (time is { } t)
        {
            Advance(t);
        }
        if (_current.Count >= _maxPerGeneration)
        {
            Seal(time ?? DateTime.MinValue);
        }
        foreach (var key in BandKeys(signature))
        {
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_current.Heads, key, out var exists);
            _current.Next.Add(exists ? head : -1);
            head = _current.Items.Count;
            _current.Items.Add(item);
        }
        _current.Count++;
        _current.LastItem = item;
    }

    /// <summary>Moves the clock to <paramref name="now"/>: a generation that began more than the window ago is sealed,
    /// and the one before it (older than twice the window at its start) is dropped.</summary>
    public void Advance(DateTime now)
    {
        if (_current.Start == DateTime.MinValue)
        {
            _current.Start = now;
        }
        else if (now - _current.Start > _window)
        {
            Seal(now);
        }
    }

    /// <summary>Every item numbered below this has left the index (its generation was dropped).</summary>
    public int ForgottenBefore { get; private set; }

    private void Seal(DateTime now)
    {
        if (_previous is { LastItem: >= 0 } dropped)
        {
            ForgottenBefore = dropped.LastItem + 1;
        }
        _previous = _current;
        _current = new Generation(now);
    }

    private static ulong[] BandKeys(MinHashSignature signature)
    {
        var values = signature.Raw;
        var keys = new ulong[Bands];
        for (var b = 0; b < Bands; b++)
        {
            // The band number is part of the key, so equal values in different bands do not collide.
            keys[b] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(values.AsSpan(b * Rows, Rows)), seed: b);
        }
        return keys;
    }

    private sealed class Generation(DateTime start)
    {
        public DateTime Start { get; set; } = start;

        public int Count { get; set; }

        /// <summary>The newest entry of each band key; entries chain to older ones through <see cref="Next"/> (-1 ends).</summary>
        public Dictionary<ulong, int> Heads { get; } = [];

        public List<int> Items { get; } = [];

        public List<int> Next { get; } = [];

        public int LastItem { get; set; } = -1;
    }
}
