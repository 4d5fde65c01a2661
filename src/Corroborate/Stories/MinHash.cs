using System.IO.Hashing;
using System.Numerics;
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

    /// <summary>The signature of <paramref name="text"/>'s word 5-grams.</summary>
    public static MinHashSignature Of(string text)
    {
        var shingles = new List<uint>(text.Length / 5);
        Span<ulong> window = stackalloc ulong[ShingleWords];
        Span<char> word = stackalloc char[MaxWordLength];
        var words = 0;
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetterOrDigit(c)))
            {
                if (length < MaxWordLength)
                {
                    // ASCII first: most news text is, and char.ToLowerInvariant costs more than the test.
                    word[length++] = c < 128 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
                }
                continue;
            }
            if (length == 0 || (c is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                // Apostrophes and hyphens inside a word ("O'Brien", "44-day") do not split it.
                continue;
            }
            window[words % ShingleWords] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word[..length]));
            words++;
            length = 0;
            if (words >= ShingleWords)
            {
                shingles.Add(Combine(window, words));
            }
        }
        if (words is > 0 and < ShingleWords)
        {
            // A text shorter than one shingle (a headline) is one shingle of all its words.
            shingles.Add(Combine(window[..words], words));
        }
        return new MinHashSignature(Minimums(CollectionsMarshal.AsSpan(shingles)), shingles.Count);
    }

    /// <summary>Every hash function's minimum over the shingles, eight functions at a time with the
    /// running minimum kept in a register: h_i(x) = fmix32(x XOR seed_i), MurmurHash3's finalizer, a
    /// fast well-mixed function per seed.</summary>
    private static uint[] Minimums(ReadOnlySpan<uint> shingles)
    {
        var mins = new uint[Length];
        for (var i = 0; i < Length; i += Vector256<uint>.Count)
        {
            var seed = Vector256.Create<uint>(Seeds.AsSpan(i));
            var min = Vector256<uint>.AllBitsSet;
            foreach (var shingle in shingles)
            {
                var h = Vector256.Create(shingle) ^ seed;
                h ^= Vector256.ShiftRightLogical(h, 16);
                h *= 0x85EBCA6Bu;
                h ^= Vector256.ShiftRightLogical(h, 13);
                h *= 0xC2B2AE35u;
                h ^= Vector256.ShiftRightLogical(h, 16);
                min = Vector256.Min(min, h);
            }
            min.CopyTo(mins.AsSpan(i));
        }
        return mins;
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

    /// <summary>Order-sensitive combination of the last <see cref="ShingleWords"/> word hashes (the
    /// window is a ring; <paramref name="words"/> says where it starts).</summary>
    private static uint Combine(ReadOnlySpan<ulong> window, int words)
    {
        var h = 0x9E3779B97F4A7C15UL;
        for (var k = 0; k < window.Length; k++)
        {
            h = (BitOperations.RotateLeft(h, 23) ^ window[(words + k) % window.Length]) * 0xBF58476D1CE4E5B9UL;
        }
        h ^= h >> 31;
        return (uint)(h ^ (h >> 32));
    }

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
