namespace Corroborate.Ingest;

/// <summary>How much of an input a problem cost.</summary>
public enum ProblemSeverity
{
    /// <summary>The input was read, with a repair (a malformed feed recovered leniently, say).</summary>
    Warning,
    /// <summary>The input, or a record of it, could not be read.</summary>
    Error,
}

/// <summary>
/// One problem with one input, worded for a person: <c>feeds/a.xml:12: not well-formed XML (…)</c>.
/// <see cref="Location"/> is a line (<c>line 12</c>) or record (<c>record 3</c>) within the file, if known.
/// </summary>
public sealed record InputProblem(string File, string? Location, string Reason, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString()
    {
        var where = Location is null ? File : $"{File}: {Location}";
        var label = Severity == ProblemSeverity.Warning ? "warning" : "error";
        return $"{label}: {where}: {Reason}";
    }
}

/// <summary>
/// Thrown by a reader when an input cannot be read at all (empty, binary, corrupt, too large).
/// The message is the one-line reason; the caller adds the file name.
/// </summary>
public sealed class InputFormatException : Exception
{
    public InputFormatException(string reason, string? location = null) : base(reason) => Location = location;

    public InputFormatException() : base("unreadable input") { }

    public InputFormatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Line or record within the input where reading stopped, if known.</summary>
    public string? Location { get; }
}
