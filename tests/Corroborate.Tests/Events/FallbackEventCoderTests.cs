using Corroborate.Events;
using Corroborate.Events.Dictionaries;
using Corroborate.Language;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Events;

/// <summary>The built-in coder with small dictionaries beside it: the dictionaries fill only the sentences it codes nothing in.</summary>
public sealed class FallbackEventCoderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FallbackEventCoder _coder;

    public FallbackEventCoderTests()
    {
        // "laud" is in no built-in row; "free" is.
        _folder.File("test.verbs.txt", "--- PRAISE [051] ---\nLAUD {LAUDS LAUDED LAUDING}\n\n--- RELEASE [084] ---\nFREE {FREES FREED}\n");
        _folder.File("test.actors.txt", "AZERBAIJAN_ [AZE]\nARMENIA_ [ARM]\n");
        _folder.File("test.agents.txt", "SOLDIER [~MIL]\n");
        _folder.File("test.discards.txt", "FOOTBALL\n");
        _coder = new FallbackEventCoder(EventCoder.Default, EventDictionaries.Load(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_dictionaries_code_only_the_sentences_the_built_in_coder_finds_nothing_in()
    {
        var events = _coder.Code(Annotator.Default.Annotate("Azerbaijan lauded Armenia on Monday. Azerbaijan freed 32 Armenian soldiers."));
        var lauded = Assert.Single(events, e => e.Sentence == 0);
        Assert.Equal(("SUPPORT", "051", "AZE", "ARM"), (lauded.Event, lauded.Cameo, lauded.Source?.Country, lauded.Target?.Country));
        // The release is the built-in coder's, with its count, and not coded a second time by the dictionaries.
        var freed = Assert.Single(events, e => e.Sentence == 1);
        Assert.Equal(("0841", 32.0), (freed.Cameo, freed.Counts.Single().Number));
    }
}
