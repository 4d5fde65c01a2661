using Corroborate.Ingest.Cleaning;

namespace Corroborate.Tests.Ingest.Cleaning;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u2009\u2009b", "a b")]
    [InlineData("a\tb  c", "a b c")]
    [InlineData("line \r\nnext\rlast", "line\nnext\nlast")]
    [InlineData("zero\u200Bwidth\uFEFF", "zerowidth")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("don\u0092t", "don\u2019t")]
    [InlineData("Cafe\u0301", "Caf\u00E9")]
    public void Normalizes_spaces_invisibles_and_composition(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Keeps_zero_width_joiners_and_non_latin_text()
    {
        const string text = "Ереван \u200D Հադրութ";
        Assert.Equal(text, TextNormalizer.Normalize(text));
    }
}
