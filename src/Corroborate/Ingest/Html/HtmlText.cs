using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Turns an HTML fragment or element into plain text with one blank line between block-level
/// elements (paragraphs, headings, list items, block quotes) and single spaces inside them.
/// Scripts, styles, templates and figure captions are dropped.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
        "figure", "hr", "br", "address", "form", "fieldset", "nav", "details", "summary",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "figcaption", "button", "select", "head",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>Parses <paramref name="html"/> as a body fragment and returns its text.</summary>
    public static string ToPlainText(string html)
    {
        if (html.IndexOf('<', StringComparison.Ordinal) < 0 && html.IndexOf('&', StringComparison.Ordinal) < 0)
        {
            return html.Trim();
        }
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + HtmlNesting.Flatten(html, 400) + "</body></html>");
        return document.Body is null ? string.Empty : ToPlainText(document.Body);
    }

    /// <summary>The text of <paramref name="root"/> and its descendants.</summary>
    public static string ToPlainText(INode root)
    {
        var builder = new StringBuilder();
        var line = new StringBuilder();
        Walk(root, builder, line);
        Flush(builder, line);
        return builder.ToString().TrimEnd();
    }

    // Iterative, not recursive: hostile pages nest elements tens of thousands deep. Children are reached
    // by index: AngleSharp's sibling links search the parent's child list (quadratic on flat pages).
    private static void Walk(INode root, StringBuilder text, StringBuilder line)
    {
        // Each entry: a parent's children, the next index, and whether the parent is a block to flush at its end.
        var stack = new Stack<(INodeList Nodes, int Next, bool Block)>();
        stack.Push((root.ChildNodes, 0, false));
        while (stack.Count > 0)
        {
            var (nodes, next, block) = stack.Pop();
            if (next >= nodes.Length)
            {
                if (block)
                {
                    Flush(text, line);
                }
                continue;
            }
            stack.Push((nodes, next + 1, block));
            switch (nodes[next])
            {
                case IText t:
                    AppendCollapsed(line, t.Data);
                    break;
                case IElement e when Dropped.Contains(e.LocalName):
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    Flush(text, line);
                    stack.Push((e.ChildNodes, 0, true));
                    break;
                case IElement e:
                    stack.Push((e.ChildNodes, 0, false));
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder line, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder text, StringBuilder line)
    {
        var content = line.ToString().Trim();
        line.Clear();
        if (content.Length == 0)
        {
            return;
        }
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }
        text.Append(content);
    }
}
