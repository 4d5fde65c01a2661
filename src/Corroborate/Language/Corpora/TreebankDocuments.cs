using System.Text;

namespace Corroborate.Language.Corpora;

/// <summary>
/// A treebank document as plain text, rebuilt from its sentences' <c># text</c> lines: paragraphs
/// separated by a blank line, the sentences of a paragraph each on a line of its own or, harder and as
/// running article text, joined by a space. The gold sentence ends are character offsets into that text.
/// </summary>
public sealed record TreebankDocument(string Id, string Text, IReadOnlyList<int> SentenceEnds, IReadOnlyList<ConlluSentence> Sentences);

public static class TreebankDocuments
{
    /// <summary>The documents of a CoNLL-U file, in file order.</summary>
    /// <param name="sentenceSeparator">What joins the sentences of a paragraph: <c>"\n"</c> (one per line) or <c>" "</c>.</param>
    public static IEnumerable<TreebankDocument> Read(string path, string sentenceSeparator = "\n")
    {
        var sentences = new List<ConlluSentence>();
        string? id = null;
        foreach (var sentence in Conllu.Read(path))
        {
            if (sentence.NewDocument && sentences.Count > 0)
            {
                yield return Build(id!, sentences, sentenceSeparator);
                sentences = [];
            }
            if (sentences.Count == 0)
            {
                id = sentence.Id ?? "";
            }
            sentences.Add(sentence);
        }
        if (sentences.Count > 0)
        {
            yield return Build(id!, sentences, sentenceSeparator);
        }
    }

    private static TreebankDocument Build(string id, List<ConlluSentence> sentences, string separator)
    {
        var text = new StringBuilder();
        var ends = new List<int>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0)
            {
                text.Append(sentences[i].NewParagraph ? "\n\n" : separator);
            }
            text.Append(sentences[i].Text ?? string.Join(' ', sentences[i].Words.Select(w => w.Form)));
            ends.Add(text.Length);
        }
        return new TreebankDocument(id, text.ToString(), ends, sentences);
    }
}
