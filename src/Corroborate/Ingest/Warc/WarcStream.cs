namespace Corroborate.Ingest.Warc;

/// <summary>
/// A forward-only byte reader over a (decompressed) WARC stream: bounded header lines, exact blocks,
/// skipping, and the byte offset of each record for provenance.
/// </summary>
internal sealed class WarcStream(Stream inner)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far: the offset of the next byte in the decompressed stream.</summary>
    public long Position { get; private set; }

    /// <summary>True when no byte is left.</summary>
    public bool AtEnd => !Fill();

    /// <summary>Skips CR and LF bytes (the separators between records, tolerated in any number).</summary>
    public void SkipNewlines()
    {
        while (Fill() && _buffer[_start] is (byte)'\r' or (byte)'\n')
        {
            _start++;
            Position++;
        }
    }

    /// <summary>
    /// One line without its CR LF (or bare LF), or null at the end. A line longer than <paramref name="max"/>
    /// bytes throws, or with <paramref name="truncate"/> is returned in pieces of at most that length.
    /// </summary>
    public byte[]? ReadLine(int max, bool truncate = false)
    {
        if (!Fill())
        {
            return null;
        }
        using var line = new MemoryStream();
        while (Fill())
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            if (line.Length + (stop - _start) > max)
            {
                if (!truncate)
                {
                    throw new InputFormatException($"a header line longer than {max:N0} bytes at offset {Position:N0}");
                }
                var room = (int)(max - line.Length);
                line.Write(_buffer, _start, room);
                _start += room;
                Position += room;
                return line.ToArray();
            }
            line.Write(_buffer, _start, stop - _start);
            Position += (newline < 0 ? _end : newline + 1) - _start;
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0)
            {
                break;
            }
        }
        var bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }

    /// <summary>Reads up to <paramref name="count"/> bytes; fewer only at the end of the stream.</summary>
    public byte[] Read(int count)
    {
        var result = new byte[count];
        var filled = 0;
        while (filled < count && Fill())
        {
            var n = Math.Min(count - filled, _end - _start);
            Buffer.BlockCopy(_buffer, _start, result, filled, n);
            filled += n;
            _start += n;
            Position += n;
        }
        return filled == count ? result : result[..filled];
    }

    /// <summary>Skips up to <paramref name="count"/> bytes without keeping them; returns how many were skipped.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count && Fill())
        {
            var n = (int)Math.Min(count - skipped, _end - _start);
            _start += n;
            skipped += n;
            Position += n;
        }
        return skipped;
    }

    private bool Fill()
    {
        if (_start < _end)
        {
            return true;
        }
        _start = 0;
        _end = inner.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
