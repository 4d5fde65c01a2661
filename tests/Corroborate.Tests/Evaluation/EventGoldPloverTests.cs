using Corroborate.Evaluation;

namespace Corroborate.Tests.Evaluation;

/// <summary>The PLOVER reader. Expected figures were counted with a separate Python script over the JSON.</summary>
public sealed class EventGoldPloverTests : IDisposable
{
    private const string GoldFile = "bench/plover/PLOVER_GSR_CAMEO.txt";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corroborate-plover-" + Guid.NewGuid().ToString("N"));

    public EventGoldPloverTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static IReadOnlyList<PloverRecord> Gold() => EventGold.LoadPlover(SharedData.File(GoldFile));

    [SharedDataFact]
    public void Reads_the_322_coded_events_in_18_categories_without_the_document_header()
    {
        var records = Gold();
        Assert.Equal(322, records.Count);
        Assert.DoesNotContain(records, r => r.Event == "DOCUMENT");
        Assert.Equal("AGREE 40, DEMAND 34, REJECT 34, THREATEN 29, PROTEST 27, COERCE 18, FIGHT 17, DISAPPROVE 16, ASSAULT 15, "
            + "RETREAT 14, SANCTION 14, CONCEDE 12, SUPPORT 12, CONSULT 11, AID 10, INVESTIGATE 9, MOBILIZE 6, COOPERATE 4",
            EventGoldTests.Tally(records.Select(r => r.Event)));
        Assert.All(records, r => Assert.Equal(new DateOnly(2000, 1, 1), r.Date));
    }

    [SharedDataFact]
    public void Optional_fields_occur_as_often_as_in_the_file()
    {
        var records = Gold();
        Assert.Equal(108, records.Count(r => r.Mode is not null)); // 142 have the field, 34 of them empty
        Assert.Equal(316, records.Count(r => r.Contexts.Count > 0)); // 318 have it, 2 empty
        Assert.Equal(21, records.Count(r => r.Size is not null));
        Assert.Equal(15, records.Count(r => r.Dead is not null));
        Assert.Equal(3, records.Count(r => r.Injured is not null));
        Assert.Equal(48, records.Count(r => r.Location is not null));
        Assert.Equal(4, records.Count(r => r.Location?.CountryCode is not null));
        Assert.Equal(23, records.Count(r => r.Comment is not null)); // and one on the DOCUMENT header
        Assert.Equal(322, records.Count(r => r.Markup is not null));
        Assert.Equal(342, records.Sum(r => r.Sources.Count));
        Assert.Equal(308, records.Sum(r => r.Targets.Count));
        Assert.Equal(288, records.Count(r => r.Targets.Count > 0)); // 297 have the field; 9 give a string
        var actors = records.SelectMany(r => r.Sources.Concat(r.Targets)).ToList();
        Assert.Equal(253, actors.Count(a => a.Sector is null));
        Assert.Equal(14, actors.Count(a => a.Sector == "***"));
        Assert.All(actors, a => Assert.Equal(a.Text.Trim(), a.Text));
        Assert.All(records.SelectMany(r => r.Contexts), c => Assert.DoesNotContain(",", c, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void A_compound_source_record_reads_whole()
    {
        var r = Assert.Single(Gold(), r => r.Id == "PLOVER-GSR01-AGREE-0001");
        Assert.Equal(14, r.Line);
        Assert.Equal("AGREE", r.Event);
        Assert.Equal("agreed cooperate", r.EventText);
        Assert.StartsWith("Senior Hungarian and Romanian officials agreed on Wednesday", r.Text, StringComparison.Ordinal);
        Assert.Equal([new PloverActor("Hungarian", "HUN", "GOV"), new PloverActor("Romanian", "ROU", "GOV")], r.Sources);
        Assert.Empty(r.Targets);
        Assert.Equal(["refugees"], r.Contexts);
        Assert.Null(r.Mode);
        Assert.Equal("Compound actor", r.Comment);
        Assert.StartsWith("Senior (SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials (EVT: agreed)", r.Markup, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Counts_mode_and_context_of_an_assault_are_kept()
    {
        var records = Gold();
        var assault = Assert.Single(records, r => r.Id == "PLOVER-GSR01-ASSAULT-0001");
        Assert.Equal(("156", null, null, "primitive"), (assault.Dead, assault.Injured, assault.Size, assault.Mode));
        Assert.Equal([new PloverActor("Burundian militiamen", "BDI", "MIL")], assault.Sources);
        Assert.Equal([new PloverActor("Congolese refugees", "COD", "REF")], assault.Targets);
        Assert.Equal("Tens of thousands", Assert.Single(records, r => r.Id == "PLOVER-GSR01-PROTEST-0004").Size);
        Assert.Equal(["diplomatic", "military"], records.First(r => r.Contexts.Count == 2 && r.Contexts[0] == "diplomatic" && r.Contexts[1] == "military").Contexts);
        Assert.Equal(new PloverLocation("Geneva", "CH"), records.First(r => r.Location?.CountryCode is not null).Location);
    }

    [SharedDataFact]
    public void The_files_quirks_are_read_as_documented()
    {
        var records = Gold();
        // One id names two different records; the line tells them apart.
        var twins = records.Where(r => r.Id == "PLOVER-GSR01-COERCE-0004").ToList();
        Assert.Equal([4596, 4825], twins.Select(r => r.Line));
        Assert.Equal(321, records.Select(r => r.Id).Distinct().Count());
        // A stray word where the target list should be, and a markup string where textInfo should be an object.
        Assert.Empty(Assert.Single(records, r => r.Id == "PLOVER-GSR01-AGREE-0007").Targets);
        Assert.StartsWith("The (SRC: United Nations)", Assert.Single(records, r => r.Id == "PLOVER-GSR01-INVESTIGATE-0002").Markup, StringComparison.Ordinal);
        // An agentless killing has no source.
        Assert.Empty(Assert.Single(records, r => r.Id == "PLOVER-GSR01-ASSAULT-0009").Sources);
        // Two FIGHT events carry other categories' ids.
        Assert.Equal(["PLOVER-GSR01-COERCE-0002", "PLOVER-GSR01-SANCTION-0010"],
            records.Where(r => !r.Id.StartsWith($"PLOVER-GSR01-{r.Event}-", StringComparison.Ordinal)).Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [SharedDataFact]
    public void Each_event_category_is_halved_between_dev_and_held_out()
    {
        var records = Gold();
        foreach (var category in records.GroupBy(r => r.Event))
        {
            var dev = category.Count(r => r.Split == BenchmarkSplit.Dev);
            Assert.InRange(dev, category.Count() / 2, (category.Count() + 1) / 2);
        }
        // Pinned so that a change to the split is seen: tuning figures compare only on one split.
        Assert.Equal(161, records.Count(r => r.Split == BenchmarkSplit.Dev));
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var path = Write("[\n{\"id\": \"A\", \"event\": \"AGREE\",\n \"date\": \"2000-01-01\" \"text\": \"x\"}\n]");
        var e = Assert.Throws<BenchmarkFormatException>(() => EventGold.LoadPlover(path));
        Assert.StartsWith("gold.txt: line 3: not valid JSON (", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("{}", "gold.txt: line 1: not a JSON array of records")]
    [InlineData("[\n{\"id\": \"A\", \"event\": \"AGREE\", \"date\": \"2000-01-01\", \"text\": \"x\"},\n{\"id\": \"B\", \"event\": \"AGREE\", \"date\": \"2000-01-01\", \"text\": \"x\", \"source\": 3}\n]",
        "gold.txt: line 3: record B: 'source' is not a list of actors")]
    [InlineData("[\n{\"id\": \"A\", \"event\": \"AGREE\", \"date\": \"2000-01-01\"}\n]", "gold.txt: line 2: record A: no 'text'")]
    [InlineData("[\n{\"id\": \"A\", \"event\": \"AGREE\", \"date\": \"1 Jan 2000\", \"text\": \"x\"}\n]", "gold.txt: line 2: record A: 'date' is not yyyy-mm-dd: 1 Jan 2000")]
    [InlineData("[\n{\"id\": \"A\", \"event\": \"AGREE\", \"date\": \"2000-01-01\", \"text\": \"x\",\n \"target\": [{\"actorText\": \"Iraq\"}]}\n]",
        "gold.txt: line 2: record A: an actor of 'target' without 'code'")]
    [InlineData("[\n\"A\"\n]", "gold.txt: line 2: an item of the array is not a record")]
    [InlineData("[\n{\"id\": \"A\", \"event\": \"AGREE\", \"date\": \"2000-01-01\", \"text\": \"x\"},\n",
        "gold.txt: line 3: not valid JSON (Expected start of a property name or value, but instead reached end of data)")]
    [InlineData("[\n{\"id\": \"A\", \"event\": \"AGREE\", \"date\": \"2000-01-01\", \"text\": \"x\"}\n]\n]",
        "gold.txt: line 4: not valid JSON (']' is invalid after a single JSON value. Expected end of data)")]
    public void A_malformed_record_is_one_line_naming_file_line_and_record(string json, string message)
    {
        var e = Assert.Throws<BenchmarkFormatException>(() => EventGold.LoadPlover(Write(json)));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_small_file_reads_with_its_header_left_out()
    {
        var path = Write("""
            [
            {"id": "DOC", "event": "DOCUMENT", "eventText": "notes"},
            {"id": "X-1", "date": "2000-01-01", "event": "PROTEST", "eventText": "marched",
             "source": [{"actorText": " Students", "code": "FRA", "sector": "EDU"}], "target": "",
             "context": "political, economic", "mode": "", "size": 300, "text": "Students marched."}
            ]
            """);
        var r = Assert.Single(EventGold.LoadPlover(path));
        Assert.Equal(("X-1", 3, "PROTEST", "Students marched.", "300"), (r.Id, r.Line, r.Event, r.Text, r.Size));
        Assert.Equal([new PloverActor("Students", "FRA", "EDU")], r.Sources);
        Assert.Empty(r.Targets);
        Assert.Equal(["political", "economic"], r.Contexts);
        Assert.Null(r.Mode);
    }

    private string Write(string content)
    {
        var path = Path.Combine(_directory, "gold.txt");
        File.WriteAllText(path, content);
        return path;
    }
}
