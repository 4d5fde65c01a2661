using Corroborate.Cli.Commands;
using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Tests.Cli;

/// <summary>The jackknifed tags cache of <c>train parser --tags-cache</c>: read back only when it fits the sentences exactly.</summary>
public class TagsCacheTests
{
    private static readonly ConlluSentence[] Sentences =
    [
        Sentence("Azerbaijan", "freed", "them"),
        Sentence("They", "left"),
    ];

    private static ConlluSentence Sentence(params string[] words) =>
        new(null, null, false, false, [.. words.Select((w, i) => new ConlluWord(i + 1, w, "_", "_", "_", "_", 0, "dep", "_"))], [], []);

    private static readonly PosTag[][] Tags =
    [
        [new("PROPN", "NNP"), new("VERB", "VBD"), new("PRON", "PRP")],
        [new("PRON", "PRP"), new("VERB", "VBD")],
    ];

    [Fact]
    public void Written_tags_are_read_back()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "tags");
        TrainCommand.WriteTagsCache(path, "# header", Tags);
        Assert.False(File.Exists(path + ".tmp"));
        Assert.Equal(Tags, TrainCommand.ReadTagsCache(path, "# header", Sentences));
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("# other header\nPROPN|NNP VERB|VBD PRON|PRP\nPRON|PRP VERB|VBD\n")]
    [InlineData("# header\nPROPN|NNP VERB|VBD\nPRON|PRP VERB|VBD\n")] // a word short
    [InlineData("# header\nPROPN|NNP VERB|VBD PRON\nPRON|PRP VERB|VBD\n")] // a tag without its XPOS
    [InlineData("# header\nPROPN|NNP VERB|VBD PRON|PRP\n")] // a sentence short
    [InlineData("# header\n\u0000\u0001\u0002\n\u00ff\n")] // binary
    public void A_cache_that_does_not_fit_is_not_used(string content)
    {
        using var temp = new TempFolder();
        Assert.Null(TrainCommand.ReadTagsCache(temp.File("tags", content), "# header", Sentences));
    }
}
