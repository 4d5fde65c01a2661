using Corroborate.Events;
using Corroborate.Events.Dictionaries;
using Corroborate.Language;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Events;

/// <summary>The dictionary coder over small dictionaries written here, in PETRARCH-2 syntax, and our parses.</summary>
public sealed class DictionaryEventCoderTests : IDisposable
{
    private static readonly DateOnly ExchangeDay = new(2023, 12, 7);

    internal const string Verbs = """
        &CAPTIVE
        +PRISONER
        +DETAINEE
        +SOLDIER

        --- RELEASE [084] ---
        RELEASE
        FREE {FREES FREED FREEING}
        - * &CAPTIVE [0841]

        --- PLAN [030] ---
        PLAN

        --- AID [070] ---
        AID
        HELP

        --- SAY [010] ---
        SAY {SAYS SAID SAYING}

        --- ATTACK [190] ---
        ATTACK

        ~ a (b . ATTACK) SAY = a b 112
        """;

    internal const string Actors = """
        AZERBAIJAN_ [AZE]
        +AZERBAIJANI
        +BAKU
        ARMENIA_ [ARM]
        +ARMENIAN
        +YEREVAN
        ILHAM_ALIYEV_
        	[AZEGOV >20031031]
        	[AZEELI]
        """;

    private readonly TempFolder _folder = new();
    private readonly EventDictionaries _dictionaries;

    public DictionaryEventCoderTests()
    {
        _folder.File("test.verbs.txt", Verbs);
        _folder.File("test.actors.txt", Actors);
        _folder.File("test.agents.txt", "SOLDIER [~MIL]\nGOVERNMENT {} [~GOV]\n");
        _folder.File("test.discards.txt", "FOOTBALL\n");
        _folder.File("test.Ontology.txt", "010:0x1000\n030:0x3000\n070:0x0040\n033:0x3040\n120:-0xFFFF\n1210:-0xFFFF+0x0040\n190:0x00A0\n112:0x7002\n");
        _dictionaries = EventDictionaries.Load(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    private List<string> Code(string sentence, bool requireDyad = true, DateOnly? date = null)
    {
        var text = Annotator.Default.Annotate(sentence);
        var coder = new DictionaryEventCoder(_dictionaries, requireDyad);
        return [.. text.Sentences.SelectMany(s => coder.CodeSentence(s, date ?? ExchangeDay)).Select(e => $"{e.Source} {e.Target} {e.Code}")];
    }

    [Fact]
    public void A_pattern_over_a_synset_plural_gives_the_release_of_soldiers()
    {
        Assert.Equal(["AZE ARMMIL 0841"], Code("Azerbaijan freed 32 Armenian soldiers on Thursday."));
    }

    [Fact]
    public void A_passive_is_coded_from_its_agent_to_its_subject_and_its_subject_matches_the_pattern()
    {
        Assert.Equal(["AZE ARMMIL 0841"], Code("Thirty-two Armenian soldiers were released by Azerbaijan on Thursday."));
    }

    [Fact]
    public void An_actor_takes_the_code_its_dates_give()
    {
        Assert.Equal(["AZEGOV ARM 084"], Code("Ilham Aliyev released Armenia's envoy."));
        Assert.Equal(["AZEELI ARM 084"], Code("Ilham Aliyev released Armenia's envoy.", date: new DateOnly(2001, 5, 1)));
    }

    [Fact]
    public void Coordinated_subjects_without_a_target_act_toward_each_other()
    {
        Assert.Equal(["AZE ARM 0841", "ARM AZE 0841"], Code("Azerbaijan and Armenia freed prisoners."));
    }

    [Fact]
    public void Require_dyad_drops_a_one_sided_event_unless_turned_off()
    {
        Assert.Empty(Code("Azerbaijan freed the prisoners."));
        Assert.Equal(["AZE --- 0841"], Code("Azerbaijan freed the prisoners.", requireDyad: false));
    }

    [Fact]
    public void A_verb_acting_on_another_combines_through_the_ontology()
    {
        Assert.Equal(["AZE ARM 033"], Code("Azerbaijan plans to help Armenia."));
    }

    [Fact]
    public void A_negated_verb_is_the_ontologys_refusal()
    {
        Assert.Equal(["AZE ARM 1210"], Code("Azerbaijan did not help Armenia."));
    }

    [Fact]
    public void A_transformation_turns_a_reported_attack_into_an_accusation()
    {
        Assert.Equal(["ARM AZE 112"], Code("Armenia said Azerbaijan attacked."));
    }

    [Fact]
    public void A_reported_clause_that_is_no_event_gives_its_subject_as_the_target()
    {
        Assert.Equal(["ARM AZE 010"], Code("Armenia said that Azerbaijan was aware of the plan."));
    }

    [Fact]
    public void A_sentence_with_a_discard_phrase_is_not_coded()
    {
        Assert.Empty(Code("Azerbaijan freed Armenian soldiers after the football final."));
    }

    [Fact]
    public void Event_records_carry_the_plover_category_and_the_actor_split()
    {
        var published = new DateTimeOffset(2023, 12, 7, 12, 0, 0, TimeSpan.Zero);
        var text = Annotator.Default.Annotate("Azerbaijan freed 32 Armenian soldiers. Azerbaijan said it supports Armenia.", published);
        var e = Assert.Single(new DictionaryEventCoder(_dictionaries).Code(text, published));
        Assert.Equal(("RETREAT", "release", "0841"), (e.Event, e.Mode, e.Cameo));
        Assert.Equal(("AZE", null), (e.Source!.Country, e.Source.Sector));
        Assert.Equal(("ARM", "MIL", "32 Armenian soldiers"), (e.Target!.Country, e.Target.Sector, e.Target.Text));
        Assert.Equal("freed", e.TriggerText);
        Assert.Equal("2023-12-07", e.Date);
    }
}
