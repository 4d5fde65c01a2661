using Corroborate.Language;

namespace Corroborate.Quotes;

/// <summary>One parsed sentence as the extractor reads it: heads counting from 0 (-1 for the root),
/// children, subtrees, and which words a quote has already taken.</summary>
internal sealed class Sentence
{
    private readonly AnnotatedSentence _sentence;
    private readonly List<int>[] _children;

    public Sentence(AnnotatedSentence sentence)
    {
        _sentence = sentence;
        Words = sentence.Words.Count;
        Heads = sentence.Dependencies.Count == Words ? [.. sentence.Dependencies.Select(d => d.Head - 1)] : [];
        _children = new List<int>[Words];
        for (var i = 0; i < Words; i++)
        {
            _children[i] = [];
        }
        for (var i = 0; i < Heads.Length; i++)
        {
            if (Heads[i] >= 0)
            {
                _children[Heads[i]].Add(i);
            }
        }
        Claimed = new bool[Words];
    }

    public int Words { get; }

    public int[] Heads { get; }

    public IReadOnlyList<PosTag> Tags => _sentence.Tags;

    public IReadOnlyList<TextSpan> Spans => _sentence.Spans;

    public IReadOnlyList<Entity> Entities => _sentence.Entities;

    /// <summary>Words a quote has taken (its content), where no other cue is looked for.</summary>
    public bool[] Claimed { get; }

    public string Word(int i) => _sentence.Words[i];

    public string Lower(int i) => _sentence.Words[i].ToLowerInvariant();

    public int Head(int i) => Heads[i];

    public string Relation(int i) => _sentence.Dependencies[i].Relation;

    public IReadOnlyList<int> Children(int i) => _children[i];

    public bool IsPunctuation(int i) => Tags[i].Upos == "PUNCT";

    /// <summary>How far a word is below the root (the root is 0), so that outer cues are read first.</summary>
    public int Depth(int i)
    {
        var depth = 0;
        for (var h = Heads[i]; h >= 0 && depth < Words; h = Heads[h])
        {
            depth++;
        }
        return depth;
    }

    /// <summary>A word and everything below it, in no particular order.</summary>
    public List<int> Subtree(int i)
    {
        var words = new List<int> { i };
        for (var k = 0; k < words.Count && words.Count <= Words; k++)
        {
            words.AddRange(_children[words[k]]);
        }
        return words;
    }

    public void ClaimAll() => Array.Fill(Claimed, true);

    // A lone ' may be either side of a '' that the tokenizer cut in two.
    public static bool IsOpeningQuote(string word) => word is "“" or "``" or "\"" or "'" or "‘";

    public static bool IsClosingQuote(string word) => word is "”" or "''" or "\"" or "'" or "’";

    public static bool IsDash(string word) => word is "—" or "―" or "–" or "--";
}

/// <summary>The text the extractor reads: its sentences, paragraphs, and the stretches inside
/// quotation marks.</summary>
internal sealed class Document
{
    private readonly int[] _sentenceStarts;
    private readonly List<TextSpan> _quotations = [];

    public Document(AnnotatedText text)
    {
        Text = text;
        Sentences = [.. text.Sentences.Select(s => new Sentence(s))];
        if (Sentences.Any(s => s.Words > 0 && s.Spans.Count != s.Words))
        {
            throw new ArgumentException("quotes are found in text annotated from text, whose words have their places in it", nameof(text));
        }
        _sentenceStarts = [.. Sentences.Select(s => s.Words > 0 ? s.Spans[0].Start : int.MaxValue)];
        FindQuotations();
    }

    public AnnotatedText Text { get; }

    public Sentence[] Sentences { get; }

    /// <summary>The roles quotes' speakers gave the people they name, by sentence and the name's first word,
    /// so that a person named again is known by the role of their introduction.</summary>
    public Dictionary<(int S, int Start), string> Roles { get; } = [];

    /// <summary>A sentence opens a paragraph when a line break comes before it.</summary>
    public bool StartsParagraph(int s)
    {
        if (s == 0)
        {
            return true;
        }
        var previous = Sentences[s - 1];
        if (previous.Words == 0 || Sentences[s].Words == 0)
        {
            return false;
        }
        var (from, to) = (previous.Spans[^1].End, Sentences[s].Spans[0].Start);
        return Text.Text.AsSpan(from, to - from).Contains('\n');
    }

    // Quotation marks paired within each paragraph: curly and TeX-style marks by their direction, straight
    // ones by turns; a quotation still open at the paragraph's end runs to it (the next paragraph of a long
    // quotation opens with a mark of its own).
    private void FindQuotations()
    {
        int? open = null;
        var lastEnd = 0;
        for (var s = 0; s < Sentences.Length; s++)
        {
            var sentence = Sentences[s];
            if (StartsParagraph(s) && open is { } o)
            {
                _quotations.Add(new TextSpan(o, lastEnd - o));
                open = null;
            }
            for (var t = 0; t < sentence.Words; t++)
            {
                var word = sentence.Word(t);
                var span = sentence.Spans[t];
                // The tokenizer cuts '' (a double mark typed as two single ones) into two tokens.
                var doubled = word == "'" && t + 1 < sentence.Words && sentence.Word(t + 1) == "'" && sentence.Spans[t + 1].Start == span.End;
                if (doubled)
                {
                    t++;
                    span = new TextSpan(span.Start, 2);
                }
                if (word is "“" or "``" || ((word is "\"" || doubled) && open is null))
                {
                    open ??= span.Start;
                }
                else if ((word is "”" or "''" or "\"" || doubled) && open is { } start)
                {
                    _quotations.Add(new TextSpan(start, span.End - start));
                    open = null;
                }
                lastEnd = span.End;
            }
        }
        if (open is { } rest)
        {
            _quotations.Add(new TextSpan(rest, lastEnd - rest));
        }
    }

    /// <summary>The quotation whose opening mark starts at <paramref name="offset"/>.</summary>
    public TextSpan? QuotationStartingAt(int offset) =>
        _quotations.FirstOrDefault(q => q.Start == offset) is { Length: > 0 } quotation ? quotation : null;

    /// <summary>The quotation whose closing mark ends at <paramref name="offset"/>.</summary>
    public TextSpan? QuotationEndingAt(int offset) =>
        _quotations.FirstOrDefault(q => q.End == offset) is { Length: > 0 } quotation ? quotation : null;

    public bool InQuotation(int s, int t) => InQuotation(Sentences[s].Spans[t].Start);

    private bool InQuotation(int offset) => _quotations.Any(q => q.Start <= offset && offset < q.End);

    /// <summary>The quotations that share text with <paramref name="pieces"/> and reach outside their sentence.</summary>
    public List<TextSpan> QuotationsOver(IReadOnlyList<TextSpan> pieces)
    {
        var found = new List<TextSpan>();
        foreach (var q in _quotations)
        {
            if (pieces.Any(p => p.Start < q.End && q.Start < p.End))
            {
                found.Add(q);
            }
        }
        return found;
    }

    /// <summary>After a cue that ends sentence <paramref name="s"/> (only punctuation after word
    /// <paramref name="cueEnd"/>), the quotation that opens the next sentence of the paragraph.</summary>
    public TextSpan? FollowingQuotation(int s, int cueEnd)
    {
        var sentence = Sentences[s];
        if (Enumerable.Range(cueEnd + 1, sentence.Words - cueEnd - 1).Any(t => !sentence.IsPunctuation(t))
            || s + 1 >= Sentences.Length || StartsParagraph(s + 1) || Sentences[s + 1].Words == 0
            || !Sentence.IsOpeningQuote(Sentences[s + 1].Word(0)))
        {
            return null;
        }
        var start = Sentences[s + 1].Spans[0].Start;
        return _quotations.FirstOrDefault(q => q.Start == start) is { Length: > 0 } quotation ? quotation : null;
    }

    /// <summary>Marks every word inside <paramref name="pieces"/> as taken.</summary>
    public void Claim(IReadOnlyList<TextSpan> pieces)
    {
        foreach (var p in pieces)
        {
            for (var s = Math.Max(0, SentenceAt(p.Start)); s < Sentences.Length && _sentenceStarts[s] < p.End; s++)
            {
                var sentence = Sentences[s];
                for (var t = 0; t < sentence.Words; t++)
                {
                    if (sentence.Spans[t].Start >= p.Start && sentence.Spans[t].End <= p.End)
                    {
                        sentence.Claimed[t] = true;
                    }
                }
            }
        }
    }

    /// <summary>The sentence a text offset falls in (the last one starting at or before it).</summary>
    public int SentenceAt(int offset)
    {
        var i = Array.BinarySearch(_sentenceStarts, offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    /// <summary>Words <paramref name="from"/> to <paramref name="to"/> (inclusive) of sentence <paramref name="s"/> as one span.</summary>
    public TextSpan Piece(int s, int from, int to)
    {
        var spans = Sentences[s].Spans;
        return new TextSpan(spans[from].Start, spans[to].End - spans[from].Start);
    }

    /// <summary>The runs of consecutive words in <paramref name="words"/>, each without the punctuation at its
    /// edges other than quotation marks (a quote's own marks are part of it, the comma before "he said" is
    /// not).</summary>
    public List<TextSpan> Pieces(int s, IEnumerable<int> words)
    {
        var sentence = Sentences[s];
        var sorted = words.Distinct().Order().ToList();
        var pieces = new List<TextSpan>();
        for (var k = 0; k < sorted.Count;)
        {
            var end = k;
            while (end + 1 < sorted.Count && sorted[end + 1] == sorted[end] + 1)
            {
                end++;
            }
            var (from, to) = (sorted[k], sorted[end]);
            while (from <= to && IsEdgePunctuation(sentence, from))
            {
                from++;
            }
            while (to >= from && IsEdgePunctuation(sentence, to))
            {
                to--;
            }
            if (from <= to)
            {
                pieces.Add(Piece(s, from, to));
            }
            k = end + 1;
        }
        return pieces;
    }

    private static bool IsEdgePunctuation(Sentence sentence, int t) =>
        sentence.IsPunctuation(t) && !Sentence.IsOpeningQuote(sentence.Word(t)) && !Sentence.IsClosingQuote(sentence.Word(t))
        && sentence.Word(t) is not ("?" or "!" or ")");

    /// <summary>Pieces in text order, those that overlap or touch (only white space between) made one.</summary>
    public static List<TextSpan> Merge(string text, IEnumerable<TextSpan> pieces)
    {
        var merged = new List<TextSpan>();
        foreach (var p in pieces.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && (p.Start <= merged[^1].End || string.IsNullOrWhiteSpace(text[merged[^1].End..p.Start])))
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, p.End) - last.Start);
            }
            else
            {
                merged.Add(p);
            }
        }
        return merged;
    }

    /// <summary>Direct when every letter of the pieces is inside quotation marks, indirect when none is.</summary>
    public QuoteKind Kind(IReadOnlyList<TextSpan> pieces)
    {
        var (inside, outside) = (0, 0);
        foreach (var p in pieces)
        {
            for (var i = p.Start; i < p.End; i++)
            {
                if (char.IsLetterOrDigit(Text.Text[i]))
                {
                    if (InQuotation(i))
                    {
                        inside++;
                    }
                    else
                    {
                        outside++;
                    }
                }
            }
        }
        return outside == 0 ? QuoteKind.Direct : inside == 0 ? QuoteKind.Indirect : QuoteKind.Mixed;
    }

    /// <summary>The text of words <paramref name="from"/> to <paramref name="to"/> (inclusive) of sentence <paramref name="s"/>.</summary>
    public string Words(int s, int from, int to)
    {
        var span = Piece(s, from, to);
        return Text.Text.Substring(span.Start, span.Length);
    }
}
