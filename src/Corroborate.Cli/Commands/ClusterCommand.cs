using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Corroborate.Cli.Output;
using Corroborate.Documents;
using Corroborate.Ingest;
using Corroborate.Language;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Stories;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate cluster</c>: which story each input article belongs to, and which are copies.</summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Files, directories (read recursively), .gz files, or - for standard input");
        var format = FormatOption.Create("tsv", "json");
        var models = EvalCommand.Models();
        var db = new Option<string?>("--db")
        {
            Description = "Also store the articles in this SQLite database and cluster them into its stored stories (story numbers are then stored story ids)",
            HelpName = "PATH",
        };
        var clustering = ClusteringOptionsBinder.Create();
        var command = new Command("cluster", """
            Group the input articles into stories (one per real-world event) and mark syndicated and lightly
            edited copies. Prints one line per input article, in input order:
              item<TAB>story<TAB>copy-of
            item is the article's id field for JSONL input, else its path (path#record for files holding
            several articles); story is a number shared by the articles of one story (from 1, in order of each
            story's earliest article); copy-of is the item this article copies, or empty. Articles are clustered
            in order of publication (undated ones last).
            Nothing is stored unless --db is given: then the articles are stored (as ingest does), join the
            stored stories still open for them (as if the stream had gone on), and story is the stored story id
            (see corroborate stories). --format json prints {articles:[{item, story, copyOf}],
            stories:[{story, title, first, last, outlets, independentOutlets, items}]}.

            Examples:
              corroborate cluster examples/prisoner-exchange
              corroborate cluster crawl.jsonl --format json > stories.json
              corroborate cluster today/ --db news.db
            """)
        {
            paths, format, models, db,
        };
        clustering.AddTo(command);
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var languageModels = EvalCommand.LoadModels(result.GetValue(models));
            var json = result.GetValue(format) == "json";
            if (result.GetValue(db) is { } database)
            {
                return ClusterStored(database, result.GetValue(paths)!, languageModels, clustering.Read(result), json);
            }
            var (articles, anyFailed) = InputArticles.Read(result.GetValue(paths)!);
            var annotator = StoryFinder.FingerprintAnnotator(languageModels);
            var fingerprints = StoryFinder.Fingerprints(articles, annotator);
            var assignments = StoryFinder.Cluster(fingerprints, clustering.Read(result));
            // The article's index stands in for a store id, so a member's id and copy link name input positions.
            var stories = StoryFinder.Stories([.. articles.Select((a, i) => ((long)i, a))], fingerprints, assignments);
            var storyOf = new int[articles.Count];
            foreach (var story in stories)
            {
                foreach (var member in story.Members)
                {
                    storyOf[member.Id] = story.Number;
                }
            }
            var items = articles.Select(Item).ToArray();
            var lines = Enumerable.Range(0, articles.Count)
                .Select(i => (items[i], (long)storyOf[i], assignments[i].CopyOf is { } c ? items[c] : null)).ToList();
            Write(lines, stories, s => s.Number, m => items[m.Id], json);
            return anyFailed ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>cluster --db: ingest into the store, cluster into its stories, print with stored ids.</summary>
    private static int ClusterStored(string database, IReadOnlyList<string> paths, LanguageModels models, ClusteringOptions options, bool json)
    {
        using var store = SqliteArticleStore.Open(database);
        var outcome = IngestRun.Run(store, paths);
        var stories = new StoryIndex(store, store, models, options).Add(outcome.Ids);
        var itemOfId = new Dictionary<long, string>();
        for (var i = 0; i < outcome.Results.Count; i++)
        {
            itemOfId.TryAdd(outcome.Results[i].Id, outcome.Items[i]);
        }
        string ItemOf(long id) => itemOfId.TryGetValue(id, out var item) ? item : store.Get(id) is { } a ? Item(a.Article) : id.ToString(CultureInfo.InvariantCulture);
        var membership = stories.SelectMany(s => s.Members.Select(m => (m.Id, Story: s.Id!.Value, m.CopyOf))).ToDictionary(m => m.Id);
        var lines = outcome.Results.Select((r, i) => (outcome.Items[i], membership[r.Id].Story, membership[r.Id].CopyOf is { } c ? ItemOf(c) : null)).ToList();
        Write(lines, stories, s => s.Id!.Value, m => ItemOf(m.Id), json);
        Terminal.Message(IngestRun.Summary(outcome));
        return outcome.AllRead ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static void Write(
        List<(string Item, long Story, string? CopyOf)> lines, IReadOnlyList<Story> stories, Func<Story, long> number, Func<StoryMember, string> item, bool json)
    {
        if (json)
        {
            WriteJson(lines, stories, number, item);
            return;
        }
        foreach (var (name, story, copy) in lines)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Tsv(name)}\t{story}\t{Tsv(copy ?? "")}"));
        }
    }

    /// <summary>The article's id field (JSONL), else its path and record.</summary>
    internal static string Item(Article article) => article.Source.ItemId ?? article.Source.ToString();

    /// <summary>Tabs and line breaks in a path or id would break the columns.</summary>
    private static string Tsv(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static void WriteJson(
        List<(string Item, long Story, string? CopyOf)> lines, IReadOnlyList<Story> stories, Func<Story, long> number, Func<StoryMember, string> item)
    {
        ArticleViews.WriteJson(Console.Out, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("articles");
            foreach (var (name, story, copy) in lines)
            {
                json.WriteStartObject();
                json.WriteString("item", name);
                json.WriteNumber("story", story);
                json.WriteString("copyOf", copy);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("stories");
            foreach (var story in stories)
            {
                json.WriteStartObject();
                json.WriteNumber("story", number(story));
                json.WriteString("title", story.Title);
                json.WriteString("first", story.First?.ToString());
                json.WriteString("last", story.Last?.ToString());
                WriteStrings(json, "outlets", story.Members.Select(m => OutletName(m.Article)).Distinct());
                WriteStrings(json, "independentOutlets", story.IndependentOutlets);
                WriteStrings(json, "items", story.Members.Select(item));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static string OutletName(Article article) => article.Outlet?.Name ?? "(unknown outlet)";

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }
        json.WriteEndArray();
    }
}
