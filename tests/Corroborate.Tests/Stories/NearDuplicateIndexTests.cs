using Corroborate.Stories;

namespace Corroborate.Tests.Stories;

public class NearDuplicateIndexTests
{
    private static string Text(int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, 200).Select(_ => "w" + random.Next(500).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_lightly_edited_copy_is_a_candidate_and_unrelated_texts_mostly_are_not()
    {
        var index = new NearDuplicateIndex(TimeSpan.FromDays(14));
        for (var i = 0; i < 500; i++)
        {
            index.Add(i, MinHash.Of(Text(i)), null);
        }
        var words = Text(123).Split(' ');
        for (var k = 0; k < words.Length; k += 25)
        {
            words[k] = "changed";
        }
        var candidates = index.Candidates(MinHash.Of(string.Join(' ', words)));
        Assert.Contains(123, candidates);
        Assert.True(candidates.Count < 3, $"{candidates.Count} candidates");
    }

    [Fact]
    public void Entries_older_than_two_windows_are_dropped()
    {
        var index = new NearDuplicateIndex(TimeSpan.FromDays(2));
        var day = new DateTime(2023, 12, 1);
        var signature = MinHash.Of(Text(1));
        index.Add(0, signature, day);
        index.Add(1, MinHash.Of(Text(2)), day.AddDays(3));
        Assert.Contains(0, index.Candidates(signature));
        index.Add(2, MinHash.Of(Text(3)), day.AddDays(6));
        Assert.DoesNotContain(0, index.Candidates(signature));
    }

    [Fact]
    public void Every_item_with_a_shared_band_is_a_candidate_and_dropped_items_are_reported_forgotten()
    {
        var index = new NearDuplicateIndex(TimeSpan.FromDays(2));
        var day = new DateTime(2023, 12, 1);
        var signature = MinHash.Of(Text(1));
        // Three items with the same text share every band key: each bucket chains all three.
        for (var i = 0; i < 3; i++)
        {
            index.Add(i, signature, day);
        }
        Assert.Equal([2, 1, 0], index.Candidates(signature));
        Assert.Equal(0, index.ForgottenBefore);
        index.Add(3, MinHash.Of(Text(2)), day.AddDays(3));
        Assert.Equal(0, index.ForgottenBefore);
        index.Add(4, MinHash.Of(Text(3)), day.AddDays(6));
        Assert.Equal(3, index.ForgottenBefore);
        Assert.Empty(index.Candidates(signature));
    }
}
