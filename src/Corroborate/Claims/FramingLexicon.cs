using System.Reflection;
using Corroborate.Language;
using Corroborate.Language.Knowledge;

namespace Corroborate.Claims;

/// <summary>What loaded wording does to the reader.</summary>
public enum FramingCategory
{
    /// <summary>Labels that deny a side its standing: "so-called regime", "separatist".</summary>
    Delegitimizing,

    /// <summary>Titles and words that exalt a side: "victorious Commander-in-Chief", "heroic".</summary>
    Glorifying,

    /// <summary>A crime named as a fact: "war crimes", "crimes against humanity".</summary>
    LegalAccusation,

    /// <summary>Distance from a claim: "reportedly", "allegedly".</summary>
    Hedge,

    /// <summary>Words chosen to move rather than describe: "barbaric", "heinous".</summary>
    Emotive,
}

/// <summary>One piece of loaded wording in a text: the words as written (<paramref name="Phrase"/>), the
/// lexicon's entry they matched (<paramref name="Lemma"/>), and where: sentence index and character span.</summary>
public sealed record FramingCue(FramingCategory Category, string Phrase, string Lemma, int Sentence, int Start, int End);

/// <summary>
/// Finds loaded or evaluative wording by a lexicon of phrases in categories (<see cref="FramingCategory"/>).
/// The shipped lexicon is ours (<c>Claims/Knowledge/framing.tsv</c>); <see cref="Load"/> reads another.
/// </summary>
/// <remarks>Matching is on words, case aside: a phrase word also matches its plural, and one ending in
/// <c>*</c> matches any word it begins. Where several entries start at a word, the longest wins, and
/// matches do not overlap, so "so-called regime" is one cue, not two.</remarks>
public sealed class FramingLexicon
{
    private readonly Dictionary<string, List<Entry>> _byFirstWord;
    private readonly List<Entry> _byPrefix;

    private sealed record Entry(FramingCategory Category, string Phrase, string[] Words);

    private FramingLexicon(List<Entry> entries)
    {
        _byFirstWord = entries.Where(e => !e.Words[0].EndsWith('*'))
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToList(), StringComparer.OrdinalIgnoreCase);
        _byPrefix = [.. entries.Where(e => e.Words[0].EndsWith('*')).OrderByDescending(e => e.Words.Length)];
        Count = entries.Count;
    }

    private static readonly Lazy<FramingLexicon> LazyDefault = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Corroborate.Claims.framing.tsv")
            ?? throw new InvalidOperationException("the framing lexicon (Claims/Knowledge/framing.tsv) is not embedded");
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    /// <summary>The shipped lexicon.</summary>
    public static FramingLexicon Default => LazyDefault.Value;

    /// <summary>The number of phrases.</summary>
    public int Count { get; }

    /// <summary>Reads a lexicon file with the columns category and phrase (see the shipped one).</summary>
    /// <exception cref="InvalidDataException">A malformed line, named.</exception>
    public static FramingLexicon Load(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads a lexicon table with the columns category (delegitimizing, glorifying,
    /// legal-accusation, hedge, emotive) and phrase.</summary>
    public static FramingLexicon Read(TextReader reader)
    {
        var table = KnowledgeTable.Read("framing", reader, "category", "phrase");
        var (category, phrase) = (table.Column("category"), table.Column("phrase"));
        var entries = new List<Entry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, cells) in table.Rows)
        {
            var kind = cells[category] switch
            {
                "delegitimizing" => FramingCategory.Delegitimizing,
                "glorifying" => FramingCategory.Glorifying,
                "legal-accusation" => FramingCategory.LegalAccusation,
                "hedge" => FramingCategory.Hedge,
                "emotive" => FramingCategory.Emotive,
                var other => throw table.Error(line, $"category '{other}' is not delegitimizing, glorifying, legal-accusation, hedge or emotive."),
            };
            var words = Words(cells[phrase]);
            if (words.Length == 0)
            {
                throw table.Error(line, "the phrase is empty.");
            }
            if (!seen.Add(cells[phrase]))
            {
                throw table.Error(line, $"'{cells[phrase]}' is listed twice.");
            }
            entries.Add(new Entry(kind, cells[phrase], words));
        }
        return new FramingLexicon(entries);
    }

    // The phrase cut as the annotator cuts text ("so-called" stays one word), with a trailing * kept on its word.
    private static string[] Words(string phrase)
    {
        var words = new List<string>();
        var previousEnd = -1;
        foreach (var t in Tokenizer.Tokenize(phrase))
        {
            var word = phrase.Substring(t.Start, t.Length);
            var joined = word == "*" && t.Start == previousEnd;
            previousEnd = t.Start + t.Length;
            if (joined)
            {
                words[^1] += "*";
            }
            else
            {
                words.Add(word);
            }
        }
        return [.. words];
    }

    /// <summary>The loaded wording in an annotated text, in text order. A loaded adjective takes the noun it
    /// qualifies into the phrase ("so-called regime", "victorious Commander-in-Chief"), so a reader sees what it
    /// was said of.</summary>
    public IReadOnlyList<FramingCue> Find(AnnotatedText text)
    {
        var found = new List<FramingCue>();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            if (sentence.Spans.Count != sentence.Words.Count)
            {
                continue; // pre-tokenized input has no character spans to cite
            }
            var i = 0;
            while (i < sentence.Words.Count)
            {
                var entry = Longest(sentence.Words, i);
                if (entry is null)
                {
                    i++;
                    continue;
                }
                var length = Extent(sentence, i, entry);
                var start = sentence.Spans[i].Start;
                var last = sentence.Spans[i + length - 1];
                var end = last.Start + last.Length;
                found.Add(new FramingCue(entry.Category, text.Text[start..end], entry.Phrase, s, start, end));
                i += length;
            }
        }
        return found;
    }

    // How many words the cue takes from word i: the entry's, then, for a label or title, on to the noun it
    // qualifies ("so-called regime", "separatist leaders") and through a hyphenated compound
    // ("Commander-in-Chief", which the tokenizer cuts at its hyphens).
    private static int Extent(AnnotatedSentence sentence, int i, Entry entry)
    {
        var end = i + entry.Words.Length; // exclusive
        if (entry.Category != FramingCategory.Hedge && sentence.Dependencies.Count == sentence.Words.Count)
        {
            var last = end - 1;
            var head = sentence.Dependencies[last].Head - 1; // heads count from 1
            if (head > last && head - last <= 3 && sentence.Tags[head].Upos is "NOUN" or "PROPN"
                && sentence.Dependencies[last].Relation is "amod" or "compound" or "nmod" or "advmod" or "det")
            {
                end = head + 1;
            }
            else if (sentence.Dependencies[last].Relation == "amod" && end < sentence.Words.Count && sentence.Tags[end].Upos is "NOUN" or "PROPN")
            {
                end++; // its noun is the first word of a compound whose head lies further on
            }
        }
        while (end < sentence.Words.Count && Glued(sentence, end - 1, end)
            && (sentence.Words[end] == "-" || sentence.Words[end - 1] == "-"))
        {
            end++;
        }
        // A compound never ends on its hyphen.
        while (sentence.Words[end - 1] == "-" && end - 1 > i)
        {
            end--;
        }
        return end - i;
    }

    private static bool Glued(AnnotatedSentence sentence, int a, int b) =>
        sentence.Spans[a].Start + sentence.Spans[a].Length == sentence.Spans[b].Start;

    private Entry? Longest(IReadOnlyList<string> words, int at)
    {
        Entry? best = null;
        if (_byFirstWord.TryGetValue(words[at], out var entries) || _byFirstWord.TryGetValue(Singular(words[at]), out entries))
        {
            best = entries.FirstOrDefault(e => Matches(e, words, at));
        }
        foreach (var e in _byPrefix)
        {
            if ((best is null || e.Words.Length > best.Words.Length) && Matches(e, words, at))
            {
                best = e;
                break;
            }
        }
        return best;
    }

    private static bool Matches(Entry entry, IReadOnlyList<string> words, int at)
    {
        if (at + entry.Words.Length > words.Count)
        {
            return false;
        }
        for (var k = 0; k < entry.Words.Length; k++)
        {
            if (!WordMatches(entry.Words[k], words[at + k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool WordMatches(string pattern, string word)
    {
        if (pattern.EndsWith('*'))
        {
            return word.Length >= pattern.Length - 1 && word.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase);
        }
        return word.Equals(pattern, StringComparison.OrdinalIgnoreCase) || Singular(word).Equals(pattern, StringComparison.OrdinalIgnoreCase);
    }

    // "crimes" → "crime", "atrocities" stays for the prefix entries; enough for a lexicon of nouns and adjectives.
    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && word[^3] is 's' or 'x' or 'h' ? word[..^2]
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? word[..^1]
        : word;
}
