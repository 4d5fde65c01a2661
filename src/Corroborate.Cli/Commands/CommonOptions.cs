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

    public static Option<string?> SharedData() => new("--data")
    {
        Description = "The shared data folder (default: CORROBORATE_SHARED, else ../shared/data)",
        HelpName = "DIR",
    };

    /// <summary>The shared data folder: the option, else CORROBORATE_SHARED, else ../shared/data from here or above the program.</summary>
    public static string ResolveSharedData(string? given)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(given))
        {
            candidates.Add(given);
        }
        if (Environment.GetEnvironmentVariable("CORROBORATE_SHARED") is { Length: > 0 } fromEnv)
        {
            candidates.Add(Path.Combine(fromEnv, "data"));
            candidates.Add(fromEnv);
        }
        candidates.Add(Path.Combine("..", "shared", "data"));
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, "..", "shared", "data"));
        }
        return candidates.FirstOrDefault(c => Directory.Exists(Path.Combine(c, "corpora")))
            ?? throw new IOException("cannot find the shared data (../shared/data); give --data DIR or set CORROBORATE_SHARED");
    }
}
