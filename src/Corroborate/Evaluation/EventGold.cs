using System.IO.Hashing;
using System.Text;

namespace Corroborate.Evaluation;

/// <summary>
/// Readers for the event-coding gold sets in <c>../shared/data/bench</c>: PLOVER's human-coded records
/// (<c>plover/PLOVER_GSR_CAMEO.txt</c>), PETRARCH's unit-test records
/// (<c>petrarch/unit-test/PETR.UnitTest.records.xml</c>) and the PETRARCH-2 validation records
/// (<c>petrarch/gsr/PETR2_GSR_validation.xml</c>). Each reader throws <see cref="BenchmarkFormatException"/>
/// at the first thing it cannot read.
/// </summary>
/// <remarks>
/// Every record comes with its split, fixed before any tuning: event coding is tuned (dictionaries, rules,
/// thresholds) on <see cref="BenchmarkSplit.Dev"/> records only, and held-out records are scored and
/// reported, never inspected. The split is stratified so that each category (PLOVER event, PETRARCH
/// category) is halved: a plain coin per record left 8 of the GSR's 10 hand-checked GOLD records and 14
/// of PLOVER's 15 ASSAULT records on one side. Within a category the distinct ids are ordered by the
/// XxHash3 of <c>corroborate-event-split-v1:</c> plus the id and go alternately to dev and held out, the
/// category's hash choosing which side comes first; a record shares its id's side, so an id written twice
/// stays on one side.
/// </remarks>
public static class EventGold
{
    private const string SplitSalt = "corroborate-event-split-v1:";

    /// <summary>The coded events of a PLOVER gold-standard file, in file order (its <c>DOCUMENT</c> header left out).</summary>
    public static IReadOnlyList<PloverRecord> LoadPlover(string path) => PloverGoldReader.Read(path);

    /// <summary>A PETRARCH validation file: the unit-test records or the PETRARCH-2 GSR (one tolerant reader for both).</summary>
    public static PetrarchGoldSet LoadPetrarch(string path) => PetrarchGoldReader.Read(path);

    /// <summary>The split of each record, given as (category, id), in the same order (see the remarks above).</summary>
    internal static BenchmarkSplit[] Splits(IReadOnlyList<(string Category, string Id)> records)
    {
        var sides = new Dictionary<(string, string), BenchmarkSplit>();
        foreach (var stratum in records.Distinct().GroupBy(r => r.Category, StringComparer.Ordinal))
        {
            var i = (int)(Hash(stratum.Key) & 1);
            foreach (var record in stratum.OrderBy(r => Hash(r.Id)).ThenBy(r => r.Id, StringComparer.Ordinal))
            {
                sides[record] = i++ % 2 == 0 ? BenchmarkSplit.Dev : BenchmarkSplit.HeldOut;
            }
        }
        return [.. records.Select(r => sides[r])];
    }

    private static ulong Hash(string text) => XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(SplitSalt + text));
}
