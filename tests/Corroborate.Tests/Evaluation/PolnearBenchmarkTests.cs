using Corroborate.Evaluation;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Evaluation;

public sealed class PolnearBenchmarkTests
{
    private const string Text = "\"We won,\" the mayor said. \"It was close.\" Turnout was high, it was reported.";

    private const string Annotation = """
        T1	Source 10 19	the mayor
        T2	Cue 20 24	said
        T3	Content 0 9;26 41	"We won," "It was close."
        T4	Attribution 20 24	said
        E1	Attribution:T4 Source:T1 Cue:T2 Content:T3
        T5	Content 42 58	Turnout was high
        T6	Cue 63 75	was reported
        T7	Attribution 63 75	was reported
        E2	Attribution-no-source:T7 Content:T5 Cue:T6
        T8	Discuss 0 3	"We
        """;

    [Fact]
    public void Reads_discontinuous_spans_relations_without_a_source_and_the_first_annotator()
    {
        using var temp = new TempFolder();
        temp.File("dev/text/mayor.txt", Text);
        temp.File("dev/attributions/mayor_a1.ann", Annotation);
        temp.File("dev/attributions/mayor_b2.ann", "T1\tCue 20 24\tsaid\n");
        var article = Assert.Single(PolnearBenchmark.Load(temp.Path, "dev"));
        Assert.Equal(("mayor", "a1"), (article.Name, article.Annotator));
        Assert.Equal(2, article.Attributions.Count);
        var first = article.Attributions[0];
        Assert.Equal("the mayor", first.Source!.Text);
        Assert.Equal("said", first.Cue!.Text);
        Assert.Equal([(0, 9), (26, 41)], first.Content!.Pieces.Select(p => (p.Start, p.End)));
        var second = article.Attributions[1];
        Assert.Null(second.Source);
        Assert.Equal("was reported", second.Cue!.Text);
    }

    [Fact]
    public void Pieces_written_out_of_order_and_a_second_content_role_are_put_in_text_order()
    {
        var attributions = PolnearBenchmark.Read(Text, [
            "T1\tContent 42 58;26 41\tTurnout was high \"It was close.\"",
            "T2\tContent 0 9\t\"We won,\"",
            "T3\tCue 20 24\tsaid",
            "E1\tAttribution:T3 Cue:T3 Content:T1 Content2:T2 ",
        ], "x.ann");
        Assert.Equal([0, 26, 42], Assert.Single(attributions).Content!.Pieces.Select(p => p.Start));
    }

    [Theory]
    [InlineData("T1\tCue 20 24", 2, "expected a T line")]
    [InlineData("T1\tCue 20 x\tsaid", 2, "is not two offsets")]
    [InlineData("T1\tCue 20 25\tsaid", 2, "is not the text at its offsets")]
    [InlineData("T1\tCue 70 90\tsaid", 2, "are not a span of the")]
    [InlineData("E1\tAttribution:T9 Cue:T9", 2, "T9 is not a span of this file")]
    [InlineData("E1\tAttribution:T1 Speaker:T1", 2, "unknown role 'Speaker'")]
    [InlineData("R1\tCue Arg1:T1", 2, "expected a T line")]
    public void A_malformed_line_names_the_file_and_line(string line, int number, string reason)
    {
        var e = Assert.Throws<BenchmarkFormatException>(() => PolnearBenchmark.Read(Text, ["T1\tCue 20 24\tsaid", line], "mayor_a1.ann"));
        Assert.Equal(("mayor_a1.ann", number), (e.File, e.Line));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"mayor_a1.ann: line {number}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_the_split_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<BenchmarkFormatException>(() => PolnearBenchmark.Load(temp.Path, "test"));
        Assert.Contains("no PolNeAR test split here", e.Message, StringComparison.Ordinal);
    }
}
