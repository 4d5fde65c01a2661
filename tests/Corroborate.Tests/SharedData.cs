namespace Corroborate.Tests;

/// <summary>
/// Finds <c>../shared/data</c> beside the repository (or at <c>CORROBORATE_SHARED</c>). Tests that read
/// it use <see cref="SharedDataFactAttribute"/> so they skip, saying why, when it is absent.
/// </summary>
public static class SharedData
{
    public static readonly string? Root = Locate();

    public const string MissingReason = "../shared/data is not beside this repository (set CORROBORATE_SHARED to its path)";

    /// <summary>Absolute path of a file under <c>shared/data</c>, e.g. <c>seeds/000_e9e3171e4863870b.txt</c>.</summary>
    public static string File(string relative) =>
        Path.Combine(Root ?? throw new InvalidOperationException(MissingReason), relative);

    /// <summary>The repository root (the folder holding Corroborate.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("cannot find Corroborate.slnx above the test binaries");
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CORROBORATE_SHARED");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(fromEnv))
        {
            candidates.Add(Path.Combine(fromEnv, "data"));
            candidates.Add(fromEnv);
        }
        candidates.Add(Path.GetFullPath(Path.Combine(FindRepoRoot(), "..", "shared", "data")));
        return candidates.FirstOrDefault(c => Directory.Exists(Path.Combine(c, "seeds")));
    }
}

/// <summary>A fact that needs ../shared/data; skipped with a clear reason when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = SharedData.MissingReason;
        }
    }
}

/// <summary>A theory that needs ../shared/data; skipped with a clear reason when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = SharedData.MissingReason;
        }
    }
}
