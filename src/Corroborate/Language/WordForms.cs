using System.Globalization;
using Corroborate.Language.Learning;

namespace Corroborate.Language;

/// <summary>
/// A sentence's words with the forms the tagger's and the entity recognizer's features read — lower
/// case with digits folded, shape, word classes — computed once per sentence and shared by both.
/// </summary>
internal sealed class WordForms
{
    private static readonly string[] Numbers = [.. Enumerable.Range(0, 1024).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    public WordForms(IReadOnlyList<string> words, WordClusters clusters)
    {
        Words = words;
        Lower = new string[words.Count];
        Shapes = new string[words.Count];
        Clusters = new string[words.Count];
        Coarse = new string[words.Count];
        Span<int> classes = stackalloc int[clusters.Levels];
        for (var i = 0; i < words.Count; i++)
        {
            Lower[i] = Normalize(words[i]);
            Shapes[i] = SentenceSplitter.Shape(words[i]);
            clusters.Of(words[i], classes);
            Coarse[i] = Number(classes[0]);
            Clusters[i] = Number(classes[1]);
        }
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Lower case with digits folded (<see cref="Normalize"/>).</summary>
    public string[] Lower { get; }

    /// <summary><see cref="SentenceSplitter.Shape"/> of each word.</summary>
    public string[] Shapes { get; }

    /// <summary>The 256-class word class, as text; <c>?</c> for an unknown word.</summary>
    public string[] Clusters { get; }

    /// <summary>The 64-class word class, as text; <c>?</c> for an unknown word.</summary>
    public string[] Coarse { get; }

    /// <summary>Lower case, with digits folded (years and numbers look alike to the models).</summary>
    public static string Normalize(string word)
    {
        if (word.Length > 24)
        {
            return "<long>";
        }
        Span<char> buffer = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            buffer[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        return new string(buffer);
    }

    /// <summary>A class or label id as feature text, without allocating for small ones; <c>?</c> for -1 (unknown).</summary>
    public static string Number(int id) =>
        id < 0 ? "?" : id < Numbers.Length ? Numbers[id] : id.ToString(CultureInfo.InvariantCulture);
}
