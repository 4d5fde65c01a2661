using System.CommandLine;
using System.Text.Json;
using Corroborate.Cli.Output;
using Corroborate.Documents;
using Corroborate.Ingest;
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
        var clustering = ClusteringOptionsBinder.Create();
        var command = new Command("cluster", """
            Group the input articles into stories (one per real-world event) and mark syndicated and lightly
            edited copies. Prints one line per input article, in input order:
              item<TAB>story<TAB>copy-of
            item is the article's id field for JSONL input, else its path (path#record for files holding
            several articles); story is a number shared by the articles of one story (from 1, in order of each
            story's earliest article); copy-of is the item this article copies, or empty. Articles are clustered in order of publication (undated ones last).
            Nothing is stored. --format json prints {articles:[{item, story, copyOf}],
            stories:[{story, title, first, last, outlets, independentOutlets, items}]}.

            Examples:
              corroborate cluster examples/prisoner-exchange
              corroborate cluster crawl.jsonl --format json > stories.json
            """)
        {
            paths, format, models,
        };
        clustering.AddTo(command);
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var problems = new List<InputProblem>();
            var messages = new MessageSink();
            var articles = new Ingestor().Read(result.GetValue(paths)!, p =>
            {
                problems.Add(p);
                messages.Write(p.ToString());
            }).ToList();
            var annotator = StoryFinder.FingerprintAnnotator(EvalCommand.LoadModels(result.GetValue(models)));
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
            if (result.GetValue(format) == "json")
            {
                WriteJson(stories, storyOf, assignments, items);
            }
            else
            {
                for (var i = 0; i < articles.Count; i++)
                {
                    var copy = assignments[i].CopyOf is { } c ? items[c] : "";
                    Console.Out.WriteLine($"{Tsv(items[i])}\t{storyOf[i]}\t{Tsv(copy)}");
                }
            }
            return problems.Any(p => p.Severity == ProblemSeverity.Error) ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The article's id field (JSONL), else its path and record.</summary>
    internal static string Item(Article article) => article.Source.ItemId ?? article.Source.ToString();

    /// <summary>Tabs and line breaks in a path or id would break the columns.</summary>
    private static string Tsv(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static void WriteJson(IReadOnlyList<Story> stories, int[] storyOf, StoryAssignment[] assignments, string[] items)
    {
        ArticleViews.WriteJson(Console.Out, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("articles");
            for (var i = 0; i < items.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("item", items[i]);
                json.WriteNumber("story", storyOf[i]);
                if (assignments[i].CopyOf is { } c)
                {
                    json.WriteString("copyOf", items[c]);
                }
                else
                {
                    json.WriteNull("copyOf");
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("stories");
            foreach (var story in stories)
            {
                json.WriteStartObject();
                json.WriteNumber("story", story.Number);
                json.WriteString("title", story.Title);
                json.WriteString("first", story.First?.ToString());
                json.WriteString("last", story.Last?.ToString());
                WriteStrings(json, "outlets", story.Members.Select(m => OutletName(m.Article)).Distinct());
                WriteStrings(json, "independentOutlets", story.IndependentOutlets);
                WriteStrings(json, "items", story.Members.Select(m => items[m.Id]));
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
