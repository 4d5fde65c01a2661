namespace Corroborate.Evaluation;

/// <summary>
/// A benchmark file that cannot be read as its set's format. The message is one line naming the file and,
/// where known, the line: <c>PLOVER_GSR_CAMEO.txt: line 12: record PLOVER-GSR01-AGREE-0002: 'source' is not a list of actors</c>.
/// </summary>
/// <remarks>Gold data read wrongly would score every system wrongly, so the readers stop at the first
/// problem rather than skip a record.</remarks>
public sealed class BenchmarkFormatException : Exception
{
    public BenchmarkFormatException(string file, int? line, string reason, Exception? innerException = null)
        : base(line is { } n ? $"{file}: line {n}: {reason}" : $"{file}: {reason}", innerException)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public BenchmarkFormatException() : this("unreadable benchmark file") { }

    public BenchmarkFormatException(string message) : base(message)
    {
        File = "";
        Reason = message;
    }

    public BenchmarkFormatException(string message, Exception innerException) : base(message, innerException)
    {
        File = "";
        Reason = message;
    }

    /// <summary>The file's name, as the message gives it.</summary>
    public string File { get; }

    /// <summary>The line (from 1) where reading stopped, if known.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Reason { get; }
}
