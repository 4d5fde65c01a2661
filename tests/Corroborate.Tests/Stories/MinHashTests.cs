using Corroborate.Stories;

namespace Corroborate.Tests.Stories;

public class MinHashTests
{
    private static readonly string[] Vocabulary =
        [.. Enumerable.Range(0, 400).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>A text of random words (fixed seed), so that shingles repeat only by design.</summary>
    private static string RandomText(int seed, int words)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
    }

    /// <summary>The exact Jaccard of two texts' word 5-gram sets.</summary>
    private static double ExactJaccard(string a, string b)
    {
        static HashSet<string> Shingles(string text)
        {
            var w = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return [.. Enumerable.Range(0, Math.Max(0, w.Length - 4)).Select(i => string.Join(' ', w[i..(i + 5)]))];
        }
        var (x, y) = (Shingles(a), Shingles(b));
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    [Fact]
    public void Identical_texts_agree_everywhere_and_case_and_punctuation_do_not_matter()
    {
        var text = RandomText(1, 300);
        Assert.Equal(1.0, MinHash.Similarity(MinHash.Of(text), MinHash.Of(text)));
        var shouted = text.ToUpperInvariant().Replace(" ", ", ", StringComparison.Ordinal);
        Assert.Equal(1.0, MinHash.Similarity(MinHash.Of(text), MinHash.Of(shouted)));
    }

    [Fact]
    public void Unrelated_texts_share_almost_nothing()
    {
        Assert.True(MinHash.Similarity(MinHash.Of(RandomText(1, 300)), MinHash.Of(RandomText(2, 300))) < 0.05);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(60)]
    public void The_estimate_is_close_to_the_exact_jaccard_of_an_edited_copy(int edits)
    {
        var original = RandomText(7, 400);
        var words = original.Split(' ');
        var random = new Random(edits);
        for (var k = 0; k < edits; k++)
        {
            words[random.Next(words.Length)] = "edited";
        }
        var copy = string.Join(' ', words);
        var exact = ExactJaccard(original, copy);
        var estimate = MinHash.Similarity(MinHash.Of(original), MinHash.Of(copy));
        // 128 functions: standard error sqrt(J(1-J)/128) ≤ 0.045; 0.12 is well over two of them.
        Assert.InRange(estimate, exact - 0.12, exact + 0.12);
    }

    [Fact]
    public void A_text_without_words_is_similar_to_nothing_and_a_headline_is_one_shingle()
    {
        Assert.Equal(0, MinHash.Of("  ... — !").Shingles);
        Assert.Equal(0.0, MinHash.Similarity(MinHash.Of(""), MinHash.Of("")));
        var headline = MinHash.Of("Azerbaijan frees 32");
        Assert.Equal(1, headline.Shingles);
        Assert.Equal(1.0, MinHash.Similarity(headline, MinHash.Of("AZERBAIJAN FREES 32!")));
    }

    [Fact]
    public void Apostrophes_and_hyphens_inside_words_do_not_split_them()
    {
        Assert.Equal(1.0, MinHash.Similarity(MinHash.Of("O'Brien said the 44-day war ended"), MinHash.Of("OBrien said the 44day war ended")));
    }
}
