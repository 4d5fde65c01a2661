using System.Globalization;
using System.Text.Json;

namespace Corroborate.Evaluation;

/// <summary>One actor of a PLOVER record.</summary>
/// <param name="Text">The actor's words in the sentence (trimmed: two records have a leading space).</param>
/// <param name="Code">An ISO 3166 alpha-3 country code or a class such as <c>IGO</c>, <c>NGO</c> (a few are not
/// ISO: <c>JAP</c>, <c>ITL</c>, <c>VTN</c>).</param>
/// <param name="Sector">As written: <c>GOV</c>, <c>MIL</c>, <c>REB</c>, <c>CVL</c> …, some with an ethnic or
/// religious suffix (<c>CVLalb</c>, <c>REBkur</c>), and <c>***</c> on 14 actors; null where none was coded.</param>
public sealed record PloverActor(string Text, string Code, string? Sector);

/// <summary>Where a PLOVER event happened (<c>eventLoc</c>): a place name, sometimes with an ISO 3166 alpha-2 country.</summary>
public sealed record PloverLocation(string Name, string? CountryCode);

/// <summary>
/// One human-coded event of the PLOVER gold standard: a sentence from the CAMEO manual with its PLOVER
/// category, mode, context, actors and counts. The original CAMEO code is not stored in the file.
/// </summary>
/// <remarks>
/// Values are as coded in PLOVER 0.5b1/0.6b1, older than the 2021 manual: <see cref="Event"/> still uses
/// FIGHT, DEMAND, DISAPPROVE and INVESTIGATE, and <see cref="Contexts"/> spells some names two ways
/// (<c>refugee</c>/<c>refugees</c>, <c>resource</c>/<c>resources</c>). The reader keeps them as written;
/// a scorer maps them.
/// </remarks>
public sealed record PloverRecord
{
    /// <summary>The record's id. Not unique: <c>PLOVER-GSR01-COERCE-0004</c> names two different records.</summary>
    public required string Id { get; init; }

    /// <summary>The line of the file where the record starts (tells the two records of one id apart).</summary>
    public required int Line { get; init; }

    /// <summary>Always 2000-01-01 in this file: the sentences are edited and undated.</summary>
    public required DateOnly Date { get; init; }

    public required string Text { get; init; }

    /// <summary>The PLOVER category (AGREE, PROTEST, FIGHT …). Not always the one in the id: two records
    /// with SANCTION and COERCE ids are FIGHT events.</summary>
    public required string Event { get; init; }

    /// <summary>The words that express the event (<c>eventText</c>), as written (<c>agreed cooperate</c>).</summary>
    public required string EventText { get; init; }

    /// <summary>The category's mode (<c>heavy-weapons</c>, <c>strike-hun</c> …); null where absent or empty.</summary>
    public string? Mode { get; init; }

    /// <summary>The contexts, split from the file's comma-separated list (<c>diplomatic, military</c>).</summary>
    public required IReadOnlyList<string> Contexts { get; init; }

    /// <summary>Source actors; more than one for compound actors. Empty in one record (an agentless killing).</summary>
    public required IReadOnlyList<PloverActor> Sources { get; init; }

    /// <summary>Target actors; empty where none is coded. The file writes that as a missing field, as
    /// <c>""</c>, or once (PLOVER-GSR01-AGREE-0007) as the stray string <c>"diplomatic"</c>.</summary>
    public required IReadOnlyList<PloverActor> Targets { get; init; }

    /// <summary>How many took part, as written: a number (<c>500000</c>) or words (<c>Tens of thousands</c>, <c>group</c>).</summary>
    public string? Size { get; init; }

    /// <summary>How many were killed, as written (always digits in this file; the manual allows a code).</summary>
    public string? Dead { get; init; }

    /// <summary>How many were injured, as written (always digits in this file).</summary>
    public string? Injured { get; init; }

    public PloverLocation? Location { get; init; }

    /// <summary>The sentence with inline spans, <c>(SRC: …) (TAR: …) (SRC/TAR: …) (EVT: …) (LOC: …)</c>
    /// (<c>textInfo.markup</c>). Hand-made: some spans are unbalanced.</summary>
    public string? Markup { get; init; }

    /// <summary>The coders' remark on a hard case, if any.</summary>
    public string? Comment { get; init; }

    /// <summary>Dev (for tuning) or held out, fixed per event category (see <see cref="EventGold"/>).</summary>
    public BenchmarkSplit Split { get; init; }
}

/// <summary>Reads <c>PLOVER_GSR_CAMEO.txt</c>, a JSON array of records despite its name.</summary>
internal static class PloverGoldReader
{
    private static readonly string[] NoContexts = [];

    public static IReadOnlyList<PloverRecord> Read(string path)
    {
        var file = Path.GetFileName(path);
        ReadOnlyMemory<byte> json = File.ReadAllBytes(path);
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        var records = new List<PloverRecord>();
        var reader = new Utf8JsonReader(json.Span);
        var lines = new LineCounter(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new BenchmarkFormatException(file, 1, "not a JSON array of records");
            }
            // Records are taken one at a time so that a problem can name the line its record starts on.
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.LineOf(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new BenchmarkFormatException(file, line, "an item of the array is not a record");
                }
                using var doc = JsonDocument.ParseValue(ref reader);
                if (Record(doc.RootElement, new Where(file, line)) is { } record)
                {
                    records.Add(record);
                }
            }
            if (reader.TokenType != JsonTokenType.EndArray)
            {
                throw new BenchmarkFormatException(file, lines.LineOf(reader.TokenStartIndex), "the array of records is not closed");
            }
            // Anything after the array makes the reader throw.
            reader.Read();
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ');
            throw new BenchmarkFormatException(file, (int?)e.LineNumber + 1, $"not valid JSON ({reason})", e);
        }
        var splits = EventGold.Splits([.. records.Select(r => (r.Event, r.Id))]);
        return [.. records.Select((r, i) => r with { Split = splits[i] })];
    }

    /// <summary>The record, or null for a <c>DOCUMENT</c> header (the file's own notes on its version and licence).</summary>
    private static PloverRecord? Record(JsonElement e, Where where)
    {
        var id = Field(e, "id", where) ?? throw where.Fail("a record without an id");
        where = where with { Id = id };
        var category = Field(e, "event", where) ?? throw where.Fail("no 'event'");
        if (category == "DOCUMENT")
        {
            return null;
        }
        var date = Field(e, "date", where) ?? throw where.Fail("no 'date'");
        return new PloverRecord
        {
            Id = id,
            Line = where.Line,
            Date = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw where.Fail($"'date' is not yyyy-mm-dd: {date}"),
            Text = Field(e, "text", where) ?? throw where.Fail("no 'text'"),
            Event = category,
            EventText = Field(e, "eventText", where) ?? "",
            Mode = Field(e, "mode", where) is { Length: > 0 } mode ? mode : null,
            Contexts = Field(e, "context", where) is { } context
                ? context.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : NoContexts,
            Sources = Actors(e, "source", where),
            Targets = Actors(e, "target", where),
            Size = Count(e, "size", where),
            Dead = Count(e, "dead", where),
            Injured = Count(e, "injured", where),
            Location = e.TryGetProperty("eventLoc", out var loc) ? Location(loc, where) : null,
            Markup = Markup(e, where),
            Comment = Field(e, "comment", where),
        };
    }

    /// <summary>An actor list; a string stands for no actors (the file writes <c>""</c>, and once a stray word).</summary>
    private static PloverActor[] Actors(JsonElement e, string field, Where where)
    {
        if (!e.TryGetProperty(field, out var list) || list.ValueKind is JsonValueKind.Null or JsonValueKind.String)
        {
            return [];
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw where.Fail($"'{field}' is not a list of actors");
        }
        var actors = new PloverActor[list.GetArrayLength()];
        var i = 0;
        foreach (var actor in list.EnumerateArray())
        {
            if (actor.ValueKind != JsonValueKind.Object)
            {
                throw where.Fail($"'{field}' holds something that is not an actor");
            }
            var text = Field(actor, "actorText", where) ?? throw where.Fail($"an actor of '{field}' without 'actorText'");
            var code = Field(actor, "code", where) ?? throw where.Fail($"an actor of '{field}' without 'code'");
            actors[i++] = new PloverActor(text.Trim(), code, Field(actor, "sector", where) is { Length: > 0 } sector ? sector : null);
        }
        return actors;
    }

    private static PloverLocation Location(JsonElement loc, Where where) =>
        loc.ValueKind == JsonValueKind.Object && Field(loc, "name", where) is { } name
            ? new PloverLocation(name, Field(loc, "country code", where))
            : throw where.Fail("'eventLoc' is not a place with a name");

    /// <summary><c>textInfo.markup</c>; one record has the markup string as <c>textInfo</c> itself.</summary>
    private static string? Markup(JsonElement e, Where where)
    {
        if (!e.TryGetProperty("textInfo", out var info))
        {
            return null;
        }
        return info.ValueKind switch
        {
            JsonValueKind.String => info.GetString(),
            JsonValueKind.Object => Field(info, "markup", where),
            _ => throw where.Fail("'textInfo' is neither markup nor an object"),
        };
    }

    /// <summary>A count as written: the file has strings; a number is taken as its digits.</summary>
    private static string? Count(JsonElement e, string field, Where where) =>
        e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetRawText() : Field(e, field, where);

    private static string? Field(JsonElement e, string field, Where where)
    {
        if (!e.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw where.Fail($"'{field}' is not a string");
    }

    private readonly record struct Where(string File, int Line, string? Id = null)
    {
        public BenchmarkFormatException Fail(string reason) =>
            new(File, Line, Id is null ? reason : $"record {Id}: {reason}");
    }

    /// <summary>Line numbers of byte offsets met in increasing order, counted as the reader goes.</summary>
    private sealed class LineCounter(ReadOnlyMemory<byte> bytes)
    {
        private long _offset;
        private int _line = 1;

        public int LineOf(long offset)
        {
            if (offset > _offset)
            {
                _line += bytes.Span[(int)_offset..(int)offset].Count((byte)'\n');
                _offset = offset;
            }
            return _line;
        }
    }
}
