using System.Globalization;
using Corroborate.Events;
using Corroborate.Language;

namespace Corroborate.Evaluation;

/// <summary>Gold, predicted and correct counts of one thing scored (a category's records, actor codes), with P/R/F1.</summary>
public sealed record Tally(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// How the event coder does on PLOVER gold records (one event per record): the category of the event
/// coded for the record, the codes of its source and target actors, and its counts.
/// </summary>
/// <param name="Records">Records scored.</param>
/// <param name="CategoryCorrect">Records whose coded event has the gold category (a record with no event coded counts as wrong).</param>
/// <param name="Categories">Per gold category: records (Gold), records predicted as it (Predicted), correct.</param>
/// <param name="Sources">Actor codes (countries or organizations) of the sources, micro-averaged over records.</param>
/// <param name="Targets">The same for targets (recipients).</param>
/// <param name="CountsGiven">Gold size, dead and injured figures written in digits.</param>
/// <param name="CountsExact">Of those, the ones the coded event gives exactly.</param>
public sealed record PloverScore(int Records, int CategoryCorrect, IReadOnlyDictionary<string, Tally> Categories, Tally Sources, Tally Targets,
    int CountsGiven, int CountsExact)
{
    public double CategoryAccuracy => Records == 0 ? 0 : (double)CategoryCorrect / Records;

    /// <summary>
    /// The category a gold record's name stands for in the PLOVER 2021 categories the coder uses: the
    /// gold file predates the renaming of DEMAND (now REQUEST), DISAPPROVE (ACCUSE), FIGHT (ASSAULT) and
    /// INVESTIGATE (ACCUSE, mode investigate).
    /// </summary>
    public static string Current(string category) => category switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        "INVESTIGATE" => "ACCUSE",
        _ => category,
    };

    /// <summary>Each record's events as the coder finds them in its text, annotated and parsed by
    /// <paramref name="annotator"/> (on all cores, in record order); dates resolve against the record's date.</summary>
    /// <param name="fallback">When given, this coder (the built-in one with dictionaries beside it) codes instead of the built-in coder alone.</param>
    public static IReadOnlyList<IReadOnlyList<EventRecord>> Code(IReadOnlyList<PloverRecord> records, Annotator annotator, FallbackEventCoder? fallback = null) =>
        [.. records.AsParallel().AsOrdered().Select(r =>
        {
            var published = new DateTimeOffset(r.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var text = annotator.Annotate(r.Text, published);
            return fallback?.Code(text, published) ?? EventCoder.Default.Code(text, published);
        })];

    /// <summary>The single PLOVER category of what a sentence reports, as the PLOVER manual asks ("the coder
    /// should always return the single event category, not a category+auxiliary"; "AGREE could be SUPPORT +
    /// future or THREATEN could be ASSAULT + hypothetical"): a cooperative act only promised or planned is
    /// AGREE, a hostile one announced is THREATEN, one demanded is REQUEST, one threatened is THREATEN, one
    /// denied is REJECT. A supposed hostile act keeps its category: our hypothetical also holds attempts
    /// ("tried to hack"), which PLOVER codes as the act.</summary>
    public static string Category(EventRecord e) => e.Modality switch
    {
        Modality.Planned when e.Event is "ASSAULT" or "COERCE" or "SANCTION" or "PROTEST" or "MOBILIZE" => "THREATEN",
        Modality.Planned when e.Event is not ("AGREE" or "THREATEN" or "REQUEST" or "REJECT" or "ACCUSE") => "AGREE",
        Modality.Demanded when e.Event != "REQUEST" => "REQUEST",
        Modality.Threatened when e.Event != "THREATEN" => "THREATEN",
        Modality.Denied when e.Event != "REJECT" => "REJECT",
        _ => e.Event,
    };

    /// <summary>Scores the coded events of each record (<paramref name="coded"/>[i] for <paramref name="gold"/>[i]).
    /// The record's event is its first coded event, its category read through its modality (<see cref="Category"/>);
    /// its actor code is the country, else IGO or NGO for an international body, else the organization's name.</summary>
    public static PloverScore Of(IReadOnlyList<PloverRecord> gold, IReadOnlyList<IReadOnlyList<EventRecord>> coded)
    {
        var categories = new Dictionary<string, (int Gold, int Predicted, int Correct)>(StringComparer.Ordinal);
        var (correct, countsGiven, countsExact) = (0, 0, 0);
        var sources = (Gold: 0, Predicted: 0, Correct: 0);
        var targets = (Gold: 0, Predicted: 0, Correct: 0);
        for (var i = 0; i < gold.Count; i++)
        {
            var record = gold[i];
            var expected = Current(record.Event);
            var first = coded[i].Count > 0 ? coded[i][0] : null;
            var category = first is null ? null : Category(first);
            var c = categories.GetValueOrDefault(expected);
            categories[expected] = (c.Gold + 1, c.Predicted, c.Correct + (category == expected ? 1 : 0));
            if (category is not null)
            {
                var p = categories.GetValueOrDefault(category);
                categories[category] = (p.Gold, p.Predicted + 1, p.Correct);
            }
            correct += category == expected ? 1 : 0;
            // The event's actors: coordinated sides ("Hungarian and Romanian officials") come as events of one trigger.
            var same = first is null ? [] : coded[i].Where(e => e.Sentence == first.Sentence && e.Trigger == first.Trigger).ToList();
            sources = Add(sources, record.Sources, same.Select(e => e.Source));
            targets = Add(targets, record.Targets, same.Select(e => e.Target));
            foreach (var (figure, field) in new[] { (record.Size, "size"), (record.Dead, "dead"), (record.Injured, "injured") })
            {
                if (figure is { } f && double.TryParse(f, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                {
                    countsGiven++;
                    countsExact += first?.Counts.Any(k => k.Number == n && k.PloverField == field) == true ? 1 : 0;
                }
            }
        }
        return new PloverScore(gold.Count, correct,
            categories.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new Tally(kv.Value.Gold, kv.Value.Predicted, kv.Value.Correct)),
            new Tally(sources.Gold, sources.Predicted, sources.Correct), new Tally(targets.Gold, targets.Predicted, targets.Correct),
            countsGiven, countsExact);
    }

    private static (int Gold, int Predicted, int Correct) Add((int Gold, int Predicted, int Correct) tally, IReadOnlyList<PloverActor> gold, IEnumerable<EventActor?> predicted)
    {
        var codes = gold.Select(a => a.Code).Where(c => c.Length > 0 && c != "***").ToHashSet(StringComparer.Ordinal);
        // The gold files code international bodies by kind (IGO, NGO), not by name.
        var found = predicted.Select(p => p?.Country ?? (p?.Sector is "IGO" or "NGO" ? p.Sector : p?.Organization))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        return (tally.Gold + codes.Count, tally.Predicted + found.Count, tally.Correct + found.Count(codes.Contains));
    }
}
