using System.Text.Json;

namespace Corroborate.Tests.Cli;

public class AnnotateCommandTests
{
    private const string Article =
        "Armenia will release 32 Azerbaijani servicemen, and Azerbaijan will free two Armenian soldiers, the governments said on Thursday.\n" +
        "President Ilham Aliyev welcomed the deal.";

    /// <summary>The first <paramref name="count"/> blank-line-separated blocks of a corpus file, each followed by one blank line.</summary>
    private static string FirstSentences(string path, int count)
    {
        var blocks = new List<string>();
        var current = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    blocks.Add(string.Join('\n', current) + "\n\n");
                    current.Clear();
                    if (blocks.Count == count)
                    {
                        break;
                    }
                }
                continue;
            }
            current.Add(line);
        }
        return string.Concat(blocks);
    }

    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    [Fact]
    public void Text_input_as_json_has_tokens_and_normalized_entities()
    {
        using var temp = new TempFolder();
        var file = temp.File("article.txt", Article);
        var result = CliProcess.Run(temp.Path, null, "annotate", file, "--format", "json", "--published", "2023-12-08");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var sentences = doc.RootElement.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(2, sentences.Count);
        var first = sentences[0];
        Assert.StartsWith("Armenia will release 32", first.GetProperty("text").GetString(), StringComparison.Ordinal);
        var tokens = first.GetProperty("tokens").EnumerateArray().ToList();
        Assert.Equal("Armenia", tokens[0].GetProperty("text").GetString());
        Assert.Equal(0, tokens[0].GetProperty("start").GetInt32());
        Assert.Equal(7, tokens[0].GetProperty("end").GetInt32());
        Assert.Equal("PROPN", tokens[0].GetProperty("upos").GetString());
        Assert.Equal("NNP", tokens[0].GetProperty("xpos").GetString());
        Assert.Equal(3, tokens[0].GetProperty("head").GetInt32()); // Armenia ← release
        Assert.Equal("nsubj", tokens[0].GetProperty("relation").GetString());

        var entities = first.GetProperty("entities").EnumerateArray().ToList();
        JsonElement Find(string label, string text) => Assert.Single(entities,
            e => e.GetProperty("label").GetString() == label && e.GetProperty("text").GetString() == text);
        Assert.Equal("AZE", Find("GPE", "Azerbaijan").GetProperty("value").GetString());
        Assert.Equal("ARM", Find("NORP", "Armenian").GetProperty("value").GetString());
        var cardinal = Find("CARDINAL", "32");
        Assert.Equal(32, cardinal.GetProperty("number").GetDouble());
        Assert.Equal(3, cardinal.GetProperty("start").GetInt32());
        Assert.Equal(4, cardinal.GetProperty("end").GetInt32());
        Assert.Equal(21, cardinal.GetProperty("charStart").GetInt32());
        Assert.Equal(23, cardinal.GetProperty("charEnd").GetInt32());
        var date = Find("DATE", "Thursday");
        Assert.Equal("2023-12-07", date.GetProperty("value").GetString());
        Assert.Equal("day", date.GetProperty("precision").GetString());

        var person = Assert.Single(sentences[1].GetProperty("entities").EnumerateArray(), e => e.GetProperty("label").GetString() == "PER");
        Assert.Equal("Ilham Aliyev", person.GetProperty("text").GetString());
        Assert.Equal("President", person.GetProperty("role").GetString());
    }

    [Fact]
    public void Text_input_as_conllu_numbers_sentences_and_marks_spaces()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, Article, "annotate", "-");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = Lines(result.Out);
        Assert.Equal("# sent_id = 1", lines[0]);
        Assert.StartsWith("# text = Armenia will release 32 Azerbaijani servicemen, and", lines[1], StringComparison.Ordinal);
        Assert.Contains("# sent_id = 2", lines);
        Assert.Contains("# text = President Ilham Aliyev welcomed the deal.", lines);
        var words = lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        Assert.All(words, w => Assert.Equal(10, w.Length));
        Assert.Equal(["1", "Armenia", "_", "PROPN", "NNP", "_", "3", "nsubj", "_", "NER=B-GPE"], words[0]);
        Assert.Equal(["0", "root"], words.First(w => w[1] == "release")[6..8]);
        Assert.Equal("NER=O|SpaceAfter=No", words.First(w => w[1] == "servicemen")[9]);
        Assert.Equal("NER=B-PER", words.First(w => w[1] == "Ilham")[9]);
        Assert.Equal("NER=I-PER", words.First(w => w[1] == "Aliyev")[9]);
        Assert.Equal("NER=O", words[^1][9]); // the final period: nothing after it
    }

    [Fact]
    public void Text_input_as_iob2_tags_every_label()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, Article, "annotate", "-", "--format", "iob2", "--published", "2023-12-08T14:21+04:00");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = Lines(result.Out);
        Assert.Equal("Armenia\tB-GPE", lines[0]);
        Assert.Contains("32\tB-CARDINAL", lines);
        Assert.Contains("Armenian\tB-NORP", lines);
        Assert.Contains("Thursday\tB-DATE", lines);
        Assert.Single(lines, l => l.Length == 0); // between the two sentences
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Equal(2, l.Split('\t').Length));
    }

    [SharedDataFact]
    public void Conllu_input_passes_every_line_through_and_fills_tags_ner_and_the_tree()
    {
        using var temp = new TempFolder();
        var input = FirstSentences(SharedData.File("corpora/ud-ewt/en_ewt-ud-dev.conllu"), 50);
        var file = temp.File("dev50.conllu", input);
        var result = CliProcess.Run(temp.Path, null, "annotate", file, "--input-format", "conllu");
        Assert.True(result.ExitCode == 0, result.Error);

        var before = Lines(input);
        var after = Lines(result.Out);
        Assert.Equal(before.Length, after.Length);
        var multiword = 0;
        for (var i = 0; i < before.Length; i++)
        {
            var (a, b) = (before[i].Split('\t'), after[i].Split('\t'));
            var id = a[0];
            if (before[i].Length == 0 || before[i][0] == '#' || id.Contains('-', StringComparison.Ordinal) || id.Contains('.', StringComparison.Ordinal))
            {
                multiword += id.Contains('-', StringComparison.Ordinal) ? 1 : 0;
                Assert.Equal(before[i], after[i]);
                continue;
            }
            Assert.Equal(10, b.Length);
            foreach (var column in new[] { 0, 1, 2, 5, 8 })
            {
                Assert.Equal(a[column], b[column]);
            }
            Assert.NotEqual("_", b[3]);
            Assert.NotEqual("_", b[4]);
            // HEAD and DEPREL are ours: a word of the sentence (or 0) and a relation.
            Assert.True(int.TryParse(b[6], out var head) && head >= 0, $"HEAD {b[6]}");
            Assert.NotEqual("_", b[7]);
            var misc = b[9].Split('|');
            Assert.Single(misc, m => m is "NER=O" || m.StartsWith("NER=B-", StringComparison.Ordinal) || m.StartsWith("NER=I-", StringComparison.Ordinal));
            if (a[9] != "_")
            {
                Assert.All(a[9].Split('|').Where(m => !m.StartsWith("NER=", StringComparison.Ordinal)), m => Assert.Contains(m, misc));
            }
        }
        Assert.True(multiword > 0, "the first 50 EWT dev sentences have multiword tokens");
    }

    [SharedDataFact]
    public void Iob2_input_keeps_tokens_order_and_sentence_breaks()
    {
        using var temp = new TempFolder();
        var input = FirstSentences(SharedData.File("corpora/uner-ewt/en_ewt-ud-dev.iob2"), 50);
        var file = temp.File("dev50.iob2", input);
        var result = CliProcess.Run(temp.Path, null, "annotate", file, "--input-format", "iob2", "--format", "iob2");
        Assert.True(result.ExitCode == 0, result.Error);

        var before = Lines(input);
        var after = Lines(result.Out);
        Assert.Equal(before.Length, after.Length);
        var words = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i].Length == 0 || before[i][0] == '#')
            {
                Assert.Equal(before[i], after[i]);
                continue;
            }
            var columns = after[i].Split('\t');
            Assert.Equal(2, columns.Length);
            Assert.Equal(before[i].Split('\t')[1], columns[0]);
            Assert.Matches("^(O|[BI]-(PER|ORG|LOC|GPE|NORP|FAC|DATE|TIME|MONEY|PERCENT|QUANTITY|CARDINAL|ORDINAL))$", columns[1]);
            words++;
        }
        Assert.True(words > 500);
    }

    [Fact]
    public void Iob2_input_as_conllu_keeps_its_comments_and_numbers_the_rest()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, "# sent_id = a-1\nAzerbaijan\tB-LOC\nfreed\tO\nthem\tO\n\nThey\tO\nleft\tO\n",
            "annotate", "-", "--input-format", "iob2");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = Lines(result.Out);
        Assert.Equal("# sent_id = a-1", lines[0]);
        Assert.Equal("# text = Azerbaijan freed them", lines[1]);
        Assert.StartsWith("1\tAzerbaijan\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\tNER=B-GPE", lines[2], StringComparison.Ordinal);
        Assert.Contains("# sent_id = 2", lines);
        Assert.Contains("# text = They left", lines);
    }

    [Theory]
    [InlineData("conllu", "bad.conllu", "# sent_id = 1\n1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tend\t_\n\n", "line 3")]
    [InlineData("conllu", "bad-id.conllu", "x\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n\n", "line 1")]
    [InlineData("iob2", "bad.iob2", "Armenia\tB-GPE\nfreed\tX-PER\n\n", "line 2")]
    public void Malformed_input_gives_one_line_naming_the_file_and_line(string format, string name, string content, string line)
    {
        using var temp = new TempFolder();
        var file = temp.File(name, content);
        var result = CliProcess.Run(temp.Path, null, "annotate", file, "--input-format", format, "--format", "json");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Out);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(name + ": " + line, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_standard_input_is_named_and_nothing_is_printed()
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, "1\tfine\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tbroken\n", "annotate", "-", "--input-format", "conllu");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("-: line 3", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_oversized_files_are_refused_in_one_line()
    {
        using var temp = new TempFolder();
        var missing = CliProcess.Run(temp.Path, null, "annotate", "gone.txt");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Equal("error: gone.txt: no such file", missing.Error.Trim());

        var huge = Path.Combine(temp.Path, "huge.conllu");
        using (var stream = File.Create(huge))
        {
            stream.SetLength((64L << 20) + 1);
        }
        var result = CliProcess.Run(temp.Path, null, "annotate", huge, "--input-format", "conllu");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Out);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("huge.conllu", error, StringComparison.Ordinal);
        Assert.Contains("64 MiB", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty file")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x0A }, "empty file (only white space)")]
    [InlineData("photo.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "a JPEG image")]
    [InlineData("noise.bin", new byte[] { 0x41, 0x00, 0x42, 0x00, 0x01, 0x02 }, "binary data")]
    public void Empty_and_binary_inputs_are_refused_in_one_line(string name, byte[] content, string reason)
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, name), content);
        var result = CliProcess.Run(temp.Path, null, "annotate", name, "--format", "json");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Out);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {name}: {reason}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_not_in_utf8_is_decoded_with_a_warning()
    {
        using var temp = new TempFolder();
        // Russian in windows-1251 without a declaration: read by detection, as ingest reads it.
        var text = "Переговоры в Москве и Баку продолжались всю неделю, сообщили официальные лица.";
        File.WriteAllBytes(Path.Combine(temp.Path, "cyrillic.txt"), System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(text));
        var result = CliProcess.Run(temp.Path, null, "annotate", "cyrillic.txt", "--format", "iob2");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: cyrillic.txt: not UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Contains("Москве\t", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published", "last week")]
    [InlineData("--input-format", "xml")]
    [InlineData("--format", "yaml")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        using var temp = new TempFolder();
        var result = CliProcess.Run(temp.Path, Article, "annotate", "-", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }
}
