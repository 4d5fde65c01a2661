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
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
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

    // Iterative, not recursive: hostile pages nest elements tens of thousands deep.
    private static void Walk(INode root, StringBuilder text, StringBuilder line)
    {
        // A null entry marks the end of a block element: flush the line it built.
        var stack = new Stack<INode?>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case null:
                    Flush(text, line);
                    break;
                case IText t:
                    AppendCollapsed(line, t.Data);
                    break;
                case IElement e when Dropped.Contains(e.LocalName):
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    Flush(text, line);
                    stack.Push(null);
                    PushChildren(stack, e);
                    break;
                case IElement e:
                    PushChildren(stack, e);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<INode?> stack, INode node)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push(child);
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
