namespace Corroborate.Tests.Cli;

public sealed class EvalQuotesCommandTests
{
    [Fact]
    public void Eval_quotes_has_help_with_examples()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "eval", "quotes", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
        Assert.Contains("corroborate eval quotes --split dev", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_polnear_is_one_error_line()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "eval", "quotes", temp.Path, "--split", "dev");
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no PolNeAR dev split here", error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Eval_quotes_on_dev_prints_each_role_with_overlap_and_exact_figures()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, null, "eval", "quotes", SharedData.File(Path.Combine("bench", "quotes", "polnear")), "--split", "dev");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("PolNeAR dev: 84 articles, 2193 gold attributions", lines[0], StringComparison.Ordinal);
        Assert.Equal(["source", "cue", "content"], lines[1..].Select(l => l.Split(' ')[0]));
        Assert.All(lines[1..], l => Assert.Contains("exact P", l, StringComparison.Ordinal));
    }
}
