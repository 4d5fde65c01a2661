using Corroborate.Language;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Language;

public class TokenizerTests
{
    private static string[] Tokens(string text) => [.. Tokenizer.Tokenize(text).Select(s => text.Substring(s.Start, s.Length))];

    [Theory]
    [InlineData("Gen. Smith met Dr. Lee on Dec. 7.", "Gen.|Smith|met|Dr.|Lee|on|Dec.|7|.")]
    [InlineData("The U.S. and No. 10 agreed.", "The|U.S.|and|No.|10|agreed|.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J.|R.|R.|Tolkien|wrote|it|.")]
    [InlineData("a $94.8bn deal, 1,200 troops and a 44-day war; 3.5% growth", "a|$|94.8|bn|deal|,|1,200|troops|and|a|44|-|day|war|;|3.5|%|growth")]
    [InlineData("It costs 100€ or Rs. 1,25,000.", "It|costs|100|€|or|Rs.|1,25,000|.")]
    [InlineData("President Bashar al-Assad and Mr. O'Brien", "President|Bashar|al-Assad|and|Mr.|O'Brien")]
    [InlineData("The rebels' demands and Jesus' words", "The|rebels|'|demands|and|Jesus|'|words")]
    [InlineData("They don't know Aliyev's plan. I can't.", "They|do|n't|know|Aliyev|'s|plan|.|I|ca|n't|.")]
    [InlineData("“A symbolic act,” he said — and left…", "“|A|symbolic|act|,|”|he|said|—|and|left|…")]
    [InlineData("He said: 'no' (twice) [sic] \"really\"?!", "He|said|:|'|no|'|(|twice|)|[|sic|]|\"|really|\"|?!")]
    [InlineData("See https://example.org/a?b=1, or mail press@example.org.", "See|https://example.org/a?b=1|,|or|mail|press@example.org|.")]
    [InlineData("BAKU, Dec 7 (Reuters) - Azerbaijan freed 32", "BAKU|,|Dec|7|(|Reuters|)|-|Azerbaijan|freed|32")]
    [InlineData("08/12/2023 - 14:21 at 7:30pm", "08/12/2023|-|14:21|at|7:30|pm")]
    [InlineData("e-mail co-workers post-war search-engine", "e-mail|co-workers|post-war|search|-|engine")]
    [InlineData("Call 713-853-3989 now", "Call|713-853-3989|now")]
    [InlineData("in the '90s, wait...what", "in|the|'90s|,|wait|...|what")]
    [InlineData("£5m and €1.2bn", "£|5|m|and|€|1.2|bn")]
    [InlineData("the 1960s, her 70s; a 9.58s run", "the|1960s|,|her|70s|;|a|9.58|s|run")]
    public void Splits_news_text_as_the_treebank_does(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Text_is_rebuilt_from_tokens_and_the_white_space_between_them()
    {
        const string text = "  Azerbaijan released 32 Armenians;\n\tArmenia freed 2 soldiers (Dec. 7, 2023).  ";
        var spans = Tokenizer.Tokenize(text);
        var rebuilt = new System.Text.StringBuilder();
        var at = 0;
        foreach (var span in spans)
        {
            rebuilt.Append(text, at, span.Start - at).Append(text, span.Start, span.Length);
            at = span.End;
        }
        rebuilt.Append(text, at, text.Length - at);
        Assert.Equal(text, rebuilt.ToString());
    }

    // Text built from news-like pieces, so that the generator reaches the tokenizer's rules.
    private static readonly string[] Pieces =
    [
        "Gen.", "U.S.", "don't", "Aliyev's", "al-Assad", "O'Brien", "$94.8bn", "1,200", "44-day", "3.5%", "“", "”", "—", "–", "…", "...",
        "(", ")", "[", "]", "\"", "'", ",", ".", ";", ":", "!", "?", "?!", "https://x.org/a.", "a@b.com", "08/12/2023", "14:21", "-",
        "e-mail", "word", "Baku", "32", "'90s", "#", "%", "&", "/", "\u00a0", " ", "\n", "\t", "x", "é", "日本", "😀",
    ];

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Spans_are_in_order_do_not_overlap_and_cover_all_non_space_text()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();
        return Prop.ForAll(texts, text =>
        {
            var spans = Tokenizer.Tokenize(text);
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var span in spans)
            {
                if (span.Length <= 0 || span.Start < previousEnd || span.End > text.Length)
                {
                    return false;
                }
                for (var i = span.Start; i < span.End; i++)
                {
                    covered[i] = true;
                }
                previousEnd = span.End;
            }
            for (var i = 0; i < text.Length; i++)
            {
                if (covered[i] == char.IsWhiteSpace(text[i]))
                {
                    return false; // a space inside a token, or text outside every token
                }
            }
            return true;
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Any_string_at_all_tokenizes_losslessly(string? text)
    {
        text ??= "";
        var spans = Tokenizer.Tokenize(text);
        var nonSpace = text.Count(c => !char.IsWhiteSpace(c));
        var ordered = spans.Zip(spans.Skip(1)).All(p => p.First.End <= p.Second.Start);
        return (ordered && spans.Sum(s => s.Length) == nonSpace && spans.All(s => !text.AsSpan(s.Start, s.Length).ContainsAny(" \t\n\r\u00a0"))).ToProperty();
    }
}
