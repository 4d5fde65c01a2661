namespace Corroborate.Storage;

/// <summary>
/// The article store cannot be opened, read or written. The message is one line that names the
/// database and says why (for example <c>cannot open database news.db: not a SQLite database</c>),
/// so the command line can print it as it is.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
