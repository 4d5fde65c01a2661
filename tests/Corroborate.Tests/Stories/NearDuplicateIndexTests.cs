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
}
