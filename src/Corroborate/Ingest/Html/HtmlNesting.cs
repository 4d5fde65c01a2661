using System.Text;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Keeps hostile nesting from reaching the HTML parser, whose work per start tag grows with the depth
/// of open elements (100,000 nested <c>&lt;div&gt;</c> took a minute): a light scan over the tags
/// tracks the nesting, and start and end tags deeper than a limit are dropped while their text stays.
/// </summary>
/// <remarks>
/// The scan is approximate on purpose and errs towards leaving markup alone: elements whose end tag
/// may be omitted (p, li, td, …) do not count as nesting, the text of raw-text elements (script,
/// style, textarea, …) is skipped whole, and any end tag closes one level. Pages within the limit —
/// every real page seen so far — come back unchanged (the same string) after one pass.
/// </remarks>
internal static class HtmlNesting
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "basefont", "bgsound", "frame", "image", "menuitem",
    };

    private static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb",
        "rt", "rp", "rtc", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidNames = Void.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OptionalEndNames = OptionalEnd.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextNames = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The page with tags nested deeper than <paramref name="maxDepth"/> removed.</summary>
    public static string Flatten(string html, int maxDepth)
    {
        StringBuilder? output = null; // created at the first tag that has to go
        var copied = 0;
        var depth = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (next == '!' || next == '?')
            {
                var skipTo = next == '!' && html.AsSpan(at).StartsWith("<!--") ? html.IndexOf("-->", at + 4, StringComparison.Ordinal) : html.IndexOf('>', at + 2);
                at = skipTo < 0 ? html.Length : skipTo + 1;
                continue;
            }
            var end = next == '/';
            var nameStart = at + (end ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                at++;
                continue; // a "<" in text
            }
            // Quotes are not tracked: a ">" inside an attribute value only shifts the scan a little.
            var close = html.IndexOf('>', nameEnd);
            if (close < 0)
            {
                break;
            }
            var tagEnd = close + 1;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var drop = false;
            if (end)
            {
                if (!OptionalEndNames.Contains(name) && !VoidNames.Contains(name))
                {
                    drop = depth > maxDepth;
                    depth = Math.Max(0, depth - 1);
                }
            }
            else if (!VoidNames.Contains(name) && html[close - 1] != '/' && !OptionalEndNames.Contains(name))
            {
                depth++;
                drop = depth > maxDepth;
                if (RawTextNames.Contains(name))
                {
                    // Its text is not markup: go to its end tag, which the loop then reads.
                    var closing = html.IndexOf("</" + name.ToString(), tagEnd, StringComparison.OrdinalIgnoreCase);
                    if (drop)
                    {
                        (output ??= new StringBuilder(html.Length)).Append(html, copied, at - copied);
                        copied = tagEnd;
                    }
                    at = closing < 0 ? html.Length : closing;
                    continue;
                }
            }
            if (drop)
            {
                (output ??= new StringBuilder(html.Length)).Append(html, copied, at - copied);
                copied = tagEnd;
            }
            at = tagEnd;
        }
        if (output is null)
        {
            return html;
        }
        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }
}
