using System.Globalization;

namespace Corroborate.Language;

/// <summary>
/// Reads numbers as the tokenizer leaves them: digits with separators (<c>1,200</c>, <c>3.5</c>,
/// <c>-5</c>), digit ordinals (<c>21st</c>), and English number words over several tokens
/// (<c>twenty</c> <c>-</c> <c>one</c>, <c>two hundred and five thousand</c>, <c>a dozen</c>,
/// <c>twenty</c> <c>-</c> <c>first</c>). Shared by <see cref="QuantityRecognizer"/> and
/// <see cref="TemporalRecognizer"/> so both read a number the same way.
/// </summary>
/// <remarks>
/// Char checks and dictionary look-ups only: the recognizers call these on every token that starts
/// with a digit or is a number word, which is a large share of news text.
/// </remarks>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> UnitOrdinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
        ["thirteenth"] = 13,
        ["fourteenth"] = 14,
        ["fifteenth"] = 15,
        ["sixteenth"] = 16,
        ["seventeenth"] = 17,
        ["eighteenth"] = 18,
        ["nineteenth"] = 19,
    };

    private static readonly Dictionary<string, int> TensOrdinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twentieth"] = 20,
        ["thirtieth"] = 30,
        ["fortieth"] = 40,
        ["fiftieth"] = 50,
        ["sixtieth"] = 60,
        ["seventieth"] = 70,
        ["eightieth"] = 80,
        ["ninetieth"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
    };

    private static readonly Dictionary<string, double> ScaleOrdinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundredth"] = 1e2,
        ["thousandth"] = 1e3,
        ["millionth"] = 1e6,
        ["billionth"] = 1e9,
    };

    /// <summary>Magnitudes written after a number in digits: <c>3.5 million</c>, <c>94.8|bn</c>, <c>5|k</c>.</summary>
    private static readonly Dictionary<string, double> Magnitudes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3,
        ["k"] = 1e3,
        ["million"] = 1e6,
        ["mn"] = 1e6,
        ["mln"] = 1e6,
        ["billion"] = 1e9,
        ["bn"] = 1e9,
        ["bln"] = 1e9,
        ["trillion"] = 1e12,
        ["trln"] = 1e12,
        ["tn"] = 1e12,
        ["trn"] = 1e12,
        // South Asian magnitudes, as Indian and Pakistani news writes amounts: a lakh is 100,000, a crore 10 million.
        ["lakh"] = 1e5,
        ["lakhs"] = 1e5,
        ["crore"] = 1e7,
        ["crores"] = 1e7,
    };

    /// <summary>Whether <paramref name="word"/> can start a number in words (a cheap pre-check for scanners).</summary>
    public static bool IsNumberWord(string word) =>
        Units.ContainsKey(word) || Tens.ContainsKey(word) || UnitOrdinals.ContainsKey(word) || TensOrdinals.ContainsKey(word);

    /// <summary>The value of a vulgar fraction sign (<c>½</c> → 0.5), or 0.</summary>
    private static double VulgarFraction(char c) => c switch
    {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '⅕' => 0.2,
        '⅛' => 0.125,
        _ => 0,
    };

    /// <summary><paramref name="value"/> × <paramref name="factor"/>, in decimal where it fits, so that 16.4 × 10¹²
    /// is 16400000000000 and not 16399999999999.998.</summary>
    public static double Times(double value, double factor) =>
        Math.Abs(value) < 1e15 && Math.Abs(factor) <= 1e15 ? (double)((decimal)value * (decimal)factor) : value * factor;

    /// <summary>A magnitude after digits (<c>million</c>, <c>bn</c>, <c>k</c>); "m" and "b" are the caller's call.</summary>
    public static bool TryMagnitude(string word, out double factor) => Magnitudes.TryGetValue(word, out factor);

    /// <summary>
    /// A number in digits: optional sign, digits with thousands commas in groups of three (or in Indian
    /// grouping, <c>1,25,000</c>), optional decimal part (or a decimal part alone, <c>.5</c>). Nothing else may be in the token (so <c>14:21</c>, <c>08/12/2023</c> and
    /// <c>713-853-3989</c> are not numbers here).
    /// </summary>
    public static bool TryParseDigits(string word, out double value, out bool isInteger)
    {
        value = 0;
        isInteger = false;
        if (word.Length > 1 && VulgarFraction(word[^1]) is > 0 and var part)
        {
            // "5½ feet": a whole number with a fraction sign glued to it.
            if (TryParseDigits(word[..^1], out var whole, out var wholeInteger) && wholeInteger && whole >= 0)
            {
                value = whole + part;
                return true;
            }
            return false;
        }
        var i = 0;
        var negative = false;
        if (word.Length > 1 && word[0] is '-' or '−' or '+')
        {
            negative = word[0] != '+';
            i = 1;
        }
        // ".500", ".001 per cent": a decimal part alone.
        if (i >= word.Length || !char.IsAsciiDigit(word[i]) && !(word[i] == '.' && i + 1 < word.Length && char.IsAsciiDigit(word[i + 1])))
        {
            return false;
        }
        long mantissa = 0;
        var digits = 0;
        var fraction = -1;
        var groupLength = 0;
        var sawComma = false;
        // Indian grouping ("1,25,000", "12,34,567.89"): after a first group of one or two digits, groups of two,
        // then a last group of three; never mixed with middle groups of three.
        var firstGroup = -1;
        var (twoDigitMiddle, threeDigitMiddle) = (false, false);
        for (; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiDigit(c))
            {
                if (digits < 18)
                {
                    mantissa = mantissa * 10 + (c - '0');
                    digits++;
                    if (fraction >= 0)
                    {
                        fraction++;
                    }
                }
                else if (fraction < 0)
                {
                    // Too long to hold exactly; let the framework read it.
                    return TryParseLong(word, out value, out isInteger);
                }
                groupLength++;
            }
            else if (c == ',' && fraction < 0)
            {
                // Thousands separators: the first group has 1–3 digits, every later one exactly 3 (or, in Indian
                // grouping, 2 until the last).
                if (groupLength == 0 || groupLength > 3)
                {
                    return false;
                }
                if (!sawComma)
                {
                    firstGroup = groupLength;
                }
                else if (groupLength == 2 && firstGroup <= 2 && !threeDigitMiddle)
                {
                    twoDigitMiddle = true;
                }
                else if (groupLength == 3 && !twoDigitMiddle)
                {
                    threeDigitMiddle = true;
                }
                else
                {
                    return false;
                }
                sawComma = true;
                groupLength = 0;
            }
            else if (c == '.' && fraction < 0 && i + 1 < word.Length && char.IsAsciiDigit(word[i + 1]))
            {
                if (sawComma && groupLength != 3)
                {
                    return false;
                }
                sawComma = false;
                fraction = 0;
                groupLength = 0;
            }
            else
            {
                return false;
            }
        }
        if (sawComma && groupLength != 3)
        {
            return false;
        }
        // A long divided by an exact power of ten is correctly rounded, so "94.8" reads as 94.8.
        value = fraction > 0 ? mantissa / Math.Pow(10, fraction) : mantissa;
        if (negative)
        {
            value = -value;
        }
        isInteger = fraction <= 0;
        return true;
    }

    private static bool TryParseLong(string word, out double value, out bool isInteger)
    {
        isInteger = !word.Contains('.', StringComparison.Ordinal);
        return double.TryParse(word.Replace(",", "", StringComparison.Ordinal).Replace('−', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A digit ordinal with the right suffix: <c>1st</c>, <c>22nd</c>, <c>3rd</c>, <c>11th</c>, <c>21st</c>.</summary>
    public static bool TryParseDigitOrdinal(string word, out int value)
    {
        value = 0;
        if (word.Length < 3 || word.Length > 10 || !char.IsAsciiDigit(word[0]))
        {
            return false;
        }
        var n = 0;
        var i = 0;
        while (i < word.Length && (char.IsAsciiDigit(word[i]) || word[i] == ',' && i > 0 && i + 3 < word.Length))
        {
            // "1,000th": a thousands comma may come before the last three digits.
            if (word[i] != ',')
            {
                n = n * 10 + (word[i] - '0');
            }
            i++;
        }
        if (word.Length - i != 2)
        {
            return false;
        }
        var suffix = word.AsSpan(i);
        var expected = n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        if (!suffix.Equals(expected, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        value = n;
        return true;
    }

    /// <summary>
    /// English number words from <paramref name="start"/>: <c>two</c>, <c>twenty - one</c>,
    /// <c>one hundred and five</c>, <c>three million</c>, <c>a hundred</c>, <c>a dozen</c>,
    /// <c>twenty - first</c>. <paramref name="end"/> is exclusive; <paramref name="ordinal"/> says the
    /// last word was an ordinal (which ends the number).
    /// </summary>
    public static bool TryParseWords(IReadOnlyList<string> words, int start, out double value, out int end, out bool ordinal)
    {
        value = 0;
        end = start;
        ordinal = false;
        double total = 0;
        double group = 0;
        var lastScale = double.MaxValue;
        var j = start;
        var any = false;
        // What the previous word was, so that "one two" or "twenty thirty" are two numbers, not one.
        var last = Kind.None;
        if (j + 1 < words.Count && words[j] is "a" or "an" or "A" or "An")
        {
            var next = words[j + 1];
            if (next.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                value = 12;
                end = j + 2;
                return true;
            }
            if (!next.Equals("hundred", StringComparison.OrdinalIgnoreCase) && !Scales.ContainsKey(next))
            {
                return false;
            }
            group = 1;
            last = Kind.Unit;
            any = true;
            j++;
        }
        while (j < words.Count)
        {
            var w = words[j];
            if (Units.TryGetValue(w, out var u))
            {
                if (last is Kind.Unit || last is Kind.Tens && u >= 10 || u == 0 && any)
                {
                    break;
                }
                group += u;
                last = Kind.Unit;
            }
            else if (Tens.TryGetValue(w, out var t))
            {
                if (last is Kind.Unit or Kind.Tens)
                {
                    break;
                }
                group += t;
                last = Kind.Tens;
                // "twenty - one" and "twenty - first": the tokenizer splits the hyphen off.
                if (j + 2 < words.Count && words[j + 1] == "-")
                {
                    if (Units.TryGetValue(words[j + 2], out var hu) && hu is > 0 and < 10)
                    {
                        group += hu;
                        last = Kind.Unit;
                        j += 2;
                    }
                    else if (UnitOrdinals.TryGetValue(words[j + 2], out var ho) && ho < 10)
                    {
                        value = total + group + ho;
                        end = j + 3;
                        ordinal = true;
                        return true;
                    }
                }
            }
            else if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                if (last is not (Kind.Unit or Kind.Tens) || group >= 100 || group == 0)
                {
                    break;
                }
                group *= 100;
                last = Kind.Hundred;
            }
            else if (Scales.TryGetValue(w, out var scale))
            {
                if (last is Kind.None or Kind.Scale || group == 0 || scale >= lastScale)
                {
                    break;
                }
                total += group * scale;
                group = 0;
                lastScale = scale;
                last = Kind.Scale;
            }
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && last is Kind.Hundred or Kind.Scale
                && j + 1 < words.Count && (Units.TryGetValue(words[j + 1], out var au) && au > 0 || Tens.ContainsKey(words[j + 1])
                    || UnitOrdinals.ContainsKey(words[j + 1]) || TensOrdinals.ContainsKey(words[j + 1])))
            {
                // "two hundred and five": the "and" belongs to the number only when a number word follows.
                j++;
                continue;
            }
            else if (UnitOrdinals.TryGetValue(w, out var uo) && last is not Kind.Unit && !(last is Kind.Tens && uo >= 10))
            {
                value = total + group + uo;
                end = j + 1;
                ordinal = true;
                return true;
            }
            else if (TensOrdinals.TryGetValue(w, out var to) && last is not (Kind.Unit or Kind.Tens))
            {
                value = total + group + to;
                end = j + 1;
                ordinal = true;
                return true;
            }
            else if (ScaleOrdinals.TryGetValue(w, out var so) && last is Kind.Unit or Kind.Tens or Kind.Hundred && so > group)
            {
                value = total + group * so;
                end = j + 1;
                ordinal = true;
                return true;
            }
            else
            {
                break;
            }
            any = true;
            j++;
        }
        if (!any || last == Kind.None)
        {
            return false;
        }
        // A trailing "and" was never consumed (see above), so the number ends at j.
        value = total + group;
        end = j;
        return true;
    }

    /// <summary>A number as the invariant text of <see cref="Entity.Value"/>: no exponent, no trailing zeros.</summary>
    public static string Format(double value) =>
        Math.Abs(value) < 1e15
            ? value.ToString("0.##########", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    private enum Kind
    {
        None,
        Unit,
        Tens,
        Hundred,
        Scale,
    }
}
