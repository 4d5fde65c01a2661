using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corroborate.Claims;

namespace Corroborate.Reports;

/// <summary>The corroboration report as JSON, in the schema of docs/report-schema.md (version 1).</summary>
public static class ReportJson
{
    public const int SchemaVersion = 1;

    public static string Render(IReadOnlyList<StoryReport> reports)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schema", SchemaVersion);
            json.WriteStartArray("stories");
            foreach (var report in reports)
            {
                Story(json, report);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Story(Utf8JsonWriter json, StoryReport report)
    {
        var story = report.Story;
        var claims = report.Claims;
        json.WriteStartObject();
        NumberOrNull(json, "id", story.Id);
        json.WriteString("title", story.Title);
        json.WriteString("first", story.First?.ToString());
        json.WriteString("last", story.Last?.ToString());
        Strings(json, "independentOutlets", report.IndependentOutlets);
        json.WriteStartArray("facts");
        foreach (var f in claims.Facts)
        {
            Fact(json, f);
        }
        json.WriteEndArray();
        json.WriteStartArray("conflicts");
        foreach (var c in claims.Conflicts)
        {
            json.WriteStartObject();
            json.WriteString("kind", ReportWords.Kind(c.Kind));
            json.WriteString("slot", c.Slot);
            json.WriteString("did", c.Sides[0].Facts[0].Lead.DidKey);
            json.WriteStartArray("sides");
            foreach (var side in c.Sides)
            {
                json.WriteStartObject();
                json.WriteString("value", side.Value);
                Strings(json, "sources", side.Sources);
                json.WriteStartArray("facts");
                foreach (var f in side.Facts)
                {
                    json.WriteNumberValue(IndexOf(claims.Facts, f));
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (c.Count is { } n)
            {
                json.WriteStartObject("count");
                foreach (var (name, side) in new[] { ("low", n.Low), ("best", n.Best), ("high", n.High) })
                {
                    json.WriteStartObject(name);
                    json.WriteNumber("value", side.Number!.Value);
                    Strings(json, "sources", side.Sources);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteStartArray("articles");
            foreach (var a in c.Articles)
            {
                json.WriteNumberValue(a);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("singleSourceNames");
        foreach (var m in claims.Mentions)
        {
            json.WriteStartObject();
            json.WriteString("source", m.Source);
            Strings(json, "names", m.Names);
            Citation(json, "citation", m.Citation);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("names");
        foreach (var n in claims.Variants)
        {
            json.WriteStartObject();
            json.WriteString("canonical", n.Canonical);
            json.WriteString("type", n.Label.ToString());
            json.WriteString("evidence", n.Evidence);
            json.WriteStartArray("variants");
            foreach (var v in n.Variants)
            {
                json.WriteStartObject();
                json.WriteString("text", v.Text);
                Strings(json, "outlets", [.. v.Mentions.Select(m => m.Outlet).Distinct()]);
                json.WriteNumber("mentions", v.Mentions.Count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("outlets");
        foreach (var o in claims.Outlets)
        {
            json.WriteStartObject();
            json.WriteString("outlet", o.Outlet);
            json.WriteStartArray("wording");
            foreach (var w in o.Wording)
            {
                json.WriteStartObject();
                json.WriteString("category", ReportWords.Category(w.Cue.Category));
                json.WriteString("phrase", w.Cue.Phrase);
                json.WriteString("entry", w.Cue.Lemma);
                if (w.Quoting is not null)
                {
                    json.WriteString("quoting", w.Quoting);
                }
                Citation(json, "citation", w.Citation);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("voices");
            foreach (var v in o.Voices)
            {
                json.WriteStartObject();
                json.WriteString("speaker", v.Speaker);
                json.WriteString("kind", v.Kind);
                json.WriteString("country", v.Country);
                json.WriteString("cue", v.Cue);
                Citation(json, "citation", v.Citation);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("omits");
            foreach (var f in o.Omits)
            {
                json.WriteNumberValue(IndexOf(claims.Facts, f));
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("articles");
        foreach (var a in report.Articles)
        {
            json.WriteStartObject();
            json.WriteNumber("id", a.Id);
            json.WriteString("outlet", a.Outlet);
            json.WriteString("carriedBy", a.CarriedBy);
            json.WriteString("title", a.Title);
            json.WriteString("published", a.Published);
            NumberOrNull(json, "copyOf", a.CopyOf);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Fact(Utf8JsonWriter json, AlignedFact f)
    {
        var lead = f.Lead;
        json.WriteStartObject();
        json.WriteString("status", ReportWords.Status(f.Status));
        json.WriteString("kind", lead.Kind.ToString().ToLowerInvariant());
        json.WriteString("summary", ReportWords.Describe(lead));
        json.WriteString("did", lead.Did);
        json.WriteString("didKey", lead.DidKey);
        json.WriteString("modality", lead.Modality.ToString().ToLowerInvariant());
        Party(json, "who", lead.Who);
        Party(json, "whom", lead.Whom);
        NumberOrNull(json, "howMany", lead.HowMany);
        json.WriteString("howManyRole", lead.HowManyRole);
        json.WriteString("when", lead.When);
        json.WriteString("whenPrecision", lead.WhenPrecision);
        json.WriteString("where", lead.Where);
        json.WriteString("content", lead.Content);
        Strings(json, "sources", f.Sources);
        json.WriteStartArray("statements");
        foreach (var s in f.Statements)
        {
            json.WriteStartObject();
            json.WriteString("accordingTo", s.AccordingTo);
            json.WriteString("source", s.Source);
            json.WriteString("modality", s.Modality.ToString().ToLowerInvariant());
            Citation(json, "citation", s.Citation);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static int IndexOf(IReadOnlyList<AlignedFact> facts, AlignedFact fact)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (ReferenceEquals(facts[i], fact))
            {
                return i;
            }
        }
        return -1;
    }

    private static void Party(Utf8JsonWriter json, string name, FactParty? party)
    {
        if (party is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("text", party.Text);
        json.WriteString("code", party.Code);
        json.WriteString("country", party.Country);
        json.WriteEndObject();
    }

    private static void Citation(Utf8JsonWriter json, string name, Citation c)
    {
        json.WriteStartObject(name);
        json.WriteNumber("article", c.Article);
        json.WriteString("outlet", c.Outlet);
        json.WriteNumber("sentence", c.Sentence);
        json.WriteNumber("start", c.Start);
        json.WriteNumber("end", c.End);
        json.WriteString("text", c.Text);
        json.WriteEndObject();
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }
        json.WriteEndArray();
    }
}
