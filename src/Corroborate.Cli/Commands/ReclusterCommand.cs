using System.CommandLine;
using System.Globalization;
using Corroborate.Cli.Output;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Stories;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate recluster</c>: re-examines the stored stories of a time window for late or split stories.</summary>
internal static class ReclusterCommand
{
    /// <summary>The merge pass's threshold, chosen on the dev parts of the story benchmarks (see the README).</summary>
    public const double DefaultMergeThreshold = 0.45;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static Command Create()
    {
        var db = CommonOptions.Database();
        var format = FormatOption.Create("text", "json");
        var models = EvalCommand.Models();
        var from = new Option<string?>("--from") { Description = "Start of the window: yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss]", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "End of the window (a date alone means the end of that day)", HelpName = "DATE" };
        var all = new Option<bool>("--all") { Description = "Re-examine every stored article" };
        var merge = new Option<double>("--merge-threshold")
        {
            Description = $"Similarity at which two stories of the window merge (default {DefaultMergeThreshold})",
            DefaultValueFactory = _ => DefaultMergeThreshold,
            HelpName = "X",
        };
        var clustering = ClusteringOptionsBinder.Create();
        var command = new Command("recluster", """
            Re-examine the stored stories of a time window: the stories whose span comes within it, with all
            their articles, and the stored articles of that time that are in no story yet (stored by ingest, or
            arrived late). They are clustered again from scratch in order of publication, then stories that
            one pass split are merged when their centroids (or closest articles) are similar enough. A story
            keeps the id of the old story it shares most articles with. Without --from, --to or --all the window
            is the 30 days up to the end of the latest stored story's last day. Prints what changed; the stories are stored in one transaction.

            Examples:
              corroborate recluster
              corroborate recluster --db news.db --from 2023-12-01 --to 2023-12-31
              corroborate recluster --all --format json
            """)
        {
            db, format, models, from, to, all, merge,
        };
        clustering.AddTo(command);
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            if (!TryParse(result.GetValue(from), endOfDay: false, out var start) || !TryParse(result.GetValue(to), endOfDay: true, out var end))
            {
                Terminal.Message($"error: a date must be yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss] (got --from {result.GetValue(from)} --to {result.GetValue(to)})");
                return ExitCodes.Usage;
            }
            var options = clustering.Read(result);
            using var store = SqliteArticleStore.Open(result.GetValue(db)!);
            if (!result.GetValue(all) && start is null && end is null && store.ListStories(0, 1) is [{ Last: { } latest }])
            {
                end = latest.Local.Date.AddDays(1);
                start = end - options.Window;
            }
            var index = new StoryIndex(store, store, EvalCommand.LoadModels(result.GetValue(models)), options);
            var outcome = index.Recluster(start, end, result.GetValue(merge));
            var window = start is null && end is null ? "every stored article" : $"{Show(start)} to {Show(end)}";
            if (result.GetValue(format) == "json")
            {
                ArticleViews.WriteJson(Console.Out, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("from", start?.ToString("s", CultureInfo.InvariantCulture));
                    json.WriteString("to", end?.ToString("s", CultureInfo.InvariantCulture));
                    json.WriteNumber("articles", outcome.Articles);
                    json.WriteNumber("storiesBefore", outcome.StoriesBefore);
                    json.WriteNumber("storiesAfter", outcome.StoriesAfter);
                    json.WriteNumber("merged", outcome.Merged);
                    json.WriteNumber("moved", outcome.Moved);
                    json.WriteStartArray("stories");
                    foreach (var s in outcome.Stories)
                    {
                        json.WriteNumberValue(s.Id!.Value);
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }
            else
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"re-examined {outcome.Articles} articles ({window}): {outcome.StoriesBefore} stories before, {outcome.StoriesAfter} after; {outcome.Merged} merged by the merge pass; {outcome.Moved} articles placed anew"));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Show(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "…";

    private static bool TryParse(string? text, bool endOfDay, out DateTime? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }
        if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }
        value = endOfDay && text.Length == 10 ? parsed.AddDays(1).AddTicks(-1) : parsed;
        return true;
    }
}
