using Corroborate.Evaluation;

namespace Corroborate.Tests.Evaluation;

/// <summary>The reader of CQE's quantity sets, on files written here, and the split.</summary>
public sealed class QuantityBenchmarkTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corroborate-quantities-" + Guid.NewGuid().ToString("N"));

    public QuantityBenchmarkTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string json, string name = "set.json")
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string Quantity(string value, string unit = "-", string normalized = "-", string change = "=") =>
        $$"""{"change": "{{change}}", "value": "{{value}}", "unit": "{{unit}}", "normalized_unit": "{{normalized}}", "referred_concepts": "-"}""";

    [Fact]
    public void Reads_values_ranges_and_units_as_upstream_does()
    {
        var path = Write($$"""
            [
              {"text": "The ferry carried 40 cars and between 5 and 10 lorries.", "quantities": [{{Quantity("40", "cars", "car")}}, {{Quantity("5.0-10.0", "lorries", "lorry")}}]},
              {"text": "It fell 1.3 per cent.", "quantities": [{{Quantity("-1.3", "per cent", "percentage", "down")}}]},
              {"text": "Odd spellings.", "quantities": [{{Quantity("3.0 - 4.0")}}, {{Quantity("2.5E-08", "m", "metre")}}, {{Quantity("1-2-3")}}]},
              {"text": "Nothing to count here.", "quantities": []}
            ]
            """);
        var sentences = QuantityBenchmark.Load(path);
        Assert.Equal(4, sentences.Count);
        Assert.Equal(new QuantityLabel(40, null, "cars", "car", "="), sentences[0].Quantities[0]);
        Assert.Equal(new QuantityLabel(5, 10, "lorries", "lorry", "="), sentences[0].Quantities[1]);
        Assert.Equal(new QuantityLabel(-1.3, null, "per cent", "percentage", "down"), sentences[1].Quantities[0]);
        // Spaces around a range's ends, an exponent with a minus, and (as upstream) only the first two parts of a longer range.
        Assert.Equal([(3.0, (double?)4.0), (2.5e-8, null), (1, 2)], sentences[2].Quantities.Select(q => (q.Value, q.High)));
        Assert.Empty(sentences[3].Quantities);
    }

    [Fact]
    public void The_split_is_a_third_dev_by_the_text_alone()
    {
        var texts = Enumerable.Range(0, 3000).Select(i => $"Sentence number {i} of a made-up set.").ToList();
        var dev = texts.Count(t => QuantityBenchmark.SplitOf(t) == BenchmarkSplit.Dev);
        Assert.InRange(dev, 900, 1100);
        // The same text is on the same side wherever it stands in whichever file.
        var path = Write($$"""[{"text": "{{texts[7]}}", "quantities": []}, {"text": "{{texts[8]}}", "quantities": []}]""");
        Assert.Equal([QuantityBenchmark.SplitOf(texts[7]), QuantityBenchmark.SplitOf(texts[8])], QuantityBenchmark.Load(path).Select(s => s.Split));
    }

    [Theory]
    [InlineData("{}", "set.json: not a JSON array of sentences")]
    [InlineData("""[{"text": "x"}]""", "set.json: sentence 1: no 'quantities' list")]
    [InlineData("""[{"text": "x", "quantities": []}, {"quantities": []}]""", "set.json: sentence 2: no 'text' string")]
    [InlineData("""[{"text": "x", "quantities": [{"value": "abc", "unit": "-", "normalized_unit": "-", "change": "="}]}]""",
        "set.json: sentence 1, quantity 1: 'value' is not a number or range: abc")]
    [InlineData("""[{"text": "x", "quantities": [{"value": "1", "unit": "-", "change": "="}]}]""", "set.json: sentence 1, quantity 1: no 'normalized_unit' string")]
    [InlineData("""[{"text": "x", "quantities": [3]}]""", "set.json: sentence 1, quantity 1: not an object")]
    public void A_malformed_file_is_one_line_naming_the_file_and_the_place(string json, string message)
    {
        var e = Assert.Throws<BenchmarkFormatException>(() => QuantityBenchmark.Load(Write(json)));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var e = Assert.Throws<BenchmarkFormatException>(() => QuantityBenchmark.Load(Write("[\n{\"text\": \"x\",\n \"quantities\": [] \"y\": 1}\n]")));
        Assert.StartsWith("set.json: line 3: not valid JSON (", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Reads_the_published_scores_beside_a_set()
    {
        var path = Write("[]");
        Assert.Empty(QuantityBenchmark.LoadBaselines(path));
        File.WriteAllText(Path.Combine(_directory, "set.scores.tsv"), "\tP\tR\tF1\tmodel\ttype\n0\t92.0\t91.9\t92.0\tSomeTool\tvalue\n1\t85.6\t85.5\t85.6\tSomeTool\tvalue+unit\n");
        Assert.Equal(
            [new QuantityBaseline("SomeTool", "value", 92.0, 91.9, 92.0), new QuantityBaseline("SomeTool", "value+unit", 85.6, 85.5, 85.6)],
            QuantityBenchmark.LoadBaselines(path));
        File.WriteAllText(Path.Combine(_directory, "set.scores.tsv"), "\tP\tR\tF1\tmodel\ttype\n0\t92.0\tSomeTool\tvalue\n");
        Assert.Equal("set.scores.tsv: line 2: expected index, P, R, F1, model and type, tab-separated",
            Assert.Throws<BenchmarkFormatException>(() => QuantityBenchmark.LoadBaselines(path)).Message);
    }

    [SharedDataFact]
    public void Reads_newsquant_whole_with_its_ranges()
    {
        var sentences = QuantityBenchmark.Load(SharedData.File("bench/quantities/newsquant/NewsQuant.json"));
        Assert.Equal(590, sentences.Count);
        Assert.Equal(904, sentences.Sum(s => s.Quantities.Count));
        Assert.Equal(115, sentences.Count(s => s.Quantities.Count == 0));
        // SOURCE.md counts 85 values with an inner "-"; two of them are exponents (1.99E-29, 2.998E-08), not ranges.
        Assert.Equal(83, sentences.Sum(s => s.Quantities.Count(q => q.IsRange)));
        // Pinned so that a change to the split is seen: tuning figures compare only on one split.
        Assert.Equal(192, sentences.Count(s => s.Split == BenchmarkSplit.Dev));
    }
}
