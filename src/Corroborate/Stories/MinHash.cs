using System.IO.Hashing;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Corroborate.Stories;

/// <summary>
/// A MinHash signature of a text: for each of <see cref="MinHash.Length"/> hash functions, the smallest
/// hash over the text's word shingles. The share of positions where two signatures agree estimates the
/// Jaccard similarity of the two shingle sets (Broder 1997).
/// </summary>
/// <remarks>Immutable once built. An empty text has no shingles and a signature of all
/// <see cref="uint.MaxValue"/>; it is similar to nothing (see <see cref="MinHash.Similarity"/>).</remarks>
public sealed class MinHashSignature
{
    internal MinHashSignature(uint[] values, int shingles)
    {
        Values = values;
        Shingles = shingles;
    }

    /// <summary>The minimum of each hash function, <see cref="MinHash.Length"/> values.</summary>
    public IReadOnlyList<uint> Values { get; }

    /// <summary>How many shingles went in, repeats included (0 for a text without words).</summary>
    public int Shingles { get; }

    internal uint[] Raw => (uint[])Values;
}

/// <summary>
/// Builds MinHash signatures over lower-cased word 5-grams of a text. Written for speed: one pass over
/// the characters, a 64-bit hash per word (XxHash3), a rolling combination per shingle, and the 128
/// hash functions evaluated eight at a time with SIMD. Thread-safe (no state).
/// </summary>
public static class MinHash
{
    /// <summary>Hash functions per signature: 128 gives a standard error of about 0.04 on a Jaccard of 0.5.</summary>
    public const int Length = 128;

    /// <summary>Words per shingle. Five words make shared stock phrases rare while a light edit (a word
    /// changed) still leaves most shingles of a copy intact.</summary>
    public const int ShingleWords = 5;

    /// <summary>Words longer than this are cut (URLs, run-together junk); keeps the buffer on the stack.</summary>
    private const int MaxWordLength = 64;

    /// <summary>One random odd seed per hash function, fixed so that signatures are comparable across runs.</summary>
    private static readonly uint[] Seeds = MakeSeeds();

    /// <summary>The signature of a text without words: similar to nothing.</summary>
    internal static MinHashSignature Nothing { get; } = new(Enumerable.Repeat(uint.MaxValue, Length).ToArray(), 0);

    /// <summary>The signature of <paramref name="text"/>'s word 5-grams.</summary>
    public static MinHashSignature Of(string text)
    {
        // Never more shingles than words, nor words than half the characters plus one.
        var buffer = _shingles is { } b && b.Length > text.Length / 2 ? b
            : text.Length / 2 >= MaxScratch ? new uint[text.Length / 2 + 1]
            : (_shingles = new uint[Math.Max(1024, text.Length / 2 + 1)]);
        var count = 0;
        Span<char> word = stackalloc char[MaxWordLength];
        // The last five word hashes, oldest first; kept in locals rather than a ring so that no index is computed.
        ulong w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0;
        var words = 0;
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c < 128)
            {
                // ASCII first: most news text is, and the Unicode tests cost more than a table lookup.
                var lower = AsciiWord[c];
                if (lower != 0)
                {
                    if (length < MaxWordLength)
                    {
                        word[length++] = (char)lower;
                    }
                    continue;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (length < MaxWordLength)
                {
                    word[length++] = char.ToLowerInvariant(c);
                }
                continue;
            }
            if (length == 0 || (c is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                // Apostrophes and hyphens inside a word ("O'Brien", "44-day") do not split it.
                continue;
            }
            (w0, w1, w2, w3, w4) = (w1, w2, w3, w4, XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word[..length])));
            words++;
            length = 0;
            if (words >= ShingleWords)
            {
                buffer[count++] = Finish(Combine(Combine(Combine(Combine(Combine(Start, w0), w1), w2), w3), w4));
            }
        }
        if (words is > 0 and < ShingleWords)
        {
            // A text shorter than one shingle (a headline) is one shingle of all its words.
            ReadOnlySpan<ulong> last = [w0, w1, w2, w3, w4];
            var h = Start;
            foreach (var w in last[(ShingleWords - words)..])
            {
                h = Combine(h, w);
            }
            buffer[count++] = Finish(h);
        }
        return new MinHashSignature(Minimums(buffer.AsSpan(0, count)), count);
    }

    /// <summary>Every hash function's minimum over the shingles: h_i(x) = fmix32(x XOR seed_i),
    /// MurmurHash3's finalizer, a fast well-mixed function per seed. Thirty-two functions go through
    /// the shingles at a time, as four independent SIMD chains with their running minimums kept in
    /// registers, so that the multiplies of one chain overlap those of the others.</summary>
    private static uint[] Minimums(ReadOnlySpan<uint> shingles)
    {
        var mins = new uint[Length];
        const int Lanes = 4 * 8;
        for (var i = 0; i < Length; i += Lanes)
        {
            var seed0 = Vector256.Create<uint>(Seeds.AsSpan(i));
            var seed1 = Vector256.Create<uint>(Seeds.AsSpan(i + 8));
            var seed2 = Vector256.Create<uint>(Seeds.AsSpan(i + 16));
            var seed3 = Vector256.Create<uint>(Seeds.AsSpan(i + 24));
            var min0 = Vector256<uint>.AllBitsSet;
            var min1 = min0;
            var min2 = min0;
            var min3 = min0;
            foreach (var shingle in shingles)
            {
                var x = Vector256.Create(shingle);
                min0 = Vector256.Min(min0, Mix(x ^ seed0));
                min1 = Vector256.Min(min1, Mix(x ^ seed1));
                min2 = Vector256.Min(min2, Mix(x ^ seed2));
                min3 = Vector256.Min(min3, Mix(x ^ seed3));
            }
            min0.CopyTo(mins.AsSpan(i));
            min1.CopyTo(mins.AsSpan(i + 8));
            min2.CopyTo(mins.AsSpan(i + 16));
            min3.CopyTo(mins.AsSpan(i + 24));
        }
        return mins;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Mix(Vector256<uint> h)
    {
        h ^= Vector256.ShiftRightLogical(h, 16);
        h *= 0x85EBCA6Bu;
        h ^= Vector256.ShiftRightLogical(h, 13);
        h *= 0xC2B2AE35u;
        return h ^ Vector256.ShiftRightLogical(h, 16);
    }

    /// <summary>The estimated Jaccard similarity of the two texts' shingle sets: the share of equal
    /// positions; 0 when either text had no shingles.</summary>
    public static double Similarity(MinHashSignature a, MinHashSignature b)
    {
        if (a.Shingles == 0 || b.Shingles == 0)
        {
            return 0;
        }
        var x = a.Raw;
        var y = b.Raw;
        var equal = 0;
        var i = 0;
        for (; i + Vector256<uint>.Count <= Length; i += Vector256<uint>.Count)
        {
            var same = Vector256.Equals(Vector256.Create<uint>(x.AsSpan(i)), Vector256.Create<uint>(y.AsSpan(i)));
            equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
        }
        for (; i < Length; i++)
        {
            equal += x[i] == y[i] ? 1 : 0;
        }
        return (double)equal / Length;
    }

    /// <summary>Where the order-sensitive combination of a shingle's word hashes starts.</summary>
    private const ulong Start = 0x9E3779B97F4A7C15UL;

    /// <summary>One step of the order-sensitive combination of a shingle's word hashes, oldest first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Combine(ulong h, ulong word) => (BitOperations.RotateLeft(h, 23) ^ word) * 0xBF58476D1CE4E5B9UL;

    /// <summary>The 32 bits a shingle's combined hash ends as.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(ulong h)
    {
        h ^= h >> 31;
        return (uint)(h ^ (h >> 32));
    }

    /// <summary>For each ASCII character, its lower-case form if it is part of a word, else 0.</summary>
    private static readonly byte[] AsciiWord = MakeAsciiWord();

    private static byte[] MakeAsciiWord()
    {
        var table = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit((char)c) ? (byte)char.ToLowerInvariant((char)c) : (byte)0;
        }
        return table;
    }

    /// <summary>Per-thread scratch for a text's shingle hashes, so that a signature allocates only its result.</summary>
    [ThreadStatic]
    private static uint[]? _shingles;

    /// <summary>Scratch kept per thread is at most this many hashes (4 MiB); a longer text gets its own.</summary>
    private const int MaxScratch = 1 << 20;

    private static uint[] MakeSeeds()
    {
        var seeds = new uint[Length];
        var state = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < Length; i++)
        {
            // SplitMix64: a fixed, well-spread sequence.
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            seeds[i] = (uint)(z ^ (z >> 31)) | 1;
        }
        return seeds;
    }
}
