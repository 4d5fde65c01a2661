using System.IO.Compression;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Ingest.Compression;

namespace Corroborate.Tests.Ingest.Compression;

public class GzipInputTests
{
    [Fact]
    public void Joins_concatenated_members_as_warc_gz_has_them()
    {
        var bytes = Member("first record\n").Concat(Member("second record\n")).Concat(Member("third\n")).ToArray();
        Assert.Equal("first record\nsecond record\nthird\n", Decompress(bytes, InputLimits.Default));
    }

    [Fact]
    public void Stops_a_decompression_bomb_within_a_few_mebibytes()
    {
        // 256 MiB of zeros compress to about 256 KB: a ratio of 1000 to 1, five times the limit.
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 256; i++)
            {
                gzip.Write(zeros);
            }
        }
        using var stream = GzipInput.Decompress(new MemoryStream(buffer.ToArray()), InputLimits.Default);
        var read = 0L;
        var e = Assert.Throws<InputFormatException>(() =>
        {
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                read += n;
            }
        });
        Assert.Contains("decompression bomb", e.Message, StringComparison.Ordinal);
        Assert.InRange(read, 1L << 20, 16L << 20);
    }

    [Fact]
    public void Honours_the_total_size_limit()
    {
        var limits = InputLimits.Default with { MaxDecompressedBytes = 1000, MaxCompressionRatio = int.MaxValue };
        var e = Assert.Throws<InputFormatException>(() => Decompress(Member(new string('x', 5000)), limits));
        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_data_is_a_clear_error()
    {
        byte[] corrupt = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x01];
        var e = Assert.Throws<InputFormatException>(() => Decompress(corrupt, InputLimits.Default));
        Assert.StartsWith("corrupt gzip data", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.7)]
    [InlineData(0.99)]
    public void Truncated_data_is_found_out_although_the_decoder_ends_quietly(double keep)
    {
        var whole = Member(string.Concat(Enumerable.Range(0, 400).Select(i => $"line {i} of a text that must arrive whole\n")));
        var cut = whole[..(int)(whole.Length * keep)];
        var e = Assert.Throws<InputFormatException>(() => Decompress(cut, InputLimits.Default));
        Assert.StartsWith("truncated gzip data", e.Message, StringComparison.Ordinal);
    }

    private static byte[] Member(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return buffer.ToArray();
    }

    private static string Decompress(byte[] bytes, InputLimits limits)
    {
        using var stream = GzipInput.Decompress(new MemoryStream(bytes), limits);
        return new StreamReader(stream).ReadToEnd();
    }
}
