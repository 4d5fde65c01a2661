using System.Text;

namespace Corroborate.Ingest.Cleaning;

/// <summary>
/// Puts text into one canonical form before anything matches on it: Unicode NFC, LF line ends, every
/// kind of space (no-break, thin, ideographic, tab) as a plain space, invisible characters removed
/// (zero-width space, BOM, soft hyphen), C1 control characters read as the windows-1252 punctuation
/// they almost always are (a mis-decoded <c>0x92</c> is an apostrophe), runs of spaces collapsed and
/// line ends trimmed. Lossless for content: only the encoding of the same text changes.
/// </summary>
internal static class TextNormalizer
{
    // windows-1252 characters for bytes 0x80-0x9F; '\0' where the code page leaves the byte undefined.
    private const string Windows1252High = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }
                c = '\n';
            }
            if (c is >= '\u0080' and <= '\u009F')
            {
                c = Windows1252High[c - 0x80];
                if (c == '\0')
                {
                    continue;
                }
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                pendingSpace = false;
                builder.Append('\n');
                continue;
            }
            if (IsInvisible(c))
            {
                continue;
            }
            if (IsSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (char.IsControl(c))
            {
                continue;
            }
            if (pendingSpace)
            {
                if (builder.Length > 0 && builder[^1] != '\n')
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000'
        || c is >= '\u2000' and <= '\u200A';

    // Zero-width joiners (U+200C/U+200D) are kept: they carry meaning in several scripts and in emoji.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';
}
