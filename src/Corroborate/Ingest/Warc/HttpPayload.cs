using System.Globalization;
using System.IO.Compression;
using System.Text;
using Corroborate.Ingest.Compression;

namespace Corroborate.Ingest.Warc;

/// <summary>
/// The HTTP response inside a WARC <c>response</c> record: status, headers and the entity body with its
/// transfer coding (chunked) and content coding (gzip, deflate, br) undone, within the input limits.
/// </summary>
internal sealed record HttpPayload(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.GetValueOrDefault("content-type");

    /// <summary>Parses an HTTP/1.x response message, or returns null when the block is not one.</summary>
    public static HttpPayload? Parse(ReadOnlySpan<byte> block)
    {
        if (!block.StartsWith("HTTP/"u8))
        {
            return null;
        }
        var headerEnd = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        var bareEnd = block.IndexOf("\n\n"u8);
        if (headerEnd < 0 || (bareEnd >= 0 && bareEnd < headerEnd))
        {
            (headerEnd, separator) = (bareEnd, 2);
        }
        if (headerEnd < 0)
        {
            headerEnd = block.Length;
            separator = 0;
        }
        var lines = Encoding.Latin1.GetString(block[..headerEnd]).Split('\n');
        var statusParts = lines[0].Trim().Split(' ', 3);
        if (statusParts.Length < 2 || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines.AsSpan(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }
        return new HttpPayload(status, headers, block[Math.Min(block.Length, headerEnd + separator)..].ToArray());
    }

    /// <summary>The body as the server meant it: de-chunked and decompressed.</summary>
    /// <param name="warning">Set when the body was damaged but partly recovered (a truncated gzip body).</param>
    /// <exception cref="InputFormatException">The body's content coding is corrupt or exceeds the limits.</exception>
    public byte[] DecodedBody(InputLimits limits, out string? warning)
    {
        warning = null;
        var body = Body;
        if (Headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            // Crawlers often store the body already de-chunked but keep the header: use it as it is then.
            body = Dechunk(body) ?? body;
        }
        var coding = Headers.GetValueOrDefault("content-encoding")?.Trim().ToLowerInvariant();
        return coding switch
        {
            null or "" or "identity" => body,
            "gzip" or "x-gzip" => Decompress(body, s => new GZipStream(s, CompressionMode.Decompress), "gzip", limits, out warning, gzipTrailer: true),
            "br" => Decompress(body, s => new BrotliStream(s, CompressionMode.Decompress), "brotli", limits, out warning),
            "deflate" => body.Length > 1 && body[0] == 0x78
                ? Decompress(body, s => new ZLibStream(s, CompressionMode.Decompress), "deflate", limits, out warning)
                : Decompress(body, s => new DeflateStream(s, CompressionMode.Decompress), "deflate", limits, out warning),
            _ => throw new InputFormatException($"unsupported HTTP Content-Encoding '{coding}'"),
        };
    }

    /// <summary>Undoes chunked transfer coding, or returns null when the body is not validly chunked.</summary>
    internal static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (true)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0)
            {
                return null;
            }
            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd - position).Trim();
            var extension = sizeText.IndexOf(';', StringComparison.Ordinal);
            if (extension >= 0)
            {
                sizeText = sizeText[..extension].Trim();
            }
            if (sizeText.Length is 0 or > 8 || !int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }
            position = lineEnd + 1;
            if (size == 0)
            {
                return output.ToArray();
            }
            if (position + size > body.Length)
            {
                // The last chunk was cut short: keep what is there.
                output.Write(body, position, body.Length - position);
                return output.ToArray();
            }
            output.Write(body, position, size);
            position += size;
            if (position < body.Length && body[position] == '\r')
            {
                position++;
            }
            if (position < body.Length && body[position] == '\n')
            {
                position++;
            }
            if (position >= body.Length)
            {
                return output.ToArray();
            }
        }
    }

    private static byte[] Decompress(byte[] body, Func<Stream, Stream> decoder, string kind, InputLimits limits, out string? warning, bool gzipTrailer = false)
    {
        warning = null;
        var counted = new CountingStream(new MemoryStream(body));
        using var stream = new BoundedStream(decoder(counted), counted, limits.MaxDocumentBytes, limits.MaxCompressionRatio, $"{kind} HTTP body", gzipTrailer);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, n);
            }
        }
        catch (InputFormatException e) when (e.InnerException is InvalidDataException && output.Length > 0 && counted.BytesRead >= body.Length)
        {
            // The compressed body ends early (a truncated capture): what decompressed so far is real content.
            warning = $"the {kind} HTTP body is truncated; read the {output.Length:N0} bytes before the cut";
        }
        return output.ToArray();
    }
}
