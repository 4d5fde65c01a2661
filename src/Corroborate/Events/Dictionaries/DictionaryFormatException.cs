namespace Corroborate.Events.Dictionaries;

/// <summary>
/// A dictionary file has a line that cannot be read. The message is one line that names the file, the
/// line and what is wrong, e.g. <c>CAMEO.2.0.txt:1234: pattern has no code in [ ]</c>, so a command line
/// can print it as it is. A problem with a whole file or folder has no line:
/// <c>dictionaries: has no verb dictionary (*verbs*.txt or CAMEO*.txt)</c>.
/// </summary>
public sealed class DictionaryFormatException : Exception
{
    public DictionaryFormatException(string file, int line, string reason)
        : base(line > 0 ? $"{Path.GetFileName(file)}:{line}: {reason}" : $"{Path.GetFileName(file)}: {reason}")
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public DictionaryFormatException()
        : this("dictionary", 0, "cannot be read")
    {
    }

    public DictionaryFormatException(string message)
        : this("dictionary", 0, message)
    {
    }

    public DictionaryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "dictionary";
        Reason = message;
    }

    /// <summary>The path of the file as it was given to the reader.</summary>
    public string File { get; }

    /// <summary>The 1-based line number; 0 when the problem is with the file as a whole.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Reason { get; }
}

/// <summary>
/// A quirk of a dictionary line that was read leniently: what the file says is taken in a documented way
/// (or left out) instead of failing the whole load. <see cref="ToString"/> is
/// <c>file:line: message</c>, the same shape as <see cref="DictionaryFormatException"/>'s message.
/// </summary>
public sealed record DictionaryWarning(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
