using Corroborate.Events.Dictionaries;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Events.Dictionaries;

public sealed class CodeOntologyTests
{
    private static CodeOntology Load(string content)
    {
        using var folder = new TempFolder();
        return CodeOntology.Load(folder.File("test.Ontology.txt", content));
    }

    private const string Ontology = "# test\n---:0\n010:0x1000#Say\n030:0x3000\n033:0x3040\n060:0x0070\n070:0x0040\n121:-0xFFFF+0x0070\n190:0x00A0\n";

    [Theory]
    [InlineData("030", "070", "033")] // intend + aid = intend to aid
    [InlineData("010", "030", "030")] // two high-level meanings: the governed one
    [InlineData("030", "190", "190")] // a sum with no code: the governed one
    [InlineData("999", "070", "070")] // a code the ontology lacks: the governed one
    public void Combines_by_adding_values(string upper, string lower, string combined) =>
        Assert.Equal(combined, Load(Ontology).Combine(upper, lower));

    [Fact]
    public void Negates_to_the_rejection_it_lists()
    {
        var ontology = Load(Ontology);
        Assert.Equal("121", ontology.Negate("060"));
        Assert.Null(ontology.Negate("070"));
        Assert.Equal(8, ontology.Count);
    }

    [Fact]
    public void Without_an_ontology_the_governed_code_wins() => Assert.Equal("070", CodeOntology.Empty.Combine("030", "070"));

    [Theory]
    [InlineData("030 0x3000\n", "test.Ontology.txt:1: is not CODE:0xVALUE (030 0x3000)")]
    [InlineData("010:0x1000\n030:3000\n", "test.Ontology.txt:2: is not CODE:0xVALUE (030:3000)")]
    [InlineData("030:0xZZ\n", "test.Ontology.txt:1: is not CODE:0xVALUE (030:0xZZ)")]
    public void A_malformed_line_is_named_with_its_file_and_line(string content, string message) =>
        Assert.Equal(message, Assert.Throws<DictionaryFormatException>(() => Load(content)).Message);
}
