using Corroborate.Evaluation;

namespace Corroborate.Tests.Evaluation;

/// <summary>The PETRARCH reader on the unit-test and GSR files. Expected figures were counted with Python
/// (ElementTree on the well-formed unit-test file, regular expressions on the GSR file).</summary>
public sealed class EventGoldPetrarchTests : IDisposable
{
    private const string UnitTestFile = "bench/petrarch/unit-test/PETR.UnitTest.records.xml";
    private const string GsrFile = "bench/petrarch/gsr/PETR2_GSR_validation.xml";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corroborate-petrarch-" + Guid.NewGuid().ToString("N"));

    public EventGoldPetrarchTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [SharedDataFact]
    public void The_unit_tests_have_284_records_and_385_codings()
    {
        var set = EventGold.LoadPetrarch(SharedData.File(UnitTestFile));
        var records = set.Records;
        Assert.Equal(284, records.Count);
        Assert.Equal(359, records.Sum(r => r.Codings.Count));
        Assert.Equal(19, records.Count(r => r.NoEvents));
        Assert.Equal(7, records.Count(r => r.Error is not null));
        Assert.Equal(["bad_input_parse", "bad_input_parse", "dateline", "sentencediscard", "sentencediscard", "storydiscard", "storydiscard"],
            records.Where(r => r.Error is not null).Select(r => r.Error!).Order(StringComparer.Ordinal));
        Assert.Equal("SYNSET 52, COMPOUND 42, DEMO 36, PATTERN 29, AGENT 24, VERB 23, DATE 21, MODIFY 20, ACTOR 15, PARSING 12, "
            + "ERROR 7, AGENTS 2, COMPOUNDx 1", EventGoldTests.Tally(records.Select(r => r.Category)));
        Assert.Equal(282, records.Select(r => r.Id).Distinct().Count()); // AGENTS-18 and AGENTS-19 twice each
        Assert.Equal(5, records.Count(r => r.Attributes["sentence"] == "false"));
        Assert.Equal(281, records.Count(set.Includes)); // Include leaves out AGENTS and COMPOUNDx
    }

    [SharedDataFact]
    public void A_unit_test_record_reads_whole_without_its_parse()
    {
        var records = EventGold.LoadPetrarch(SharedData.File(UnitTestFile)).Records;
        var r = records[0];
        Assert.Equal(("DEMO-00", 61, new DateOnly(1995, 1, 1), "DEMO"), (r.Id, r.Line, r.Date, r.Category));
        Assert.Equal("Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.", r.Text);
        Assert.Equal([new PetrarchCoding("ARN", "GON", "064")], r.Codings);
        Assert.False(r.NoEvents);
        Assert.Null(r.Error);
        Assert.Equal(3, r.Notes.Count);
        Assert.Equal("Last update: 29 July 2013", r.Notes[2]);
        Assert.Equal(new Dictionary<string, string> { ["sentence"] = "true" }, r.Attributes);
        Assert.All(records, x => Assert.DoesNotContain("(ROOT", x.Text, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Unit_test_quirks_are_read_as_documented()
    {
        var records = EventGold.LoadPetrarch(SharedData.File(UnitTestFile)).Records;
        // date = "…" id ="…", and the id after the other attributes.
        var spaced = Assert.Single(records, r => r.Id == "AFP0909010096-4");
        Assert.Equal((new DateOnly(2009, 1, 1), "PARSING", true), (spaced.Date, spaced.Category, spaced.NoEvents));
        // Entities are decoded; an unknown actor is expected by its quoted words.
        Assert.Contains(records, r => r.Text.StartsWith("Arnor will abandon full &TIETYPE ties", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Codings.Contains(new PetrarchCoding("\"INJURY TOLL\"", "OSG", "223")));
        // One record states no expectation at all.
        var bare = Assert.Single(records, r => r.Codings.Count == 0 && !r.NoEvents && r.Error is null);
        Assert.Equal("PATTERN-06", bare.Id);
        Assert.Equal("dateline", Assert.Single(records, r => r.Id == "ERROR-01").Error);
    }

    [SharedDataFact]
    public void Config_switches_keep_their_order_and_place()
    {
        var set = EventGold.LoadPetrarch(SharedData.File(UnitTestFile));
        Assert.Equal(29, set.Switches.Count); // one in <Environment>, 28 between records (a 30th is only mentioned in a comment)
        Assert.Equal(new PetrarchSwitch(0, "stop_on_error", "True"), set.Switches[0]);
        Assert.Equal(new PetrarchSwitch(21, "new_actor_length", "4"), set.Switches[1]);
        Assert.Equal(new PetrarchSwitch(218, "require_dyad", "true"), set.Switches[^1]);
        Assert.Equal(new PetrarchCoding("\"INJURY TOLL\"", "OSG", "223"), set.Records[21].Codings[1]); // just after the switch to 4
        Assert.Equal("False", set.OptionsAt(116)["require_dyad"]);
        Assert.Equal("0", set.OptionsAt(116)["comma_emax"]);
        Assert.Equal("True", set.OptionsAt(117)["REQUIRE_DYAD"]);
        Assert.False(set.OptionsAt(20).ContainsKey("new_actor_length"));
        Assert.Equal("PETR.Validate.verbs.txt", set.Environment["Verbfile"]);
        Assert.Equal(["Actorfile", "Agentfile", "Discardfile", "Errorfile", "Include", "Pause", "Verbfile"], set.Environment.Keys.Order(StringComparer.Ordinal));
    }

    [SharedDataFact]
    public void The_gsr_file_reads_despite_not_being_xml()
    {
        var set = EventGold.LoadPetrarch(SharedData.File(GsrFile));
        var records = set.Records;
        Assert.Equal(78, records.Count);
        // SOURCE.md counts 93 <EventCoding> elements: the 93rd is the mention in the # header.
        Assert.Equal(92, records.Sum(r => r.Codings.Count + (r.NoEvents ? 1 : 0)));
        Assert.Equal(80, records.Sum(r => r.Codings.Count));
        Assert.Equal(12, records.Count(r => r.NoEvents));
        Assert.DoesNotContain(records, r => r.Error is not null);
        Assert.Equal("OTHER 23, AFP 18, TEST 11, GOLD 10, PASSIVE 8, VERB 8", EventGoldTests.Tally(records.Select(r => r.Category)));
        Assert.Equal(78, records.Select(r => r.Id).Distinct().Count());
        Assert.All(records, r => Assert.Equal("true", r.Attributes["evaluate"]));
        Assert.Empty(set.Switches);
        Assert.Equal("Phoenix.Countries.actors.txt,Phoenix.International.actors.txt,Phoenix.MilNonState.actors.txt", set.Environment["Actorfile"]);
        Assert.Equal(6, set.Environment.Count);
        Assert.All(records, r => Assert.True(set.Includes(r)));
    }

    [SharedDataFact]
    public void A_gsr_record_and_its_quirks()
    {
        var records = EventGold.LoadPetrarch(SharedData.File(GsrFile)).Records;
        var first = records[0];
        Assert.Equal(("AFP0808020625_4", 32, new DateOnly(2008, 8, 4), "AFP"), (first.Id, first.Line, first.Date, first.Category));
        Assert.Equal("The stopover came as the US leader prepared to attend the Beijing Olympics, an event which will test his vow to keep politics out of the Games.", first.Text);
        Assert.Equal([new PetrarchCoding("USA", "CHN", "042")], first.Codings);
        // The one six-digit date, read as PETRARCH reads YYMMDD.
        Assert.Equal(new DateOnly(2012, 11, 8), Assert.Single(records, r => r.Id == "AFP0808020905_1").Date);
        // The commented-out parse is not kept as a note.
        var verb5 = Assert.Single(records, r => r.Id == "VERB_5");
        Assert.True(verb5.NoEvents);
        Assert.Empty(verb5.Notes);
        Assert.Equal(13, records.Sum(r => r.Notes.Count));
        // An empty <Text>: the sentence is in the parse only.
        Assert.Equal("Boko Haram has launched many similar attacks during its six-year campaign for a strict Islamic state in northeastern Nigeria .",
            Assert.Single(records, r => r.Id == "abc12_3").Text);
        Assert.Equal(6, records.Max(r => r.Codings.Count));
        Assert.Equal([new PetrarchCoding("ISR", "PSECVL", "190"), new PetrarchCoding("ISR", "PSEGZACVL", "190")],
            Assert.Single(records, r => r.Id == "TEST_4").Codings);
    }

    [SharedDataTheory]
    [InlineData(UnitTestFile, 142)]
    [InlineData(GsrFile, 38)]
    public void Each_category_is_halved_between_dev_and_held_out(string file, int devRecords)
    {
        var records = EventGold.LoadPetrarch(SharedData.File(file)).Records;
        foreach (var category in records.GroupBy(r => r.Category))
        {
            // AGENTS-18 and AGENTS-19 share ids with AGENT records but not their category, so every stratum halves.
            var dev = category.Count(r => r.Split == BenchmarkSplit.Dev);
            Assert.InRange(dev, category.Count() / 2, (category.Count() + 1) / 2);
        }
        // Pinned so that a change to the split is seen.
        Assert.Equal(devRecords, records.Count(r => r.Split == BenchmarkSplit.Dev));
    }

    [Fact]
    public void A_lenient_small_file_reads()
    {
        var path = Write("""
            <?xml version='1.0' encoding='utf-8'?>
            <Validation>
            # a bare header, with a <EventCoding…> mention
            <Environment>
              <Verbfile> verbs.txt </Verbfile>
              <Config option='require_dyad' value=False></Config>
            </Environment>
            <Sentences>
            <Sentence date = "950101" id ='T-1' category="DEMO" sentence="true"/>
            <!-- why -->
            <EventCoding sourcecode='"NEW ACTOR"' targetcode="GON" eventcode="064" />
            <Text>
            Arnor  &amp; Gondor
            talk.
            </Text>
            <Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
            </Sentence>
            <Config option="require_dyad" value="true"></Config>
            <Sentence date="20150609" id="GOLD_2">
            <EventCoding noevents = "True"></EventCoding>
            <Text>Nothing happened.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """);
        var set = EventGold.LoadPetrarch(path);
        Assert.Equal(2, set.Records.Count);
        var r = set.Records[0];
        Assert.Equal(("T-1", 9, new DateOnly(1995, 1, 1), "DEMO", "Arnor & Gondor talk."), (r.Id, r.Line, r.Date, r.Category, r.Text));
        Assert.Equal([new PetrarchCoding("\"NEW ACTOR\"", "GON", "064")], r.Codings);
        Assert.Equal(["why"], r.Notes);
        Assert.Equal(("GOLD", true), (set.Records[1].Category, set.Records[1].NoEvents));
        Assert.Equal([new PetrarchSwitch(0, "require_dyad", "False"), new PetrarchSwitch(1, "require_dyad", "true")], set.Switches);
        Assert.Equal("verbs.txt", set.Environment["Verbfile"]);
    }

    [Theory]
    [InlineData("<Sentences>\n<Sentence date=\"19950101\" id=\"A\">\n<Text>x</Text>\n</Sentences>",
        "records.xml: line 4: </Sentences> while <Sentence id=\"A\"> of line 2 is open")]
    [InlineData("<Sentence date=\"19950101\" id=\"A\">\n<Text>x</Text>\n", "records.xml: line 1: <Sentence id=\"A\"> is never closed")]
    [InlineData("<Sentence date=\"19950101\" id=\"A\">\n<EventCoding sourcecode=\"ARN\" eventcode=\"064\"/>\n<Text>x</Text></Sentence>",
        "records.xml: line 2: record A: <EventCoding> needs sourcecode, targetcode and eventcode, or noevents or error")]
    [InlineData("<Sentence date=\"19951301\" id=\"A\">\n<Text>x</Text></Sentence>", "records.xml: line 1: record A: date=\"19951301\" is not YYYYMMDD or YYMMDD")]
    [InlineData("\n<Sentence date=\"19950101\" id=\"A\"></Sentence>", "records.xml: line 2: record A: no <Text>")]
    [InlineData("<EventCoding noevents=\"True\"/>", "records.xml: line 1: <EventCoding> outside a <Sentence>")]
    [InlineData("<Sentence date=\"19950101\" id=\"A\">\n<!-- open\n<Text>x</Text></Sentence>", "records.xml: line 2: a comment that is never closed")]
    [InlineData("<Sentence date=\"19950101\" id=\"A\">\n<Text>x</Text>\n<Parse>(ROOT</Sentence>", "records.xml: line 3: <Parse> is never closed")]
    [InlineData("<Sentence date=\"19950101\" id=\"A\"><Text>x</Text>\n<Sentence date=\"19950101\" id=\"B\"><Text>y</Text></Sentence>",
        "records.xml: line 2: <Sentence> before the one at line 1 is closed")]
    [InlineData("<Sentence date=\"19950101\" id=\"A\">\n<EventCoding noevents=\"True\"/><EventCoding error=\"dateline\"/>\n<Text>x</Text></Sentence>",
        "records.xml: line 1: record A: expects more than one of events, no events and an error")]
    [InlineData("<Sentence date=\"19950101\" id=\"A\">\n<EventCoding noevents=\"maybe\"/><Text>x</Text></Sentence>",
        "records.xml: line 2: record A: noevents=\"maybe\" is not True or False")]
    [InlineData("<Sentence date=\"19950101\" id=\"A\" category=\"DEMO\" sentence>\n<Text>x</Text></Sentence>",
        "records.xml: line 1: cannot read the attributes of <Sentence>: sentence")]
    [InlineData("<Sentence date=\"19950101\" id=\"A\">\n<EventCoding noevents=\"True\" sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"/><Text>x</Text></Sentence>",
        "records.xml: line 2: record A: one <EventCoding> mixes codes, noevents and error")]
    [InlineData("<Sentences>\n</Sentences>", "records.xml: no <Sentence> records")]
    public void A_malformed_file_is_one_line_naming_file_and_line(string xml, string message)
    {
        var e = Assert.Throws<BenchmarkFormatException>(() => EventGold.LoadPetrarch(Write(xml)));
        Assert.Equal(message, e.Message);
    }

    private string Write(string content)
    {
        var path = Path.Combine(_directory, "records.xml");
        File.WriteAllText(path, content);
        return path;
    }
}
