using System.Security.Cryptography;
using System.Text;

namespace Corroborate.Ingest;

/// <summary>SHA-256 as lower-case hex: the identity of raw inputs and of clean articles.</summary>
public static class Hashing
{
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));
}
