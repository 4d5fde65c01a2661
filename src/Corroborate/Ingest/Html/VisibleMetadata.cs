using System.Text.RegularExpressions;
using Corroborate.Documents;
using Corroborate.Ingest.Metadata;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Reads the byline and dateline a page shows between its headline and its body ("By Ann Lee |
/// Fox News", "Published Nov 18, 2019 at 4:07 PM", "19.11.2019, 08:57") for pages whose markup
/// declares no author or date.
/// </summary>
internal static partial class VisibleMetadata
{
    /// <summary>The names of the first "By …" line that names people.</summary>
    public static IReadOnlyList<string> Byline(IReadOnlyList<string> preamble, string? outlet)
    {
        foreach (var line in preamble)
        {
            var match = ByLine().Match(line);
            if (!match.Success)
            {
                continue;
            }
            var names = AuthorNames.Clean(match.Groups["names"].Value.Split([",", " and ", " & ", " und ", " e ", " y "], StringSplitOptions.TrimEntries), outlet);
            if (names.Count > 0)
            {
                return names;
            }
        }
        return [];
    }

    /// <summary>The first full date (day or finer) written in the preamble.</summary>
    public static PublicationDate? Dateline(IReadOnlyList<string> preamble)
    {
        foreach (var line in preamble)
        {
            foreach (Match match in DateInText().Matches(line))
            {
                // "Nov 18, 2019 at 4:07 PM", "November 20, 2019 - 11:28": the parser wants a space before the time.
                var text = TimeSeparator().Replace(match.Value, " ");
                if (DateParser.Parse(text) is { Precision: >= DatePrecision.Day } date)
                {
                    return date;
                }
            }
        }
        return null;
    }

    /// <summary>A short line that is only a byline or a dateline (what is left beside the date is a label).</summary>
    public static bool IsBylineOrDateline(string line)
    {
        if (line.Length > 120)
        {
            return false;
        }
        if (ByLine().IsMatch(line))
        {
            return true;
        }
        var rest = DateInText().Replace(line, "");
        return rest.Length < line.Length && rest.Count(char.IsLetter) <= 24;
    }

    private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?";

    private const string Time = @"(?:(?:\s*(?:,|\bat\b|-|–|\|)?\s*)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Z]{1,5}|[+-]\d{2}:?\d{2}))?)?";

    [GeneratedRegex(@"^(?:(?:Written |Reported |Analysis |Words |Story )?[Bb]y|BY|Por|Von|Par)\s*:?\s+(?<names>\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|al|bin|da|di|la|le|del))*(?:\s*(?:,|\band\b|&)\s*\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|al|bin|da|di|la|le|del))*)*)")]
    private static partial Regex ByLine();

    // ISO; month-first ("Nov. 18th 2019 8:54 am PT"); day-first ("18 November 2019, 10:02"); numeric day-first ("19.11.2019, 08:57").
    [GeneratedRegex(
        @"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?" +
        @"|\b" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}" + Time +
        @"|\b\d{1,2}(?:st|nd|rd|th)?\s+" + Month + @",?\s+\d{4}" + Time +
        @"|\b\d{1,2}[./]\d{1,2}[./]\d{4}" + Time)]
    private static partial Regex DateInText();

    [GeneratedRegex(@"\s*(?:,|\bat\b|-|–|\|)\s*(?=\d{1,2}[:.]\d{2})")]
    private static partial Regex TimeSeparator();
}
