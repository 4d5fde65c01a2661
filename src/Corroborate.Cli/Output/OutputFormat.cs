using System.CommandLine;

namespace Corroborate.Cli.Output;

/// <summary>The <c>--format</c> values a command that prints data accepts.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Markdown,
}

internal static class FormatOption
{
    /// <summary>A <c>--format</c> option limited to <paramref name="allowed"/>, defaulting to the first.</summary>
    public static Option<string> Create(params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)} (default {allowed[0]})",
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static OutputFormat Parse(string value) => value switch
    {
        "json" or "jsonl" => OutputFormat.Json,
        "markdown" => OutputFormat.Markdown,
        _ => OutputFormat.Text,
    };
}
