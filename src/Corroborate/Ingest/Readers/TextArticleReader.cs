using Corroborate.Documents;
using Corroborate.Ingest.Cleaning;

namespace Corroborate.Ingest.Readers;

/// <summary>
/// Reads a plain-text article as scrapers save it: an optional title line, then the body. Datelines,
/// <c>Source:</c> lines, bylines and widgets stay in the body for <see cref="NoiseCleaner"/> to recognise.
/// </summary>
/// <remarks>
/// The first non-blank line is the title when it is followed by a blank line, reads like a headline
/// (a few words, no more than 250 characters, not ending in a full stop or comma) and is not itself a
/// metadata line (a wire header such as <c>date 2023-12-07 (MENAFN- AzerNews)</c> or a dateline).
/// </remarks>
internal sealed class TextArticleReader : IArticleReader
{
    private const int MaxTitleLength = 250;

    public IEnumerable<RawArticle> Read(InputFile input, Action<InputProblem> report)
    {
        var bytes = input.ReadAllBytes();
        var decoded = TextDecoder.Decode(bytes, input.DeclaredContentType);
        if (decoded.Warning is { } warning)
        {
            report(new InputProblem(input.Name, input.Record is { } r ? $"record {r}" : null, warning, ProblemSeverity.Warning));
        }
        var text = TextNormalizer.Normalize(decoded.Text);
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0)
        {
            throw new InputFormatException("empty file");
        }

        string? title = null;
        var bodyStart = 0;
        var candidate = lines[first].Trim();
        var blankAfter = first + 1 >= lines.Length || lines[first + 1].Trim().Length == 0;
        if (blankAfter && LooksLikeHeadline(candidate))
        {
            title = candidate;
            bodyStart = first + 1;
        }

        // Keep the body's line numbers equal to the file's, so removals point at real lines.
        var body = string.Join('\n', lines.Select((l, i) => i < bodyStart ? string.Empty : l));
        if (body.Trim().Length == 0 && title is null)
        {
            throw new InputFormatException("no article text");
        }
        yield return new RawArticle
        {
            Body = body,
            Title = title,
            Source = new SourceRef(input.Name, "text", input.Record, input.Offset),
            RawHash = Hashing.Sha256(bytes),
            Url = input.Url,
            Published = input.Date,
        };
    }

    private static bool LooksLikeHeadline(string line)
    {
        if (line.Length > MaxTitleLength || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3)
        {
            return false;
        }
        if (line[^1] is '.' or ',' or ';')
        {
            return false;
        }
        var probe = NoiseCleaner.Clean(line);
        return probe.Removals.Count == 0;
    }
}
