using Corroborate.Cli.Output;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>Exit codes: scripts depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read.</summary>
    public const int Ok = 0;

    /// <summary>Some input (or the database) could not be read; the rest was processed.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}

internal static class CliRunner
{
    /// <summary>Runs a command body; a failure becomes one line on standard error, never a stack trace.</summary>
    public static int Guarded(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (StoreException e)
        {
            Terminal.Message($"error: {e.Message}");
        }
        catch (Events.Dictionaries.DictionaryFormatException e)
        {
            Terminal.Message($"error: {e.Message}");
        }
        catch (Evaluation.BenchmarkFormatException e)
        {
            Terminal.Message($"error: {e.Message}");
        }
        catch (IOException e)
        {
            Terminal.Message($"error: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            Terminal.Message($"error: {e.Message}");
        }
        catch (Exception e)
        {
            Terminal.Message($"error: unexpected {e.GetType().Name}: {e.Message}");
        }
        return ExitCodes.SomeFailed;
    }
}
