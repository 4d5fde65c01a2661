using Corroborate.Stories;

namespace Corroborate.Storage;

/// <summary>
/// The bytes of a stored <see cref="ArticleFingerprint"/>: a format byte, flags, times as ticks, the
/// outlet, the MinHash signature and the weighted terms (UTF-8, length-prefixed), little-endian.
/// </summary>
/// <remarks>The format byte lets a later layout read old rows or refuse them; the fingerprint's
/// <c>version</c> column says which fingerprinter and models made the values.</remarks>
internal static class FingerprintCodec
{
    private const byte Format = 1;

    private const byte HasTime = 1;
    private const byte HasUntil = 2;
    private const byte HasOutlet = 4;
    private const byte IsSyndicated = 8;

    /// <summary>A fingerprint holds a few hundred terms; a row claiming more is damaged.</summary>
    private const int MaxTerms = 1_000_000;

    public static byte[] Encode(ArticleFingerprint fingerprint)
    {
        using var buffer = new MemoryStream(64 + 4 * MinHash.Length + 16 * fingerprint.Terms.Count);
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(Format);
            var flags = (byte)((fingerprint.Time is null ? 0 : HasTime) | (fingerprint.Until is null ? 0 : HasUntil)
                | (fingerprint.Outlet is null ? 0 : HasOutlet) | (fingerprint.Syndicated ? IsSyndicated : 0));
            writer.Write(flags);
            if (fingerprint.Time is { } time)
            {
                writer.Write(time.Ticks);
            }
            if (fingerprint.Until is { } until)
            {
                writer.Write(until.Ticks);
            }
            if (fingerprint.Outlet is { } outlet)
            {
                writer.Write(outlet);
            }
            var signature = fingerprint.Signature;
            writer.Write(signature.Shingles);
            writer.Write(signature.Values.Count);
            foreach (var value in signature.Values)
            {
                writer.Write(value);
            }
            writer.Write(fingerprint.Terms.Count);
            foreach (var term in fingerprint.Terms)
            {
                writer.Write(term.Term);
                writer.Write(term.Weight);
            }
        }
        return buffer.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a fingerprint of a known format.</exception>
    public static ArticleFingerprint Decode(byte[] data)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(data, writable: false));
            var format = reader.ReadByte();
            if (format != Format)
            {
                throw new InvalidDataException($"unknown fingerprint format {format}");
            }
            var flags = reader.ReadByte();
            DateTime? time = (flags & HasTime) != 0 ? new DateTime(reader.ReadInt64()) : null;
            DateTime? until = (flags & HasUntil) != 0 ? new DateTime(reader.ReadInt64()) : null;
            var outlet = (flags & HasOutlet) != 0 ? reader.ReadString() : null;
            var shingles = reader.ReadInt32();
            var length = reader.ReadInt32();
            if (length != MinHash.Length)
            {
                throw new InvalidDataException($"a signature of {length} values, not {MinHash.Length}");
            }
            var values = new uint[length];
            for (var i = 0; i < length; i++)
            {
                values[i] = reader.ReadUInt32();
            }
            var count = reader.ReadInt32();
            if (count is < 0 or > MaxTerms)
            {
                throw new InvalidDataException($"{count} terms");
            }
            var terms = new WeightedTerm[count];
            for (var i = 0; i < count; i++)
            {
                terms[i] = new WeightedTerm(reader.ReadString(), reader.ReadSingle());
            }
            if (reader.BaseStream.Position != data.Length)
            {
                throw new InvalidDataException("bytes after the last term");
            }
            return new ArticleFingerprint(time, outlet, (flags & IsSyndicated) != 0, new MinHashSignature(values, shingles), terms) { Until = until };
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException or FormatException)
        {
            throw new InvalidDataException("a fingerprint cut short or damaged", e);
        }
    }
}
