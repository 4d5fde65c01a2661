using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Corroborate.Ingest.Html;

/// <summary>The article body found on a page: its paragraphs in order.</summary>
/// <remarks><see cref="Preamble"/> holds the short blocks between the headline and the body (bylines,
/// datelines, kickers), where the page shows what its markup may not declare.</remarks>
internal sealed record ExtractedBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Preamble)
{
    public static readonly ExtractedBody None = new([], []);

    /// <summary>Paragraphs separated by one blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}

/// <summary>
/// Finds the article body of a news page. The page is cut into text blocks (paragraphs, headings,
/// list items, quotes, cells); each block is weighed by how much it reads like article prose (long,
/// few links, sentence punctuation) or like page furniture (link lists, short labels, boilerplate
/// class names); the element whose blocks weigh most is the article's container; and the container's
/// content blocks, minus captions, bylines and link lists, are the body.
/// </summary>
/// <remarks>
/// One pass over the DOM, iterative (never recursive), so hostile nesting costs time linear in the
/// page and no stack. No site-specific rules. Thread-safe: no state between calls.
/// </remarks>
internal static class ArticleExtractor
{
    public static ExtractedBody Extract(IHtmlDocument document, string? title = null)
    {
        if (document.Body is not { } body)
        {
            return ExtractedBody.None;
        }
        var page = PageBlocks.Read(body);
        if (page.Blocks.Count == 0)
        {
            return ExtractedBody.None;
        }
        var root = page.BestContainer();
        var kept = Select(page, root, title);
        if (kept.Count == 0)
        {
            return ExtractedBody.None;
        }
        return new ExtractedBody([.. kept.Select(b => b.Text)], Preamble(page, kept[0], title));
    }

    /// <summary>Most blocks looked at between the headline and the body for a byline or dateline.</summary>
    private const int PreambleBlocks = 40;

    /// <summary>The short blocks from the headline (or, without one, a dozen blocks) up to the body's first block.</summary>
    private static List<string> Preamble(PageBlocks page, Block firstOfBody, string? title)
    {
        var end = page.Blocks.IndexOf(firstOfBody);
        var start = Math.Max(0, end - 12);
        if (title is not null)
        {
            for (var i = Math.Max(0, end - PreambleBlocks); i < end; i++)
            {
                if (SameText(page.Blocks[i].Text, title))
                {
                    start = i + 1;
                    break;
                }
            }
        }
        return [.. page.Blocks.Skip(start).Take(end - start).Where(b => b.Text.Length <= 200).Select(b => b.Text)];
    }

    /// <summary>Excluded text between two runs of content that says they are separate regions (article, then teasers).</summary>
    private const int RegionGap = 400;

    /// <summary>
    /// The content blocks under the container: those after the headline (when the headline is found
    /// there), in the region of consecutive content that holds the most prose, trimmed of short
    /// blocks at its edges.
    /// </summary>
    private static List<Block> Select(PageBlocks page, int root, string? title)
    {
        var inside = page.Blocks.Where(b => page.IsInside(b.Element, root)).ToList();
        var begin = HeadlineIndex(inside, title) + 1;

        // Regions: runs of content blocks; excluded text of RegionGap characters or more ends a run.
        var regions = new List<List<Block>> { new() };
        var gap = 0;
        for (var i = begin; i < inside.Count; i++)
        {
            var block = inside[i];
            if (title is not null && SameText(block.Text, title))
            {
                continue; // the headline again, in a gallery or share box
            }
            if (!block.IsContent)
            {
                gap += block.Text.Length;
                continue;
            }
            if (gap >= RegionGap && regions[^1].Count > 0)
            {
                regions.Add([]);
            }
            gap = 0;
            regions[^1].Add(block);
        }
        // The region with the most prose is the article; another region belongs to it when its prose
        // sits in the same parent elements (a gallery or promo box interrupted the paragraphs), and not
        // when it sits elsewhere (teaser cards, comments, a second story).
        var best = regions.MaxBy(Prose)!;
        var parents = best.Where(b => b.IsProse).Select(b => page.Parents[b.Element]).ToHashSet();
        var kept = new List<Block>();
        foreach (var region in regions)
        {
            var shared = region.Where(b => b.IsProse && parents.Contains(page.Parents[b.Element])).Sum(b => b.Text.Length);
            if (ReferenceEquals(region, best) || (Prose(region) > 0 && shared >= 0.5 * Prose(region)))
            {
                kept.AddRange(region);
            }
        }

        // Short blocks before the first and after the last real paragraph are bylines, datelines,
        // kickers, tags and sign-offs far more often than article text, unless they stand among the
        // paragraphs (a closing list or sub-heading in the same container).
        // The paragraphs' own containers hold most of the prose; teasers at the edges (a headline link
        // and a summary per card) each sit in a container of their own.
        var home = HomeParents(page, kept);
        var first = kept.FindIndex(b => b.IsProse && home.Contains(page.Parents[b.Element]));
        var last = kept.FindLastIndex(b => b.IsProse && home.Contains(page.Parents[b.Element]));
        if (first < 0)
        {
            return kept;
        }
        while (first > 0 && AmongParagraphs(page, kept[first - 1], home))
        {
            first--;
        }
        while (last < kept.Count - 1 && AmongParagraphs(page, kept[last + 1], home))
        {
            last++;
        }
        return kept.GetRange(first, last - first + 1);
    }

    /// <summary>Parents that hold at least a fifth as much prose as the parent holding most.</summary>
    private static HashSet<int> HomeParents(PageBlocks page, List<Block> blocks)
    {
        var prose = new Dictionary<int, int>();
        foreach (var block in blocks)
        {
            if (block.IsProse)
            {
                var parent = page.Parents[block.Element];
                prose[parent] = prose.GetValueOrDefault(parent) + block.Text.Length;
            }
        }
        var top = prose.Count == 0 ? 0 : prose.Values.Max();
        return [.. prose.Where(p => p.Value >= 0.2 * top).Select(p => p.Key)];
    }

    /// <summary>Whether the block's parent or grandparent holds the article's paragraphs (a list item's list does).</summary>
    private static bool AmongParagraphs(PageBlocks page, Block block, HashSet<int> paragraphParents)
    {
        if (VisibleMetadata.IsBylineOrDateline(block.Text))
        {
            return false;
        }
        var parent = page.Parents[block.Element];
        return paragraphParents.Contains(parent) || (parent >= 0 && block.Kind == BlockKind.ListItem && paragraphParents.Contains(page.Parents[parent]));
    }

    /// <summary>
    /// Where the headline stands among the blocks, or -1: its first occurrence with at least half the
    /// prose after it, that is a heading or comes before any prose (a gallery's title repeats it). What comes before the headline (tickers, kickers, navigation) is not the article;
    /// a later copy (in a gallery, a "most read" list) is not a start.
    /// </summary>
    private static int HeadlineIndex(List<Block> blocks, string? title)
    {
        if (title is null)
        {
            return -1;
        }
        var total = blocks.Sum(b => b.IsProse ? b.Text.Length : 0);
        var before = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (SameText(blocks[i].Text, title) && total - before >= 0.5 * total && (before == 0 || blocks[i].Kind == BlockKind.Heading))
            {
                return i;
            }
            before += blocks[i].IsProse ? blocks[i].Text.Length : 0;
        }
        return -1;
    }

    private static int Prose(List<Block> region) => region.Sum(b => b.IsProse ? b.Text.Length : 0);

    private static bool SameText(string a, string b)
    {
        static string Key(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return Key(a) == Key(b);
    }
}

internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    Cell,
    Other,
}

/// <summary>One run of text inside one block-level element.</summary>
internal sealed class Block
{
    public required int Element { get; init; }

    public required BlockKind Kind { get; init; }

    public required string Text { get; init; }

    public required int LinkChars { get; init; }

    /// <summary>Inside an element whose class or id names furniture (share, related, comments, …).</summary>
    public bool Furniture { get; set; }

    /// <summary>Inside a figure, caption, header, footer, aside, nav or address element.</summary>
    public bool Peripheral { get; set; }

    /// <summary>Most of the text sits in inline elements with furniture names (caption and credit spans).</summary>
    public required bool InlineFurniture { get; init; }

    /// <summary>Short text beside an image, or a photo credit or gallery counter.</summary>
    public required bool Caption { get; init; }

    public double LinkDensity => Text.Length == 0 ? 1 : (double)LinkChars / Text.Length;

    /// <summary>Reads like prose, whatever surrounds it: long enough, few links, and a sentence in it.</summary>
    /// <remarks>A summary that opens with a linked headline ("10 things" lists) is still prose when its own text is long.</remarks>
    public bool LooksLikeProse => LinkDensity < 0.3
        ? Text.Length >= 150 || (Text.Length >= 50 && EndsSentence(Text))
        : LinkDensity < 0.6 && Text.Length - LinkChars >= 100 && EndsSentence(Text);

    /// <summary>Article prose: prose-like and not inside furniture.</summary>
    public bool IsProse => !Furniture && !Peripheral && LooksLikeProse;

    /// <summary>May be part of the body: not furniture, not a link list.</summary>
    public bool IsContent => !Furniture && !Peripheral && (LinkDensity < 0.5 || Text.Length - LinkChars >= 200);

    /// <summary>How much the block argues for its container being the article (negative: against).</summary>
    public double Weight
    {
        get
        {
            var plain = Text.Length - LinkChars;
            if (IsProse)
            {
                var commas = 0;
                foreach (var c in Text)
                {
                    if (c is ',' or '，' or '、')
                    {
                        commas++;
                    }
                }
                return plain * (1 + Math.Min(commas, 10) * 0.05);
            }
            if (Furniture || Peripheral || LinkDensity >= 0.5)
            {
                return -0.5 * Text.Length;
            }
            return -0.2 * Text.Length;
        }
    }

    private static bool EndsSentence(string text)
    {
        var end = text.AsSpan().TrimEnd(" \"'”’»)]");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or ':' or ';';
    }
}

/// <summary>How strongly an element's class and id names say it is page furniture.</summary>
internal enum FurnitureName : byte
{
    None,
    /// <summary>Names that also turn up on content wrappers (author, meta, tags): believed for small elements only.</summary>
    Weak,
    /// <summary>Names that rarely wrap article text (comments, related, share, newsletter, sidebar, ads).</summary>
    Strong,
}

/// <summary>
/// The page as a flat list of elements (in document order, with parent indexes) and of text blocks,
/// built in one iterative walk.
/// </summary>
internal sealed partial class PageBlocks
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
        "picture", "map", "input", "button", "select", "textarea", "option", "dialog", "head", "link", "meta",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "h1", "h2", "h3", "h4",
        "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure",
        "figcaption", "hr", "address", "form", "fieldset", "details", "summary", "center", "caption", "body", "legend",
    };

    private static readonly HashSet<string> PeripheralTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "figure", "figcaption", "header", "footer", "aside", "nav", "address", "caption",
    };

    // Words of class and id names (split at punctuation and camelCase humps, lower-cased).
    private static readonly HashSet<string> StrongWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "share", "shares", "sharing", "sharebar", "social", "related", "recommended", "recommendations",
        "recommendation", "promo", "promos", "promotion", "newsletter", "newsletters", "subscribe", "subscription", "signup",
        "sidebar", "widget", "widgets", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
        "cookie", "cookies", "consent", "popup", "modal", "breadcrumb", "breadcrumbs", "footer", "masthead", "navbar",
        "navigation", "nav", "menu", "toolbar", "pagination", "pager", "popular", "trending", "outbrain", "taboola", "rail",
        "overlay", "login", "teaser", "teasers",
    };

    private static readonly HashSet<string> WeakWords = new(StringComparer.Ordinal)
    {
        "byline", "author", "authors", "tag", "tags", "caption", "credit", "credits", "disclaimer", "copyright", "meta",
        "dateline", "timestamp", "topics", "keywords", "print", "email", "follow", "banner", "skip", "bio", "more", "aside",
    };

    private static readonly HashSet<string> ContentWords = new(StringComparer.Ordinal)
    {
        "articlebody", "storybody", "bodytext", "postbody", "entrycontent", "postcontent", "articlecontent", "storycontent",
        "maincontent", "articletext", "storytext", "posttext", "entrybody",
    };

    private readonly List<int> _ends;

    private PageBlocks(List<IElement> elements, List<int> parents, List<Block> blocks, List<int> ends)
    {
        Elements = elements;
        Parents = parents;
        Blocks = blocks;
        _ends = ends;
    }

    public List<IElement> Elements { get; }

    /// <summary>Index of each element's parent element (-1 for the root).</summary>
    public List<int> Parents { get; }

    public List<Block> Blocks { get; }

    /// <summary>Whether element <paramref name="element"/> is <paramref name="root"/> or below it.</summary>
    public bool IsInside(int element, int root) => element >= root && element <= _ends[root];

    /// <summary>
    /// The article's container: the element whose blocks' weights sum highest, then its ancestors as
    /// long as each adds at least half as much prose again and less than twice as much furniture as
    /// prose — so that paragraphs split by a promo box or spread over sibling sections are not cut off.
    /// </summary>
    public int BestContainer()
    {
        var prose = new double[Elements.Count];
        var furniture = new double[Elements.Count];
        foreach (var block in Blocks)
        {
            var weight = block.Weight;
            if (weight > 0)
            {
                prose[block.Element] += weight;
            }
            else
            {
                furniture[block.Element] -= weight;
            }
        }
        SumUp(prose);
        SumUp(furniture);
        var best = 0;
        for (var i = 1; i < Elements.Count; i++)
        {
            if (prose[i] - furniture[i] > prose[best] - furniture[best])
            {
                best = i;
            }
        }
        for (var up = Parents[best]; up >= 0; up = Parents[up])
        {
            var gain = prose[up] - prose[best];
            if (gain <= 0.5 * prose[best] || furniture[up] - furniture[best] >= 2 * gain)
            {
                break;
            }
            best = up;
        }
        return best;
    }

    /// <summary>Adds every element's value into its ancestors'. Children come after parents in document order.</summary>
    private void SumUp(double[] values)
    {
        for (var i = Elements.Count - 1; i > 0; i--)
        {
            if (Parents[i] >= 0)
            {
                values[Parents[i]] += values[i];
            }
        }
    }

    public static PageBlocks Read(IElement body)
    {
        var elements = new List<IElement>(1024);
        var parents = new List<int>(1024);
        var ends = new List<int>(1024);
        var names = new List<FurnitureName>(1024);
        var peripheral = new List<bool>(1024);
        var blocks = new List<Block>(256);
        var text = new StringBuilder();
        var linkChars = 0;

        var furnitureChars = 0;
        var hasImage = false;

        void FlushBlock(Frame owner)
        {
            var content = text.ToString().Trim();
            if (content.Length > 0)
            {
                blocks.Add(new Block
                {
                    Element = owner.BlockElement,
                    Kind = owner.Kind,
                    Text = content,
                    LinkChars = Math.Min(linkChars, content.Length),
                    InlineFurniture = furnitureChars * 2 >= content.Length,
                    Caption = content.Length < 300 && (hasImage || CaptionCredit().IsMatch(content)),
                });
            }
            text.Clear();
            linkChars = 0;
            furnitureChars = 0;
            hasImage = false;
        }

        elements.Add(body);
        parents.Add(-1);
        ends.Add(0);
        names.Add(FurnitureName.None);
        peripheral.Add(false);
        // Each entry: a frame's children and the index of the next one to visit (past the end: the
        // frame's element is finished). Children are reached by index: AngleSharp's NextSibling searches
        // the parent's child list, which makes sibling walks quadratic on pages with huge flat lists.
        var children = new Stack<(INodeList Nodes, int Next, Frame Frame)>();
        children.Push((body.ChildNodes, 0, new Frame(0, 0, BlockKind.Other, 0, true, false)));
        while (children.Count > 0)
        {
            var (nodes, next, frame) = children.Pop();
            if (next >= nodes.Length)
            {
                ends[frame.Index] = elements.Count - 1;
                if (frame.IsBlock)
                {
                    FlushBlock(frame);
                }
                continue;
            }
            var node = nodes[next];
            children.Push((nodes, next + 1, frame));
            switch (node)
            {
                case IText t:
                    var before = text.Length;
                    AppendCollapsed(text, t.Data);
                    if (frame.LinkDepth > 0)
                    {
                        linkChars += text.Length - before;
                    }
                    if (frame.InlineFurniture)
                    {
                        furnitureChars += text.Length - before;
                    }
                    break;
                case IElement e:
                    var name = e.LocalName;
                    if (name is "img" or "picture")
                    {
                        hasImage = true;
                    }
                    if (Skipped.Contains(name) || IsHidden(e))
                    {
                        break;
                    }
                    if (name is "br")
                    {
                        text.Append(' ');
                        break;
                    }
                    var index = elements.Count;
                    elements.Add(e);
                    parents.Add(frame.Index);
                    ends.Add(index);
                    var furnitureName = NameOf(e, name);
                    names.Add(furnitureName);
                    peripheral.Add(PeripheralTags.Contains(name));
                    var isBlock = BlockTags.Contains(name);
                    if (isBlock)
                    {
                        // Text before this block belongs to the enclosing block.
                        FlushBlock(frame);
                    }
                    // A furniture name on an inline element (a caption or credit span) marks the text inside it.
                    var inlineFurniture = !isBlock && (frame.InlineFurniture || furnitureName != FurnitureName.None);
                    var child = new Frame(index, isBlock ? index : frame.BlockElement, isBlock ? KindOf(name) : frame.Kind,
                        frame.LinkDepth + (name is "a" ? 1 : 0), isBlock, inlineFurniture);
                    children.Push((e.ChildNodes, 0, child));
                    break;
            }
        }
        var page = new PageBlocks(elements, parents, blocks, ends);
        page.MarkFurniture(names, peripheral);
        return page;
    }

    /// <summary>
    /// Decides which named or peripheral elements really are furniture: a name is believed when the
    /// element holds little of the page's prose (a weak name only when it holds almost none), so that
    /// a wrapper called <c>post-meta-wrapper</c> around the whole story is not thrown away.
    /// </summary>
    private void MarkFurniture(List<FurnitureName> names, List<bool> peripheral)
    {
        var prose = new double[Elements.Count];
        foreach (var block in Blocks)
        {
            if (block.LooksLikeProse)
            {
                prose[block.Element] += block.Text.Length;
            }
        }
        SumUp(prose);
        var total = prose[0];
        var cards = Cards(prose);
        var furniture = new bool[Elements.Count];
        var aside = new bool[Elements.Count];
        for (var i = 0; i < Elements.Count; i++)
        {
            var parent = Parents[i];
            // A name is doubted only for an element holding most of the page's prose (a page wrapper).
            var small = prose[i] < 0.6 * total;
            furniture[i] = (parent >= 0 && furniture[parent])
                || (cards[i] && small)
                || (names[i] == FurnitureName.Strong && small)
                || (names[i] == FurnitureName.Weak && prose[i] < 0.25 * total);
            aside[i] = (parent >= 0 && aside[parent]) || (peripheral[i] && small);
        }
        foreach (var block in Blocks)
        {
            block.Furniture = furniture[block.Element] || block.InlineFurniture || block.Caption;
            block.Peripheral = aside[block.Element];
        }
    }

    /// <summary>
    /// Teaser cards: three or more sibling elements of one tag and class, each holding a linked
    /// headline (a short block that is nearly all link) and one short summary — "more stories" grids,
    /// whatever their class names. Paragraphs and list items never qualify (they are one block each),
    /// nor do article sections with an inline link box (they hold several paragraphs).
    /// </summary>
    private bool[] Cards(double[] prose)
    {
        var titled = new bool[Elements.Count];
        var blocks = new int[Elements.Count];
        var proseBlocks = new int[Elements.Count];
        foreach (var block in Blocks)
        {
            blocks[block.Element]++;
            proseBlocks[block.Element] += block.LooksLikeProse ? 1 : 0;
            if (block.LinkDensity >= 0.8 && block.Text.Length is >= 15 and <= 200)
            {
                titled[block.Element] = true;
            }
        }
        for (var i = Elements.Count - 1; i > 0; i--)
        {
            if (Parents[i] >= 0)
            {
                titled[Parents[i]] |= titled[i];
                blocks[Parents[i]] += blocks[i];
                proseBlocks[Parents[i]] += proseBlocks[i];
            }
        }
        // Only elements that could be cards are grouped with their like siblings (tag and class).
        var candidates = new List<int>();
        for (var i = 1; i < Elements.Count; i++)
        {
            if (titled[i] && blocks[i] >= 2 && proseBlocks[i] == 1 && prose[i] < 600)
            {
                candidates.Add(i);
            }
        }
        var cards = new bool[Elements.Count];
        foreach (var group in candidates.GroupBy(i => (Parents[i], Elements[i].LocalName, Elements[i].GetAttribute("class"))))
        {
            if (group.Count() >= 3)
            {
                foreach (var i in group)
                {
                    cards[i] = true;
                }
            }
        }
        return cards;
    }

    private static BlockKind KindOf(string name) => name switch
    {
        "p" => BlockKind.Paragraph,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dd" or "dt" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "pre" => BlockKind.Preformatted,
        "td" or "th" => BlockKind.Cell,
        _ => BlockKind.Other,
    };

    /// <summary>What the element's class and id words say about it.</summary>
    internal static FurnitureName NameOf(IElement element, string tag)
    {
        if (tag is "body" or "article" or "main" or "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return FurnitureName.None;
        }
        var classes = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(classes) && string.IsNullOrEmpty(id))
        {
            return FurnitureName.None;
        }
        var result = FurnitureName.None;
        var previous = "";
        foreach (var word in Words((classes ?? "") + " " + (id ?? "")))
        {
            if (ContentWords.Contains(word) || ContentWords.Contains(previous + word))
            {
                return FurnitureName.None;
            }
            if (StrongWords.Contains(word))
            {
                result = FurnitureName.Strong;
            }
            else if (result == FurnitureName.None && WeakWords.Contains(word))
            {
                result = FurnitureName.Weak;
            }
            previous = word;
        }
        return result;
    }

    /// <summary>Lower-cased words of a class or id list: split at non-letters and at camelCase humps.</summary>
    internal static IEnumerable<string> Words(string names)
    {
        var word = new StringBuilder();
        for (var i = 0; i < names.Length; i++)
        {
            var c = names[i];
            var hump = char.IsUpper(c) && i > 0 && char.IsLower(names[i - 1]);
            if (!char.IsLetter(c) || hump)
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
                if (!char.IsLetter(c))
                {
                    continue;
                }
            }
            word.Append(char.ToLowerInvariant(c));
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }
        var style = element.GetAttribute("style");
        return style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    /// <summary>An element being walked, and what its descendants inherit.</summary>
    private readonly record struct Frame(int Index, int BlockElement, BlockKind Kind, int LinkDepth, bool IsBlock, bool InlineFurniture);

    // A photo credit or gallery counter: "(Image: GETTY)", "Photo: AP", "Image 2 of 5", "/AFP via Getty Images".
    [GeneratedRegex(@"(?:\((?:Image|Photo|Picture|Pic|Credit|Source)s?\s*:[^)]{1,60}\)\s*$)|(?:^(?:Image|Photo|Picture|Slide)\s+\d+\s+(?:of|/)\s+\d+$)|(?:(?:Photo|Image|Picture)s?\s*(?:credit)?\s*:\s*[^.]{2,60}$)|(?:Getty Images\)?$)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCredit();
}
