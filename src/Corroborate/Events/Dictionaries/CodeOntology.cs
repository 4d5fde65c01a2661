using System.Collections.Frozen;
using System.Globalization;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// PETRARCH-2's internal coding ontology (a <c>PETR.Internal.Coding.Ontology.txt</c> file): each CAMEO
/// code as a number whose hexadecimal digits are separate meanings (0x3000 intend, 0x0040 aid), so that a
/// verb acting on another verb combines by addition: "A will [help B]" is 0x3000 + 0x0040 = 0x3040, CAMEO
/// 033 "express intent to provide aid". Immutable and thread-safe.
/// </summary>
/// <remarks>Lines read <c>CODE:TERM[+TERM…][#comment]</c> where a term is a signed hexadecimal number
/// (<c>121:-0xFFFF+0x0070</c>, reject + material cooperation), or 0 (<c>---:0</c>). The first code read for a value is the one
/// a combined value turns back into.</remarks>
public sealed class CodeOntology
{
    private readonly FrozenDictionary<string, int> _values;
    private readonly FrozenDictionary<int, string> _codes;

    private CodeOntology(Dictionary<string, int> values, Dictionary<int, string> codes)
    {
        _values = values.ToFrozenDictionary(StringComparer.Ordinal);
        _codes = codes.ToFrozenDictionary();
    }

    /// <summary>No ontology: verbs combine by the lower verb's code (see <see cref="Combine"/>).</summary>
    public static CodeOntology Empty { get; } = new([], []);

    /// <summary>How many CAMEO codes have a value.</summary>
    public int Count => _values.Count;

    /// <exception cref="DictionaryFormatException">A line is not <c>CODE:VALUE</c>.</exception>
    public static CodeOntology Load(string path)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new Dictionary<int, string>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || !TryValue(line[(colon + 1)..], out var value))
            {
                throw new DictionaryFormatException(path, number, $"is not CODE:0xVALUE ({Shorten(raw)})");
            }
            var code = line[..colon].Trim();
            values.TryAdd(code, value);
            codes.TryAdd(value, code);
        }
        return new CodeOntology(values, codes);
    }

    /// <summary>
    /// The code of verb <paramref name="upper"/> acting on the event <paramref name="lower"/> ("agreed" on
    /// "to restore ties"): two high-level meanings keep the lower one ("said it would attack" stays an
    /// attack); otherwise their values add, and a sum the ontology has no code for keeps the lower code.
    /// Without an ontology, and for a code it lacks, the lower code wins too: the embedded event is the
    /// more specific statement.
    /// </summary>
    public string Combine(string upper, string lower)
    {
        if (!_values.TryGetValue(upper, out var high) || !_values.TryGetValue(lower, out var low))
        {
            return lower;
        }
        if (high >= 0x1000 && low >= 0x1000)
        {
            return lower;
        }
        return _codes.TryGetValue(high + low, out var combined) ? combined : lower;
    }

    /// <summary>
    /// The code of the event <paramref name="code"/> said not to happen ("would not provide support"):
    /// the ontology's rejection of it (-0xFFFF added: 060 material cooperation becomes 121, reject material
    /// cooperation), or null when the ontology has no code for that.
    /// </summary>
    public string? Negate(string code) =>
        _values.TryGetValue(code, out var value) && value >= 0 && _codes.TryGetValue(value - 0xFFFF, out var negated) ? negated : null;

    private static bool TryValue(string text, out int value)
    {
        value = 0;
        var s = text.Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return false;
        }
        var i = 0;
        while (i < s.Length)
        {
            var sign = 1;
            if (s[i] is '+' or '-')
            {
                sign = s[i] == '-' ? -1 : 1;
                i++;
            }
            if (i < s.Length && s[i] == '0' && (i + 1 == s.Length || s[i + 1] is '+' or '-'))
            {
                // "---:0", the null code.
                i++;
                continue;
            }
            if (i + 2 > s.Length || s[i] != '0' || (s[i + 1] != 'x' && s[i + 1] != 'X'))
            {
                return false;
            }
            var start = i += 2;
            while (i < s.Length && Uri.IsHexDigit(s[i]))
            {
                i++;
            }
            if (i == start || !int.TryParse(s.AsSpan(start, i - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var term))
            {
                return false;
            }
            value += sign * term;
        }
        return true;
    }

    private static string Shorten(string line) => line.Length <= 60 ? line.Trim() : line[..57].Trim() + "...";
}
