using Spectre.Console;

namespace Corroborate.Cli.Output;

/// <summary>
/// The two consoles the CLI writes to: data on standard output, messages and progress on standard
/// error, so that <c>corroborate list --format json &gt; out.json</c> holds only data.
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Out { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Out),
    });

    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>True when a person watches standard error (not redirected, not CI).</summary>
    public static bool Interactive =>
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Writes one plain line to standard error (no markup interpretation).</summary>
    public static void Message(string line) => Console.Error.WriteLine(line);
}
