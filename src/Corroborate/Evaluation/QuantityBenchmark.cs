using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;

namespace Corroborate.Evaluation;

/// <summary>
/// A quantity as a benchmark labels it (or as a prediction is scored): the value or range, the unit as
/// written, its normalized name and the change mark (<c>=</c>, <c>~</c>, <c>up</c>, <c>down</c>,
/// <c>&gt;</c>, <c>&lt;</c>). A set that does not give the unit as written or the change has <c>""</c>.
/// </summary>
public sealed record QuantityLabel(double Value, double? High, string Unit, string NormalizedUnit, string Change)
{
    public bool IsRange => High is not null;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value}{(High is { } h ? $"-{h}" : "")} {NormalizedUnit} ({Unit}) {Change}");
}

/// <summary>One sentence of a quantity benchmark with its gold quantities and its split.</summary>
public sealed record QuantitySentence(string Text, IReadOnlyList<QuantityLabel> Quantities, BenchmarkSplit Split);

/// <summary>A published score of another system, as a <c>*.scores.tsv</c> beside a set gives it (percent, one decimal).</summary>
public sealed record QuantityBaseline(string Model, string Measure, double Precision, double Recall, double F1);

/// <summary>
/// Reads the quantity sets of CQE's evaluation (<c>../shared/data/bench/quantities/newsquant</c>):
/// <c>NewsQuant.json</c> and the four Recognizers-Text sets, JSON arrays of
/// <c>{"text", "quantities": [{"value", "unit", "normalized_unit", "change", "referred_concepts"}]}</c>,
/// and the published scores in the <c>*.scores.tsv</c> beside each.
/// </summary>
/// <remarks>
/// <para>Values are read as upstream's <c>evaluate_models.py</c> reads them: a value holding a <c>-</c> that
/// is not its first character and no <c>E</c> is a range, its first two <c>-</c>-separated parts the ends
/// (<c>"1.0-1.5"</c>, <c>"3.0 - 4.0"</c>); anything else is one number (<c>"-1.3"</c>, <c>"1.99E-29"</c>).</para>
/// <para>The split is fixed before any tuning and does not depend on the file's order: a sentence is dev
/// when the XxHash3 of <c>corroborate-quantity-split-v1:</c> plus its text is 0 modulo 3 (about a third:
/// 192 of NewsQuant's 590 sentences), held out otherwise. Rules and unit names are tuned on dev only; the
/// held-out part is scored and reported, never read.</para>
/// Throws <see cref="BenchmarkFormatException"/> at the first thing it cannot read.
/// </remarks>
public static class QuantityBenchmark
{
    private const string SplitSalt = "corroborate-quantity-split-v1:";

    /// <summary>The set names <c>--set</c> takes, with their files.</summary>
    public static IReadOnlyDictionary<string, string> Sets { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["newsquant"] = "NewsQuant.json",
        ["age"] = "age-model.json",
        ["currency"] = "currency-model.json",
        ["dimension"] = "dimension-model.json",
        ["temperature"] = "temperature-model.json",
    };

    /// <summary>The sentences of a set file, in file order, each with its split.</summary>
    public static IReadOnlyList<QuantitySentence> Load(string path)
    {
        var file = Path.GetFileName(path);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ');
            throw new BenchmarkFormatException(file, (int?)e.LineNumber + 1, $"not valid JSON ({reason})", e);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new BenchmarkFormatException(file, null, "not a JSON array of sentences");
            }
            var sentences = new List<QuantitySentence>();
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                var where = $"sentence {sentences.Count + 1}";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new BenchmarkFormatException(file, null, $"{where}: not an object");
                }
                var text = Text(item, "text", file, where);
                if (!item.TryGetProperty("quantities", out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    throw new BenchmarkFormatException(file, null, $"{where}: no 'quantities' list");
                }
                var quantities = new List<QuantityLabel>();
                foreach (var q in list.EnumerateArray())
                {
                    var at = $"{where}, quantity {quantities.Count + 1}";
                    if (q.ValueKind != JsonValueKind.Object)
                    {
                        throw new BenchmarkFormatException(file, null, $"{at}: not an object");
                    }
                    var value = Text(q, "value", file, at);
                    var (low, high) = ParseValue(value) ?? throw new BenchmarkFormatException(file, null, $"{at}: 'value' is not a number or range: {value}");
                    // The Recognizers-Text sets give only the value and the normalized unit.
                    quantities.Add(new QuantityLabel(low, high, Optional(q, "unit", file, at), Text(q, "normalized_unit", file, at), Optional(q, "change", file, at)));
                }
                sentences.Add(new QuantitySentence(text, quantities, SplitOf(text)));
            }
            return sentences;
        }
    }

    /// <summary>
    /// The published scores in <c>NAME.scores.tsv</c> beside <c>NAME.json</c> (columns: index, P, R, F1,
    /// model, type), or none when there is no such file.
    /// </summary>
    public static IReadOnlyList<QuantityBaseline> LoadBaselines(string setPath)
    {
        var path = Path.ChangeExtension(setPath, ".scores.tsv");
        if (!File.Exists(path))
        {
            return [];
        }
        var file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        var baselines = new List<QuantityBaseline>();
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0)
            {
                continue;
            }
            var cells = lines[n].Split('\t');
            if (cells.Length != 6 || !TryPercent(cells[1], out var p) || !TryPercent(cells[2], out var r) || !TryPercent(cells[3], out var f))
            {
                throw new BenchmarkFormatException(file, n + 1, "expected index, P, R, F1, model and type, tab-separated");
            }
            baselines.Add(new QuantityBaseline(cells[4], cells[5], p, r, f));
        }
        return baselines;
    }

    /// <summary>A gold value as upstream reads it (see remarks), or null when it is not one.</summary>
    internal static (double Low, double? High)? ParseValue(string value)
    {
        if (value.Contains('-', StringComparison.Ordinal) && !value.StartsWith('-') && !value.Contains('E', StringComparison.Ordinal))
        {
            var parts = value.Split('-');
            return TryNumber(parts[0], out var low) && TryNumber(parts[1], out var high) ? (low, high) : null;
        }
        return TryNumber(value, out var single) ? (single, null) : null;
    }

    internal static BenchmarkSplit SplitOf(string text) =>
        XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(SplitSalt + text)) % 3 == 0 ? BenchmarkSplit.Dev : BenchmarkSplit.HeldOut;

    // Python's float() allows spaces around the number, as in "3.0 - 4.0".
    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TryPercent(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string Optional(JsonElement e, string field, string file, string where) =>
        e.TryGetProperty(field, out _) ? Text(e, field, file, where) : "";

    private static string Text(JsonElement e, string field, string file, string where) =>
        e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new BenchmarkFormatException(file, null, $"{where}: no '{field}' string");
}
