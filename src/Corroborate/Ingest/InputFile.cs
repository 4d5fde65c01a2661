namespace Corroborate.Ingest;

/// <summary>
/// One input handed to a reader: its name for messages and provenance, and a way to open its bytes
/// (already decompressed when the file was gzip). Metadata that an envelope supplied (a WARC record's
/// URL, date and HTTP Content-Type) rides along.
/// </summary>
public sealed class InputFile
{
    private readonly Func<Stream> _open;

    public InputFile(string name, Func<Stream> open, InputLimits? limits = null)
    {
        Name = name;
        _open = open;
        Limits = limits ?? InputLimits.Default;
    }

    /// <summary>The path as the user gave it (or found under a directory), or <c>-</c> for stdin.</summary>
    public string Name { get; }

    public InputLimits Limits { get; }

    /// <summary>Content-Type with charset when an envelope declared it (HTTP header in a WARC record).</summary>
    public string? DeclaredContentType { get; init; }

    public string? Url { get; init; }

    public Corroborate.Documents.PublicationDate? Date { get; init; }

    /// <summary>Record number within a container (WARC record index), for provenance.</summary>
    public int? Record { get; init; }

    public long? Offset { get; init; }

    /// <summary>Opens the (decompressed) bytes. Each call gives a new stream positioned at the start.</summary>
    public Stream Open() => _open();

    /// <summary>Reads the whole input, refusing more than <see cref="InputLimits.MaxDocumentBytes"/>.</summary>
    public byte[] ReadAllBytes()
    {
        using var stream = Open();
        var max = Limits.MaxDocumentBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > max)
            {
                throw new InputFormatException($"larger than the {max >> 20} MiB document limit");
            }
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
