using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Documents;

namespace Corroborate.Ingest.Cleaning;

/// <summary>
/// Removes scraper residue from an article body and records each removal with the rule that made it.
/// </summary>
/// <remarks>
/// Rules act on whole lines (a scraper writes widgets, bylines and navigation as lines of their own),
/// plus one in-line rule for a "Read more" link glued to the end of a paragraph. Each line rule is
/// narrow: it must match the entire line, and lines long enough to be prose are never taken for
/// widgets, so article sentences are not lost. Metadata lines (datelines, <c>Source:</c>, bylines,
/// wire headers) are removed from the text and their values returned in <see cref="LineMetadata"/>.
/// Input is expected to be normalized by <see cref="TextNormalizer"/>. Stateless and thread-safe.
/// </remarks>
internal static partial class NoiseCleaner
{
    /// <summary>Lines at least this long are prose, whatever words they start with.</summary>
    private const int ProseLength = 160;

    public static CleanedBody Clean(string body)
    {
        var lines = body.Split('\n');
        var removals = new List<Removal>();
        var kept = new List<(string Text, int Line)>();
        var found = LineMetadata.Empty;
        var authors = new List<string>();
        var sourceLines = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0)
            {
                kept.Add((line, number));
                continue;
            }

            var rule = Classify(line, ref found, authors, sourceLines);
            if (rule is not null)
            {
                removals.Add(new Removal(rule, line, number));
                continue;
            }

            var glued = TrailingReadMore().Match(line);
            if (glued.Success && glued.Index > 0)
            {
                removals.Add(new Removal("read-more", glued.Value.Trim(), number));
                line = line[..glued.Index].TrimEnd();
            }
            kept.Add((line, number));
        }

        found = found with { Authors = authors };
        return new CleanedBody(JoinParagraphs(kept), removals, found);
    }

    /// <summary>Names the rule that removes <paramref name="line"/>, or null to keep it.</summary>
    private static string? Classify(string line, ref LineMetadata found, List<string> authors, HashSet<string> sourceLines)
    {
        if (line.Length >= ProseLength)
        {
            return null;
        }

        var wire = WireHeader().Match(line);
        if (wire.Success)
        {
            found = found with
            {
                Date = found.Date ?? DateParser.Parse(wire.Groups["date"].Value),
                Syndicator = wire.Groups["carrier"].Value.Trim(),
                OriginalOutlet = wire.Groups["origin"].Value.Trim(),
            };
            return "wire-header";
        }

        var source = SourceLine().Match(line);
        if (source.Success)
        {
            var name = source.Groups["name"].Value.Trim();
            if (!sourceLines.Add(name))
            {
                return "duplicate-source-line";
            }
            found = found with { SourceName = found.SourceName ?? name };
            return "source-line";
        }

        if (line.Length <= 48 && DateLine().Match(line) is { Success: true } dateLine
            && DateParser.Parse(dateLine.Groups["date"].Value) is { Precision: >= DatePrecision.Day } date)
        {
            found = found with { Date = found.Date ?? date };
            return "dateline";
        }

        var glued = BylineWithNavigation().Match(line);
        if (glued.Success)
        {
            authors.Add(glued.Groups["name"].Value);
            return "byline-with-navigation";
        }

        var byline = Byline().Match(line);
        if (byline.Success)
        {
            foreach (var name in AndSeparator().Split(byline.Groups["names"].Value))
            {
                authors.Add(name.Trim());
            }
            return "byline";
        }

        if (line.Equals("In article", StringComparison.OrdinalIgnoreCase))
        {
            return "in-article-marker";
        }
        if (IsTicker(line))
        {
            return "ticker";
        }
        if (ReadMore().IsMatch(line))
        {
            return "read-more";
        }
        if (Share().IsMatch(line) || IsSocialButtons(line))
        {
            return "share";
        }
        if (Subscribe().IsMatch(line))
        {
            return "subscribe";
        }
        if (Cookie().IsMatch(line))
        {
            return "cookie-notice";
        }
        if (Advertisement().IsMatch(line))
        {
            return "advertisement";
        }
        return Copyright().IsMatch(line) ? "copyright" : null;
    }

    /// <summary>
    /// A currency or market widget: only numbers and currency signs or codes, with at least two numbers
    /// and either a currency mark or a decimal point in every number (<c>$ 451.27 489.13 4.87</c>).
    /// </summary>
    private static bool IsTicker(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int numbers = 0, decimals = 0, currencies = 0;
        foreach (var token in tokens)
        {
            if (TickerNumber().IsMatch(token))
            {
                numbers++;
                if (token.Contains('.', StringComparison.Ordinal) || token.Contains(',', StringComparison.Ordinal))
                {
                    decimals++;
                }
            }
            else if (CurrencyToken().IsMatch(token))
            {
                currencies++;
            }
            else
            {
                return false;
            }
        }
        return numbers >= 2 && (currencies > 0 || decimals == numbers);
    }

    /// <summary>A row of share buttons: every word names a network or a share action.</summary>
    private static bool IsSocialButtons(string line)
    {
        var words = line.Split([' ', '|', '·', '•', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => SocialWord().IsMatch(w));
    }

    /// <summary>
    /// Rebuilds paragraphs: blank lines separate blocks; inside a block, hard-wrapped lines (the
    /// previous line does not end a sentence) are joined, other lines stay separate paragraphs.
    /// </summary>
    private static string JoinParagraphs(List<(string Text, int Line)> kept)
    {
        var builder = new StringBuilder();
        var paragraph = new StringBuilder();
        foreach (var (text, _) in kept)
        {
            if (text.Length == 0)
            {
                Flush(builder, paragraph);
                continue;
            }
            if (paragraph.Length > 0)
            {
                if (EndsSentence(paragraph))
                {
                    Flush(builder, paragraph);
                }
                else
                {
                    paragraph.Append(' ');
                }
            }
            paragraph.Append(text);
        }
        Flush(builder, paragraph);
        return builder.ToString();
    }

    private static bool EndsSentence(StringBuilder paragraph)
    {
        var last = paragraph[^1];
        return last is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ':' or ')' or '…' || paragraph.Length < 60;
    }

    private static void Flush(StringBuilder text, StringBuilder paragraph)
    {
        if (paragraph.Length == 0)
        {
            return;
        }
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }
        text.Append(paragraph);
        paragraph.Clear();
    }

    // " date 2023-12-07 (MENAFN- AzerNews)": a syndicator's header naming itself and the origin.
    [GeneratedRegex(@"^(?:date\s+)?(?<date>\d{4}-\d{2}-\d{2})\s*\((?<carrier>[^()\-–]+?)\s*[-–]\s*(?<origin>[^()]+)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex WireHeader();

    [GeneratedRegex(@"^Source\s*:\s*(?<name>[^\s].{0,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^(?:(?:Published|Posted|Updated|Date|Last updated)\s*:?\s*)?(?<date>.+?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    private const string Name = @"\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|al|bin|ibn|da|di|la|le)){1,3}";

    [GeneratedRegex(@"^(?<name>" + Name + @")\s+(?:Read more|Read More|READ MORE|More by this author|All articles|Follow)$")]
    private static partial Regex BylineWithNavigation();

    [GeneratedRegex(@"^(?:By|BY|Written by|Reporting by|Author:)\s+(?<names>" + Name + @"(?:\s*(?:,|and|&)\s*" + Name + @")*)(?:\s*[,|–\-]\s*.{0,60})?$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*")]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"^(?:Read more|Read also|Also read|Read next|More on this|Continue reading|See also|Related|Related articles|Related stories|Recommended|Most read|Click here to read more|Watch)\s*[:…\.»>]*(?:\s.{0,120})?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"\s+(?:Read more|Continue reading|Read the full (?:article|story))\s*[…\.»>]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingReadMore();

    [GeneratedRegex(@"^(?:Share(?: this)?(?: article| story| post| page)?(?: on \w+)?|Share via|Tweet|Click to share|Print(?: this)?(?: article)?|Email(?: this)?(?: article)?|Copy link)\s*[:!.]?(?:\s+(?:Facebook|Twitter|X|Telegram|WhatsApp|LinkedIn|VK|VKontakte|Reddit|Email|E-mail|Print|Copy link|Pinterest|Viber|OK|Odnoklassniki)[,|·•]?)*$", RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    [GeneratedRegex(@"^(?:Facebook|Twitter|X|Telegram|WhatsApp|LinkedIn|VK|VKontakte|Reddit|Email|E-mail|Print|Copy|link|Pinterest|Viber|Share|Tweet)[,:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SocialWord();

    [GeneratedRegex(@"^(?:Subscribe|Sign up|Join us|Join our|Follow us|Get the latest|Never miss)\b.{0,120}(?:newsletter|channel|updates|Telegram|Twitter|Facebook|YouTube|Google News|inbox|alerts|here|us)[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Subscribe();

    [GeneratedRegex(@"^(?=.{0,159}$)(?=.*\bcookies?\b)(?=.*\b(?:we use|this (?:site|website) uses|accept|consent|privacy policy|agree)\b).*$", RegexOptions.IgnoreCase)]
    private static partial Regex Cookie();

    [GeneratedRegex(@"^(?:Advertisement|ADVERTISEMENT|Sponsored(?: content)?|Ad|Promoted)$")]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^(?:©|\(c\)|Copyright\b).{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^[+\-−]?\d{1,3}(?:[ ,]\d{3})*(?:[.,]\d+)?%?$|^[+\-−]?\d+(?:[.,]\d+)?%?$")]
    private static partial Regex TickerNumber();

    [GeneratedRegex(@"^(?:[$€£¥₽₸₼֏₺₴₹]|USD|EUR|GBP|RUB|KZT|AZN|AMD|TRY|CNY|JPY|[▲▼↑↓]|[$€£¥₽₸₼֏₺₴₹][+\-−]?\d+(?:[.,]\d+)?)$")]
    private static partial Regex CurrencyToken();
}
