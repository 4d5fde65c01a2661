using System.CommandLine;

namespace Corroborate.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "corroborate.db";

    public static Option<string> Database() => new("--db")
    {
        Description = $"SQLite database file (default {DefaultDatabase} in the current directory; created if missing)",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "PATH",
    };

    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };
}
