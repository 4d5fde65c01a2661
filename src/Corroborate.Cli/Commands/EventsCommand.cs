using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Corroborate.Cli.Output;
using Corroborate.Documents;
using Corroborate.Events;
using Corroborate.Events.Dictionaries;
using Corroborate.Ingest;
using Corroborate.Language;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate events</c>: the events each input article reports, coded in PLOVER and CAMEO.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Files, directories (read recursively), .gz files, - for standard input, or the id of a story stored in --db");
        var db = CommonOptions.Database();
        var format = FormatOption.Create("plover-json", "cameo-tsv", "csv");
        var models = EvalCommand.Models();
        var deeds = new Option<bool>("--deeds-only")
        {
            Description = "Leave out events that are only planned, demanded, threatened, hypothetical, denied or negated",
        };
        var dictionaries = new Option<string?>("--dictionaries")
        {
            Description = "Code with the PETRARCH-format dictionaries in this folder (verbs, actors, agents, discards; e.g. the production CAMEO.2.0 and Phoenix files) instead of the built-in tables",
        };
        var withDictionaries = new Option<string?>("--with-dictionaries")
        {
            Description = "Code with the built-in tables and, in sentences they code nothing in, with the PETRARCH-format dictionaries in this folder",
        };
        var command = new Command("events", """
            Code the events the input articles report: who did what to whom (PLOVER event and mode, CAMEO
            code), how many, when and where, and whether it happened or was only planned, demanded,
            threatened, supposed, denied or negated (modality). Every event names its article (item: the id
            field for JSONL, else the path) and sentence.
              plover-json  a JSON array of records shaped like the PLOVER gold records, plus cameo, modality,
                           counts, location and provenance (docs/events-json.md)
              cameo-tsv    one line per event with the GDELT 2.0 event columns that apply, then Modality,
                           Item and Sentence; actor country codes are ISO 3166-1 alpha-3
              csv          one row per event, flat, with a header

            --dictionaries DIR codes with PETRARCH-format dictionaries instead of the built-in tables (the
            folder's PETR_config.ini names the files, else they are found by name; see the README): CAMEO codes
            from the verb patterns, actor codes from the actor and agent files on the article's date, and only
            events with both a source and a target, as PETRARCH's require_dyad. Counts and places come from the
            built-in coder only. --with-dictionaries DIR keeps the built-in coder and asks the dictionaries only
            about the sentences it codes nothing in (events with or without a target).

            An argument that is a number and names no file is a stored story (see corroborate stories): its
            articles are read from --db (default corroborate.db) and coded.

            Examples:
              corroborate events examples/prisoner-exchange
              corroborate events crawl.jsonl --format cameo-tsv --deeds-only > events.tsv
              corroborate events examples/prisoner-exchange --dictionaries ../shared/data/bench/petrarch/dictionaries
              corroborate analyze examples/prisoner-exchange && corroborate events 3
            """)
        {
            paths, format, models, deeds, db, dictionaries, withDictionaries,
        };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var annotator = new Annotator(EvalCommand.LoadModels(result.GetValue(models)));
            var folder = result.GetValue(dictionaries);
            // Loaded before any input is read, so a malformed dictionary stops the run with its file and line.
            var dictionaryCoder = folder is null ? null : new DictionaryEventCoder(EventDictionaries.Load(folder));
            var fallbackFolder = result.GetValue(withDictionaries);
            if (folder is not null && fallbackFolder is not null)
            {
                Terminal.Message("error: --dictionaries and --with-dictionaries exclude each other (one codes instead of the built-in tables, the other beside them)");
                return ExitCodes.Usage;
            }
            var fallbackCoder = fallbackFolder is null ? null : new FallbackEventCoder(EventCoder.Default, EventDictionaries.Load(fallbackFolder));
            var given = result.GetValue(paths)!;
            var stories = given.Where(IsStoryId).ToList();
            var (articles, anyFailed) = InputArticles.Read([.. given.Except(stories)]);
            if (stories.Count > 0)
            {
                var (stored, missing) = StoredStoryArticles(result.GetValue(db)!, stories);
                articles.AddRange(stored);
                anyFailed |= missing;
            }
            var onlyDeeds = result.GetValue(deeds);
            var coded = articles.AsParallel().AsOrdered().Select(article =>
            {
                var published = Published(article);
                var text = annotator.Annotate(article.Text, published);
                var all = dictionaryCoder?.Code(text, published) ?? fallbackCoder?.Code(text, published) ?? EventCoder.Default.Code(text, published);
                var events = all.Where(e => !onlyDeeds || e.IsDeed).ToList();
                return (Item: ClusterCommand.Item(article), Article: article, Text: text, Events: events);
            }).ToList();
            var rows = coded.SelectMany(c => c.Events.Select(e => new EventRow(c.Item, c.Article, c.Text, e))).ToList();
            switch (result.GetValue(format))
            {
                case "cameo-tsv":
                    WriteCameo(rows);
                    break;
                case "csv":
                    WriteCsv(rows);
                    break;
                default:
                    WritePlover(rows);
                    break;
            }
            return anyFailed ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A number that names no file or folder is a stored story's id.</summary>
    private static bool IsStoryId(string argument) =>
        argument.Length is > 0 and < 19 && argument.All(char.IsAsciiDigit) && !File.Exists(argument) && !Directory.Exists(argument);

    /// <summary>The stored articles of the given stories, in story then member order; a story that is not stored is one error line.</summary>
    private static (List<Article> Articles, bool Missing) StoredStoryArticles(string database, List<string> ids)
    {
        var articles = new List<Article>();
        var missing = false;
        if (!File.Exists(database))
        {
            Terminal.Message($"error: {database}: no such database, so stories {string.Join(", ", ids)} cannot be read (run analyze or cluster --db first)");
            return (articles, true);
        }
        using var store = Corroborate.Storage.SqliteArticleStore.Open(database);
        foreach (var id in ids)
        {
            var members = store.StoryMembers(long.Parse(id, CultureInfo.InvariantCulture));
            if (members.Count == 0)
            {
                Terminal.Message($"error: {database}: no story {id} is stored (see corroborate stories)");
                missing = true;
            }
            articles.AddRange(members.Select(m => store.Get(m.ArticleId)?.Article).OfType<Article>());
        }
        return (articles, missing);
    }

    private sealed record EventRow(string Item, Article Article, AnnotatedText Text, EventRecord Event)
    {
        public string Sentence => SentenceText(Text, Event.Sentence);
    }

    internal static DateTimeOffset? Published(Article article) => Pipeline.StoryCorroborator.Published(article);

    private static string SentenceText(AnnotatedText text, int sentence)
    {
        var spans = text.Sentences[sentence].Spans;
        if (spans.Count == 0)
        {
            return string.Join(' ', text.Sentences[sentence].Words);
        }
        var start = spans[0].Start;
        var end = spans[^1].Start + spans[^1].Length;
        return text.Text[start..end];
    }

    private static void WritePlover(List<EventRow> rows)
    {
        ArticleViews.WriteJson(Console.Out, json =>
        {
            json.WriteStartArray();
            var n = 0;
            foreach (var row in rows)
            {
                var e = row.Event;
                json.WriteStartObject();
                json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"{row.Item}#{e.Sentence + 1}.{++n}"));
                json.WriteString("date", e.Date);
                json.WriteString("datePrecision", e.DatePrecision);
                WriteActors(json, "source", e.Source);
                WriteActors(json, "target", e.Target);
                json.WriteString("event", e.Event);
                json.WriteString("mode", e.Mode ?? "");
                json.WriteString("context", "");
                json.WriteString("cameo", e.Cameo);
                json.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
                json.WriteString("eventText", e.TriggerText);
                // PLOVER's fields, each once, from the first count that fills it.
                foreach (var field in (string[])["size", "dead", "injured"])
                {
                    if (e.Counts.FirstOrDefault(c => c.PloverField == field) is { } count)
                    {
                        json.WriteNumber(field, count.Number);
                    }
                }
                json.WriteStartArray("counts");
                foreach (var c in e.Counts)
                {
                    json.WriteStartObject();
                    json.WriteNumber("number", c.Number);
                    json.WriteString("role", c.Role);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                if (e.Place is { } place)
                {
                    json.WriteStartObject("location");
                    json.WriteString("placeText", place);
                    json.WriteString("country", e.PlaceCountry);
                    json.WriteEndObject();
                }
                json.WriteString("text", row.Sentence);
                json.WriteString("language", "en");
                json.WriteString("article", row.Item);
                json.WriteNumber("sentence", e.Sentence + 1);
                json.WriteString("url", row.Article.Url);
                json.WriteString("outlet", row.Article.Outlet?.Name);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static void WriteActors(Utf8JsonWriter json, string name, EventActor? actor)
    {
        json.WriteStartArray(name);
        if (actor is not null)
        {
            json.WriteStartObject();
            json.WriteString("actorText", actor.Text);
            json.WriteString("code", actor.Country ?? actor.Organization ?? "");
            json.WriteString("sector", actor.Sector ?? "");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>The GDELT 2.0 event table columns an event from one sentence can fill, in GDELT's order.</summary>
    private static readonly string[] CameoColumns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "ActionGeo_FullName", "ActionGeo_CountryCode", "SOURCEURL",
        "Modality", "Item", "Sentence",
    ];

    private static void WriteCameo(List<EventRow> rows)
    {
        var output = Console.Out;
        output.WriteLine(string.Join('\t', CameoColumns));
        var id = 0;
        foreach (var row in rows)
        {
            var e = row.Event;
            var day = e.Date is { Length: >= 10 } d && DateTime.TryParseExact(d[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed : (DateTime?)null;
            string[] cells =
            [
                (++id).ToString(CultureInfo.InvariantCulture),
                day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "",
                day?.ToString("yyyyMM", CultureInfo.InvariantCulture) ?? "",
                day?.ToString("yyyy", CultureInfo.InvariantCulture) ?? "",
                day is { } x ? (x.Year + ((x.DayOfYear - 1) / 365.0)).ToString("F4", CultureInfo.InvariantCulture) : "",
                e.Source?.Code ?? "", e.Source?.Text ?? "", e.Source?.Country ?? "", e.Source?.Sector ?? "",
                e.Target?.Code ?? "", e.Target?.Text ?? "", e.Target?.Country ?? "", e.Target?.Sector ?? "",
                e.Sentence == 0 ? "1" : "0",
                e.Cameo, e.Cameo[..Math.Min(3, e.Cameo.Length)], e.Cameo[..2], QuadClass(e.Cameo).ToString(CultureInfo.InvariantCulture),
                e.Place ?? "", e.PlaceCountry ?? "", row.Article.Url ?? "",
                e.Modality.ToString().ToLowerInvariant(), row.Item, (e.Sentence + 1).ToString(CultureInfo.InvariantCulture),
            ];
            output.WriteLine(string.Join('\t', cells.Select(Tsv)));
        }
    }

    /// <summary>GDELT's four classes by root code: verbal and material cooperation, verbal and material conflict.</summary>
    private static int QuadClass(string cameo) => int.Parse(cameo[..2], CultureInfo.InvariantCulture) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    private static readonly string[] CsvColumns =
    [
        "item", "sentence", "trigger", "event", "mode", "cameo", "modality",
        "source_text", "source_code", "source_country", "source_sector",
        "target_text", "target_code", "target_country", "target_sector",
        "counts", "date", "date_precision", "place", "place_country", "text",
    ];

    private static void WriteCsv(List<EventRow> rows)
    {
        var output = Console.Out;
        output.WriteLine(string.Join(',', CsvColumns));
        foreach (var row in rows)
        {
            var e = row.Event;
            string[] cells =
            [
                row.Item, (e.Sentence + 1).ToString(CultureInfo.InvariantCulture), e.TriggerText, e.Event, e.Mode ?? "", e.Cameo,
                e.Modality.ToString().ToLowerInvariant(),
                e.Source?.Text ?? "", e.Source?.Code ?? "", e.Source?.Country ?? "", e.Source?.Sector ?? "",
                e.Target?.Text ?? "", e.Target?.Code ?? "", e.Target?.Country ?? "", e.Target?.Sector ?? "",
                string.Join(' ', e.Counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Number} {c.Role}"))),
                e.Date ?? "", e.DatePrecision ?? "", e.Place ?? "", e.PlaceCountry ?? "", row.Sentence,
            ];
            output.WriteLine(string.Join(',', cells.Select(Csv)));
        }
    }

    private static string Tsv(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : new StringBuilder("\"").Append(value.Replace("\"", "\"\"")).Append('"').ToString();
}
