using Corroborate.Evaluation;

namespace Corroborate.Tests.Evaluation;

public class EventGoldTests
{
    private static readonly (string, string)[] Records =
        [.. Enumerable.Range(0, 301).Select(i => (i % 3 == 0 ? "A" : i % 3 == 1 ? "B" : "C", $"REC-{i:D4}"))];

    [Fact]
    public void The_split_halves_each_category()
    {
        var splits = EventGold.Splits(Records);
        foreach (var category in new[] { "A", "B", "C" })
        {
            var sides = Records.Zip(splits).Where(p => p.First.Item1 == category).Select(p => p.Second).ToList();
            var dev = sides.Count(s => s == BenchmarkSplit.Dev);
            Assert.InRange(dev, sides.Count / 2, (sides.Count + 1) / 2);
        }
    }

    [Fact]
    public void A_records_side_depends_on_its_id_and_category_not_on_file_order()
    {
        var forward = EventGold.Splits(Records);
        var reversed = EventGold.Splits([.. Records.Reverse()]);
        Assert.Equal(forward, reversed.Reverse());
    }

    [Fact]
    public void An_id_written_twice_stays_on_one_side()
    {
        (string, string)[] records = [("A", "x"), ("A", "y"), ("A", "x"), ("A", "z")];
        var splits = EventGold.Splits(records);
        Assert.Equal(splits[0], splits[2]);
        Assert.Contains(BenchmarkSplit.Dev, splits);
        Assert.Contains(BenchmarkSplit.HeldOut, splits);
    }

    /// <summary>Counts as <c>KEY n, KEY n</c>, most first, then by key: easy to set beside a count made in the shell.</summary>
    internal static string Tally(IEnumerable<string> keys) =>
        string.Join(", ", keys.CountBy(k => k).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));

    [Fact]
    public void A_format_error_is_one_line_naming_the_file_and_line()
    {
        var e = new BenchmarkFormatException("PLOVER_GSR_CAMEO.txt", 12, "record X: no 'text'");
        Assert.Equal("PLOVER_GSR_CAMEO.txt: line 12: record X: no 'text'", e.Message);
        Assert.Equal(("PLOVER_GSR_CAMEO.txt", 12, "record X: no 'text'"), (e.File, e.Line, e.Reason));
        Assert.Equal("a.xml: no <Sentence> records", new BenchmarkFormatException("a.xml", null, "no <Sentence> records").Message);
    }
}
