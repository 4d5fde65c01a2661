namespace Corroborate.Tests.Cli;

public class QuantitiesCommandTests
{
    [SharedDataFact]
    public void Eval_quantities_prints_the_three_measures_beside_the_published_scores()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "eval", "quantities", SharedData.File("bench/quantities/newsquant"), "--split", "dev");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("NewsQuant.json (dev, 192 sentences): 296 gold quantities", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("value ", StringComparison.Ordinal) && l.Contains("CQE-Numparser 92.0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("value+unit ", StringComparison.Ordinal) && l.Contains("text-recognizer 34.2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("value+change ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_set_is_one_error_line()
    {
        using var temp = new TempFolder();
        temp.File("bad.json", """[{"text": "x", "quantities": [{"value": "many"}]}]""");
        var result = CliProcess.Run(temp.Path, null, "eval", "quantities", "bad.json");
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("error: bad.json: sentence 1, quantity 1: 'value' is not a number or range: many", error);
    }
}
