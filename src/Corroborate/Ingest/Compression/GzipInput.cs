using System.IO.Compression;

namespace Corroborate.Ingest.Compression;

/// <summary>
/// Opens gzip data (one member or many concatenated, as in <c>.warc.gz</c>) as a stream of its
/// decompressed bytes that refuses to grow past <see cref="InputLimits.MaxDecompressedBytes"/> or past
/// <see cref="InputLimits.MaxCompressionRatio"/> times the compressed bytes read, so a gzip bomb stops
/// within a few MiB instead of filling memory or disk.
/// </summary>
internal static class GzipInput
{
    /// <summary>True when <paramref name="head"/> starts with the gzip magic number.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>The decompressed bytes of <paramref name="compressed"/>, which the returned stream owns.</summary>
    public static Stream Decompress(Stream compressed, InputLimits limits)
    {
        var counted = new CountingStream(compressed);
        return new BoundedStream(new GZipStream(counted, CompressionMode.Decompress), counted, limits.MaxDecompressedBytes, limits.MaxCompressionRatio, "gzip", gzipTrailer: true);
    }
}

/// <summary>A read-only stream that counts the bytes read through it (the compressed side of a decoder).</summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyStream
{
    private readonly byte[] _tail = new byte[8];

    public long BytesRead { get; private set; }

    /// <summary>The last (up to) eight bytes read: a gzip member's trailer when the data is complete.</summary>
    public ReadOnlySpan<byte> Tail => _tail.AsSpan(8 - (int)Math.Min(8, BytesRead));

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n >= 8)
        {
            buffer[(n - 8)..n].CopyTo(_tail);
        }
        else if (n > 0)
        {
            _tail.AsSpan(n).CopyTo(_tail);
            buffer[..n].CopyTo(_tail.AsSpan(8 - n));
        }
        BytesRead += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}

/// <summary>
/// The decompressed side of a decoder, with the bomb limits applied and the decoder's own failures
/// (corrupt or truncated data) turned into <see cref="InputFormatException"/>.
/// </summary>
internal sealed class BoundedStream : ReadOnlyStream
{
    /// <summary>The ratio check starts after this much output: tiny inputs compress absurdly well.</summary>
    private const long RatioGrace = 1L << 20;

    private readonly Stream _decoder;
    private readonly CountingStream? _compressed;
    private readonly long _maxBytes;
    private readonly int _maxRatio;
    private readonly string _kind;
    private readonly bool _gzipTrailer;

    /// <param name="gzipTrailer">Check at the end that the data did not stop short of its gzip trailer.</param>
    public BoundedStream(Stream decoder, CountingStream? compressed, long maxBytes, int maxRatio, string kind, bool gzipTrailer = false)
    {
        _decoder = decoder;
        _compressed = compressed;
        _maxBytes = maxBytes;
        _maxRatio = maxRatio;
        _kind = kind;
        _gzipTrailer = gzipTrailer;
    }

    public long BytesWritten { get; private set; }

    public override long Position { get => BytesWritten; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = _decoder.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new InputFormatException($"corrupt {_kind} data after {BytesWritten:N0} decompressed bytes ({e.Message.TrimEnd('.')})", e);
        }
        if (n == 0 && buffer.Length > 0 && _gzipTrailer && _compressed is not null)
        {
            CheckTrailer(_compressed.Tail);
        }
        BytesWritten += n;
        if (BytesWritten > _maxBytes)
        {
            throw new InputFormatException($"decompresses to more than the {_maxBytes >> 20:N0} MiB limit; stopped");
        }
        if (_compressed is not null && BytesWritten > RatioGrace && BytesWritten > (_compressed.BytesRead + 1) * _maxRatio)
        {
            throw new InputFormatException(
                $"decompresses more than {_maxRatio}× ({_compressed.BytesRead:N0} bytes to over {BytesWritten:N0}): a decompression bomb; stopped");
        }
        return n;
    }

    /// <summary>
    /// .NET's decoder ends quietly when gzip data is cut short. A complete stream ends with its last
    /// member's trailer, whose ISIZE (output size mod 2^32) is at most the total output; the four bytes
    /// a cut leaves there instead are a random number that almost always exceeds it.
    /// </summary>
    private void CheckTrailer(ReadOnlySpan<byte> tail)
    {
        var size = tail.Length == 8 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]) : uint.MaxValue;
        var total = (ulong)BytesWritten;
        if (size > total && size != (uint)(total & 0xFFFFFFFF))
        {
            throw new InputFormatException($"truncated {_kind} data: it ends before its trailer, after {BytesWritten:N0} decompressed bytes",
                new InvalidDataException("truncated"));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _decoder.Dispose();
        }
        base.Dispose(disposing);
    }
}

/// <summary>The members every forward-only, read-only stream of this folder shares.</summary>
internal abstract class ReadOnlyStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public abstract override int Read(Span<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
