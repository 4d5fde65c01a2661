using System.Collections.ObjectModel;

namespace Corroborate.Language;

/// <summary>
/// Finds numbers, amounts of money, percentages and measured quantities in one sentence's words, with
/// their normalized values: CARDINAL (<c>32</c>, <c>two</c>, <c>twenty-one</c>, <c>1,200</c>,
/// <c>3.5 million</c>, <c>a dozen</c>), ORDINAL (<c>third</c>, <c>21st</c>), PERCENT (<c>3.5%</c>,
/// <c>3.5 per cent</c>), MONEY (<c>$1.2bn</c>, <c>€30 million</c>, <c>AZN 100</c>, <c>100 manats</c>,
/// <c>50 cents</c>) and QUANTITY (<c>44-day</c>, <c>10 km</c>, <c>3 years</c>).
/// </summary>
/// <remarks>
/// Decisions, so that every caller reads the output the same way:
/// <list type="bullet">
/// <item><see cref="Entity.Value"/> is the number (<c>"1200"</c>) for CARDINAL, ORDINAL and PERCENT and
/// the number and unit (<c>"1200000000 USD"</c>, <c>"44 day"</c>) for MONEY and QUANTITY;
/// <see cref="Entity.Number"/> and <see cref="Entity.Unit"/> hold them apart.</item>
/// <item>Counts of people or things are CARDINAL over the number only, as in OntoNotes: <c>500 people</c>
/// marks <c>500</c>.</item>
/// <item>"one" is CARDINAL when it counts (<c>one of them</c>, <c>one soldier</c>) and nothing when it is
/// the pronoun: after a determiner (<c>no one</c>, <c>the one</c>, <c>this one</c>) or before a modal or
/// verb (<c>one shouldn't</c>, <c>one can</c>) or <c>another</c>.</item>
/// <item>Vague plurals are CARDINAL with their order of magnitude as <see cref="Entity.Number"/> and a
/// <c>~</c> before the value: <c>hundreds</c> → 100 <c>"~100"</c>, <c>tens of thousands</c> → 10000
/// <c>"~10000"</c>, <c>dozens</c> → 12. They are lower bounds on the order, not estimates, and the mark
/// keeps them from being compared as exact counts.</item>
/// <item>A number with a time unit is QUANTITY here (<c>44-day</c> → 44 day, <c>3 years</c> → 3 year);
/// <see cref="TemporalRecognizer"/> claims the same words as a DATE when they are a duration or a point
/// (<c>for two weeks</c>, <c>three years ago</c>) and <see cref="NumericEntities"/> lets the DATE win.</item>
/// <item>A year-like number (1800–2100 in four digits, see <see cref="TemporalRecognizer.IsYear"/>) is
/// left to the temporal recognizer, never reported as CARDINAL.</item>
/// <item><c>m</c> after digits is millions with money (<c>£5m</c>) or before a plural (<c>5m people</c>),
/// metres otherwise (<c>a 10m wall</c>); <c>b</c> is billions with money only. "pounds" is money (GBP)
/// after a magnitude or before "sterling", weight (lb) otherwise.</item>
/// <item>Model and strain designations are not numbers: the <c>16</c> of <c>F-16</c> or <c>Covid-19</c>.</item>
/// </list>
/// Stateless and thread-safe; the results are read-only.
/// </remarks>
internal static class QuantityRecognizer
{
    /// <summary>Whether <paramref name="word"/> is a currency sign ($, €, £, US$ …).</summary>
    internal static bool IsCurrencySign(string word) => CurrencySigns.ContainsKey(word);

    private static readonly Dictionary<string, string> CurrencySigns = new(StringComparer.Ordinal)
    {
        ["$"] = "USD",
        ["US$"] = "USD",
        ["€"] = "EUR",
        ["£"] = "GBP",
        ["¥"] = "JPY",
        ["₽"] = "RUB",
        ["₸"] = "KZT",
        ["₼"] = "AZN",
        ["֏"] = "AMD",
        ["₺"] = "TRY",
        ["₴"] = "UAH",
        ["₹"] = "INR",
        ["Rs"] = "INR",
        ["Rs."] = "INR",
        ["₿"] = "BTC",
        ["₾"] = "GEL",
        ["₩"] = "KRW",
        ["₦"] = "NGN",
        ["₪"] = "ILS",
        ["฿"] = "THB",
        ["Mex$"] = "MXN",
        ["RMB"] = "CNY",
    };

    // Prefixes the tokenizer leaves glued to the amount. "PS" and "Y=" are what ASCII transliteration
    // (unidecode) makes of £ and ¥, as in text that went through it. Longest first, so "US$" wins over "US".
    private static readonly (string Prefix, string Code)[] GluedPrefixes =
    [
        ("US$", "USD"), ("HK$", "HKD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("CA$", "CAD"), ("A$", "AUD"), ("C$", "CAD"), ("S$", "SGD"),
        ("R$", "BRL"), ("INR", "INR"), ("EUR", "EUR"), ("USD", "USD"), ("GBP", "GBP"), ("RM", "MYR"), ("Rs", "INR"), ("PS", "GBP"),
        ("Y=", "JPY"),
    ];

    // A dollar's country, written before its sign ("US $5", "HK $3.7") or after it ("$US5", "$A50").
    // One-letter ones only after the sign: "A $5 fee" is an article.
    private static readonly Dictionary<string, string> DollarCountries = new(StringComparer.Ordinal)
    {
        ["US"] = "USD",
        ["HK"] = "HKD",
        ["AU"] = "AUD",
        ["A"] = "AUD",
        ["NZ"] = "NZD",
        ["CA"] = "CAD",
        ["C"] = "CAD",
        ["S"] = "SGD",
        ["SG"] = "SGD",
    };

    // Dollars named by their country after the amount: "8.99 Australian dollars", "20 US dollars".
    private static readonly Dictionary<string, string> DollarAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD",
        ["U.S."] = "USD",
        ["American"] = "USD",
        ["Australian"] = "AUD",
        ["Canadian"] = "CAD",
        ["Singapore"] = "SGD",
        ["Taiwan"] = "TWD",
        ["Zealand"] = "NZD",
        ["Kong"] = "HKD",
    };

    // Upper case only: "try", "amd" and "cad" are words too.
    private static readonly HashSet<string> CurrencyCodes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "AZN", "AMD", "GEL", "KZT", "TRY", "UAH", "INR", "CHF", "IRR", "AED", "SAR",
        "CAD", "AUD", "BYN", "UZS", "KGS", "TJS", "TMT", "MDL", "MXN", "BRL", "ZAR", "SEK", "NOK", "DKK", "PLN", "KRW", "THB",
        "NGN", "EGP", "PKR", "IDR", "HUF", "CZK", "ILS", "SGD", "HKD", "NZD", "MYR", "TWD", "KES", "BTC",
    };

    // A currency named by its country's adjective after the amount ("20 Mexican pesos", "5 Swiss francs"):
    // adjective and singular currency word. Dollars are in DollarAdjectives.
    private static readonly Dictionary<(string Adjective, string Currency), string> CountryCurrencies = new()
    {
        [("mexican", "peso")] = "MXN",
        [("philippine", "peso")] = "PHP",
        [("argentine", "peso")] = "ARS",
        [("swiss", "franc")] = "CHF",
        [("indian", "rupee")] = "INR",
        [("pakistani", "rupee")] = "PKR",
        [("egyptian", "pound")] = "EGP",
        [("brazilian", "real")] = "BRL",
        [("brazilian", "reai")] = "BRL",
        [("south", "rand")] = "ZAR",
        [("african", "rand")] = "ZAR",
        [("swedish", "krona")] = "SEK",
        [("swedish", "kronor")] = "SEK",
        [("norwegian", "krone")] = "NOK",
        [("norwegian", "kroner")] = "NOK",
        [("danish", "krone")] = "DKK",
        [("danish", "kroner")] = "DKK",
        [("korean", "won")] = "KRW",
        [("japanese", "yen")] = "JPY",
        [("chinese", "yuan")] = "CNY",
        [("russian", "ruble")] = "RUB",
        [("russian", "rouble")] = "RUB",
        [("turkish", "lira")] = "TRY",
        [("israeli", "shekel")] = "ILS",
        [("polish", "zloty")] = "PLN",
        [("hungarian", "forint")] = "HUF",
        [("czech", "koruna")] = "CZK",
        [("thai", "baht")] = "THB",
        [("nigerian", "naira")] = "NGN",
        [("indonesian", "rupiah")] = "IDR",
        [("malaysian", "ringgit")] = "MYR",
        [("azerbaijani", "manat")] = "AZN",
        [("armenian", "dram")] = "AMD",
        [("georgian", "lari")] = "GEL",
        [("ukrainian", "hryvnia")] = "UAH",
        [("iranian", "rial")] = "IRR",
        [("saudi", "riyal")] = "SAR",
    };

    // Currency names written after the amount, with the share of the unit each stands for.
    private static readonly Dictionary<string, (string Code, double Factor)> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = ("USD", 1),
        ["dollars"] = ("USD", 1),
        ["euro"] = ("EUR", 1),
        ["euros"] = ("EUR", 1),
        ["sterling"] = ("GBP", 1),
        ["yen"] = ("JPY", 1),
        ["yuan"] = ("CNY", 1),
        ["renminbi"] = ("CNY", 1),
        ["ruble"] = ("RUB", 1),
        ["rubles"] = ("RUB", 1),
        ["rouble"] = ("RUB", 1),
        ["roubles"] = ("RUB", 1),
        ["manat"] = ("AZN", 1),
        ["manats"] = ("AZN", 1),
        ["dram"] = ("AMD", 1),
        ["drams"] = ("AMD", 1),
        ["lari"] = ("GEL", 1),
        ["tenge"] = ("KZT", 1),
        ["lira"] = ("TRY", 1),
        ["liras"] = ("TRY", 1),
        ["lire"] = ("TRY", 1),
        ["hryvnia"] = ("UAH", 1),
        ["hryvnias"] = ("UAH", 1),
        ["rupee"] = ("INR", 1),
        ["rupees"] = ("INR", 1),
        ["rial"] = ("IRR", 1),
        ["rials"] = ("IRR", 1),
        ["dirham"] = ("AED", 1),
        ["dirhams"] = ("AED", 1),
        ["riyal"] = ("SAR", 1),
        ["riyals"] = ("SAR", 1),
        // "Franc" alone is the Swiss one, the only franc of a major economy still in use.
        ["franc"] = ("CHF", 1),
        ["francs"] = ("CHF", 1),
        ["peso"] = ("MXN", 1),
        ["pesos"] = ("MXN", 1),
        ["reais"] = ("BRL", 1),
        ["rand"] = ("ZAR", 1),
        ["krona"] = ("SEK", 1),
        ["kronor"] = ("SEK", 1),
        ["krone"] = ("NOK", 1),
        ["kroner"] = ("NOK", 1),
        ["zloty"] = ("PLN", 1),
        ["zlotys"] = ("PLN", 1),
        ["zlotych"] = ("PLN", 1),
        ["baht"] = ("THB", 1),
        ["naira"] = ("NGN", 1),
        ["rupiah"] = ("IDR", 1),
        ["ringgit"] = ("MYR", 1),
        ["shekel"] = ("ILS", 1),
        ["shekels"] = ("ILS", 1),
        ["forint"] = ("HUF", 1),
        ["forints"] = ("HUF", 1),
        ["koruna"] = ("CZK", 1),
        ["bitcoin"] = ("BTC", 1),
        ["bitcoins"] = ("BTC", 1),
        ["rmb"] = ("CNY", 1),
        ["cent"] = ("USD", 0.01),
        ["cents"] = ("USD", 0.01),
        ["penny"] = ("GBP", 0.01),
        ["pence"] = ("GBP", 0.01),
        ["kopeck"] = ("RUB", 0.01),
        ["kopecks"] = ("RUB", 0.01),
        ["kopek"] = ("RUB", 0.01),
        ["kopeks"] = ("RUB", 0.01),
        ["qapik"] = ("AZN", 0.01),
        ["qapiks"] = ("AZN", 0.01),
    };

    // Units after a number, by their canonical symbol. Letters that are mostly words or other things
    // after a number ("s", "t", "g", "l", "in", "am", "pm", "m", "b") are left out or handled apart.
    private static readonly Dictionary<string, string> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["km"] = "km",
        ["kms"] = "km",
        ["kilometre"] = "km",
        ["kilometres"] = "km",
        ["kilometer"] = "km",
        ["kilometers"] = "km",
        ["metre"] = "m",
        ["metres"] = "m",
        ["meter"] = "m",
        ["meters"] = "m",
        ["cm"] = "cm",
        ["centimetre"] = "cm",
        ["centimeter"] = "cm",
        ["centimetres"] = "cm",
        ["centimeters"] = "cm",
        ["mm"] = "mm",
        ["millimetre"] = "mm",
        ["millimeter"] = "mm",
        ["millimetres"] = "mm",
        ["millimeters"] = "mm",
        ["mile"] = "mile",
        ["miles"] = "mile",
        ["mi"] = "mile",
        ["ft"] = "ft",
        ["ft."] = "ft",
        ["lbs."] = "lb",
        ["oz."] = "oz",
        ["yds."] = "yd",
        ["mins."] = "minute",
        ["hrs."] = "hour",
        ["secs."] = "second",
        ["yrs."] = "year",
        ["foot"] = "ft",
        ["feet"] = "ft",
        ["yard"] = "yd",
        ["yards"] = "yd",
        ["yd"] = "yd",
        ["inch"] = "in",
        ["inches"] = "in",
        ["km2"] = "km2",
        ["km²"] = "km2",
        ["m²"] = "m2",
        ["ft²"] = "ft2",
        ["mi²"] = "mile2",
        ["m³"] = "m3",
        ["m2"] = "m2",
        ["ha"] = "ha",
        ["hectare"] = "ha",
        ["hectares"] = "ha",
        ["acre"] = "acre",
        ["acres"] = "acre",
        ["kg"] = "kg",
        ["kilo"] = "kg",
        ["kilos"] = "kg",
        ["kilogram"] = "kg",
        ["kilograms"] = "kg",
        ["kilogramme"] = "kg",
        ["kilogrammes"] = "kg",
        ["gram"] = "g",
        ["grams"] = "g",
        ["mg"] = "mg",
        ["milligram"] = "mg",
        ["milligrams"] = "mg",
        ["μg"] = "μg",
        ["mcg"] = "μg",
        ["microgram"] = "μg",
        ["micrograms"] = "μg",
        ["kcal"] = "kcal",
        ["kilocalorie"] = "kcal",
        ["kilocalories"] = "kcal",
        ["calorie"] = "cal",
        ["calories"] = "cal",
        ["mbps"] = "Mbps",
        ["gbps"] = "Gbps",
        ["psi"] = "psi",
        ["decibel"] = "dB",
        ["decibels"] = "dB",
        ["db"] = "dB",
        ["kelvin"] = "K",
        ["megapixel"] = "MP",
        ["megapixels"] = "MP",
        ["light-year"] = "ly",
        ["light-years"] = "ly",
        ["carat"] = "ct",
        ["carats"] = "ct",
        ["megaton"] = "Mt",
        ["megatons"] = "Mt",
        ["terawatt"] = "TW",
        ["terawatts"] = "TW",
        ["kilovolt"] = "kV",
        ["kilovolts"] = "kV",
        ["petabyte"] = "PB",
        ["petabytes"] = "PB",
        ["tonne"] = "t",
        ["tonnes"] = "t",
        ["ton"] = "t",
        ["tons"] = "t",
        ["lb"] = "lb",
        ["lbs"] = "lb",
        ["oz"] = "oz",
        ["ounce"] = "oz",
        ["ounces"] = "oz",
        ["litre"] = "l",
        ["litres"] = "l",
        ["liter"] = "l",
        ["liters"] = "l",
        ["ml"] = "ml",
        ["barrel"] = "bbl",
        ["barrels"] = "bbl",
        ["bbl"] = "bbl",
        ["bpd"] = "bpd",
        ["b/d"] = "bpd",
        ["bcm"] = "bcm",
        ["kw"] = "kW",
        ["kwh"] = "kWh",
        ["mw"] = "MW",
        ["mwh"] = "MWh",
        ["gw"] = "GW",
        ["gwh"] = "GWh",
        ["twh"] = "TWh",
        ["megawatt"] = "MW",
        ["megawatts"] = "MW",
        ["gigawatt"] = "GW",
        ["gigawatts"] = "GW",
        ["gallon"] = "gal",
        ["gallons"] = "gal",
        ["pint"] = "pint",
        ["pints"] = "pint",
        ["millilitre"] = "ml",
        ["cc"] = "ml",
        ["millilitres"] = "ml",
        ["milliliter"] = "ml",
        ["milliliters"] = "ml",
        ["μm"] = "μm",
        ["micron"] = "μm",
        ["microns"] = "μm",
        ["micrometre"] = "μm",
        ["micrometres"] = "μm",
        ["micrometer"] = "μm",
        ["micrometers"] = "μm",
        ["nm"] = "nm",
        ["nanometre"] = "nm",
        ["nanometres"] = "nm",
        ["nanometer"] = "nm",
        ["nanometers"] = "nm",
        ["gigatonne"] = "Gt",
        ["gigatonnes"] = "Gt",
        ["gigaton"] = "Gt",
        ["gigatons"] = "Gt",
        ["megatonne"] = "Mt",
        ["megatonnes"] = "Mt",
        ["watt"] = "W",
        ["watts"] = "W",
        ["kilowatt"] = "kW",
        ["kilowatts"] = "kW",
        ["volt"] = "V",
        ["volts"] = "V",
        ["kv"] = "kV",
        ["hz"] = "Hz",
        ["hertz"] = "Hz",
        ["khz"] = "kHz",
        ["mhz"] = "MHz",
        ["ghz"] = "GHz",
        ["w"] = "W",
        ["ppg"] = "ppg",
        ["rpg"] = "rpg",
        ["apg"] = "apg",
        ["ksi"] = "ksi",
        ["hp"] = "hp",
        ["horsepower"] = "hp",
        ["bhp"] = "bhp",
        ["rpm"] = "rpm",
        ["mpg"] = "mpg",
        ["ppm"] = "ppm",
        ["ppb"] = "ppb",
        ["mah"] = "mAh",
        ["knot"] = "knot",
        ["knots"] = "knot",
        ["sqm"] = "m2",
        ["kb"] = "KB",
        ["kilobyte"] = "KB",
        ["kilobytes"] = "KB",
        ["megabyte"] = "MB",
        ["megabytes"] = "MB",
        ["gigabyte"] = "GB",
        ["gigabytes"] = "GB",
        ["terabyte"] = "TB",
        ["terabytes"] = "TB",
        ["mph"] = "mph",
        ["m.p.h."] = "mph",
        ["kph"] = "km/h",
        ["kmh"] = "km/h",
        ["km/h"] = "km/h",
        ["degree"] = "degree",
        ["degrees"] = "degree",
        ["°"] = "degree",
        ["°C"] = "°C",
        ["°F"] = "°F",
        // What ASCII transliteration (unidecode) makes of the degree sign: "degF", "deg C".
        ["deg"] = "degree",
        ["degC"] = "°C",
        ["degF"] = "°F",
        ["″"] = "in",
        ["′"] = "ft",
        ["amp"] = "A",
        ["amps"] = "A",
        ["ampere"] = "A",
        ["amperes"] = "A",
        ["cm2"] = "cm2",
        ["mb"] = "MB",
        ["gb"] = "GB",
        ["tb"] = "TB",
        ["second"] = "second",
        ["seconds"] = "second",
        ["sec"] = "second",
        ["secs"] = "second",
        ["minute"] = "minute",
        ["minutes"] = "minute",
        ["min"] = "minute",
        ["mins"] = "minute",
        ["hour"] = "hour",
        ["hours"] = "hour",
        ["h"] = "hour",
        ["hr"] = "hour",
        ["hrs"] = "hour",
        ["day"] = "day",
        ["days"] = "day",
        ["week"] = "week",
        ["weeks"] = "week",
        ["month"] = "month",
        ["months"] = "month",
        ["year"] = "year",
        ["years"] = "year",
        ["yr"] = "year",
        ["yrs"] = "year",
        ["decade"] = "decade",
        ["decades"] = "decade",
        ["century"] = "century",
        ["centuries"] = "century",
    };

    // Vague plurals: their order of magnitude (see remarks).
    private static readonly Dictionary<string, double> VaguePlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12,
        ["hundreds"] = 100,
        ["thousands"] = 1e3,
        ["millions"] = 1e6,
        ["billions"] = 1e9,
    };

    // Words before "one" that make it the pronoun.
    private static readonly HashSet<string> PronounOneBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "the", "this", "that", "every", "any", "each", "which", "such", "another", "little",
    };

    // Words after "one" that make it the pronoun: modals, verbs of a generic subject, "another".
    private static readonly HashSet<string> PronounOneAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "should", "can", "ca", "could", "must", "would", "might", "may", "will", "wo", "shall", "'s", "’s", "another",
        "has", "does", "needs", "cannot", "gets", "sees", "finds",
    };

    // Prefixes before a hyphen and a number that are not names: "sub-300 sq m", "minus-260 degrees".
    private static readonly HashSet<string> NotDesignations = new(StringComparer.OrdinalIgnoreCase) { "sub", "minus", "plus", "over", "under", "mid", "near", "top", "to", "and", "or", "than" };

    private static readonly HashSet<string> CountPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "children", "men", "women",
    };

    /// <summary>The numeric entities other than dates and times in one sentence's words, in order, not overlapping.</summary>
    public static IReadOnlyList<Entity> Find(IReadOnlyList<string> words)
    {
        List<Entity>? found = null;
        var i = 0;
        while (i < words.Count)
        {
            var entity = Match(words, i);
            if (entity is null)
            {
                i++;
                continue;
            }
            (found ??= []).Add(entity);
            i = entity.End;
        }
        return found is null ? ReadOnlyCollection<Entity>.Empty : found.AsReadOnly();
    }

    /// <summary>The canonical symbol of a unit word (<c>kilometres</c> → <c>km</c>), as <see cref="Entity.Unit"/> gives it.</summary>
    internal static bool TryUnit(string word, out string symbol) => UnitWords.TryGetValue(word, out symbol!);

    /// <summary>The end of "basis point(s)" written from <paramref name="at"/>, hyphens allowed ("25-basis-point"); 0 if none.</summary>
    private static int BasisPointsEnd(IReadOnlyList<string> words, int at)
    {
        var j = at < words.Count && words[at] == "-" ? at + 1 : at;
        if (j >= words.Count || !words[j].Equals("basis", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        var k = j + 1 < words.Count && words[j + 1] == "-" ? j + 2 : j + 1;
        return k < words.Count && words[k].ToLowerInvariant() is "point" or "points" ? k + 1 : 0;
    }

    /// <summary>Whether <paramref name="word"/> is a unit this recognizer knows (the temporal one uses this to tell years from counts).</summary>
    internal static bool IsUnitOrCurrency(string word) =>
        UnitWords.ContainsKey(word) || CurrencyWords.ContainsKey(word) || CurrencyCodes.Contains(word) || word is "%" or "percent" or "per"
        || NumberWords.TryMagnitude(word, out _);

    private static Entity? Match(IReadOnlyList<string> words, int i)
    {
        var w = words[i];
        if (w.Length == 0)
        {
            return null;
        }
        var c = w[0];
        // Cheap rejection first: most words are neither numbers nor currency signs.
        if (!char.IsAsciiDigit(c) && c is not ('-' or '−' or 'a' or 'A' or '.') && !char.IsUpper(c) && !CurrencySigns.ContainsKey(w)
            && !NumberWords.IsNumberWord(w) && !VaguePlurals.ContainsKey(w) && !w.Equals("tens", StringComparison.OrdinalIgnoreCase)
            && !(c is 's' or 'm' or 'S' or 'M' && w.Contains('-', StringComparison.Ordinal)) && !w.EndsWith("fold", StringComparison.OrdinalIgnoreCase)
            && !(w.Length == 4 && w.Equals("half", StringComparison.OrdinalIgnoreCase) || w.Length == 7 && w.Equals("quarter", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return Fold(words, i) ?? PartOfA(words, i) ?? MatchMoneyPrefix(words, i) ?? MatchNumber(words, i);
    }

    /// <summary><c>half a million</c>, <c>a quarter million dollars</c>: a fraction of the magnitude after it, or null.</summary>
    private static Entity? PartOfA(IReadOnlyList<string> words, int i)
    {
        var w = words[i];
        var part = w.Equals("half", StringComparison.OrdinalIgnoreCase) ? 0.5 : w.Equals("quarter", StringComparison.OrdinalIgnoreCase) ? 0.25 : 0;
        var at = i + 1;
        if (part == 0 || at >= words.Count)
        {
            return null;
        }
        if (words[at] is "a" or "an")
        {
            at++;
        }
        else if (part == 0.5 || i == 0 || words[i - 1] is not ("a" or "A"))
        {
            // "a quarter million" without a second "a"; "half million" alone is rare and often "half a".
            return null;
        }
        if (at >= words.Count || !NumberWords.TryMagnitude(words[at], out var magnitude) || magnitude < 1e3 || words[at].Length < 5)
        {
            return null;
        }
        var value = NumberWords.Times(part, magnitude);
        return Suffixed(words, i, at + 1, value)
            ?? new Entity(EntityLabel.CARDINAL, i, at + 1) { Number = value, Value = NumberWords.Format(value) };
    }

    /// <summary>A multiple written as one word or with a hyphen (<c>sixfold</c>, <c>3-fold</c>, <c>tenfold</c>): how many times, or null.</summary>
    private static Entity? Fold(IReadOnlyList<string> words, int i)
    {
        var w = words[i];
        if (i + 2 < words.Count && words[i + 1] == "-" && words[i + 2].Equals("fold", StringComparison.OrdinalIgnoreCase)
            && (NumberWords.TryParseDigits(w, out var times, out _) || OneNumberWord(w, out times)) && times > 1)
        {
            return Quantity(i, i + 3, times, "fold");
        }
        if (w.Length > 6 && w.EndsWith("fold", StringComparison.OrdinalIgnoreCase) && OneNumberWord(w[..^4], out times) && times > 1)
        {
            return Quantity(i, i + 1, times, "fold");
        }
        return null;
    }

    private static bool OneNumberWord(string word, out double value) =>
        NumberWords.TryParseWords([word], 0, out value, out var end, out var ordinal) && end == 1 && !ordinal;

    /// <summary>A currency before the amount: <c>$1.2bn</c>, <c>€ 30 million</c>, <c>US$5</c>, <c>HK $3.7</c>, <c>AZN 100</c>.</summary>
    private static Entity? MatchMoneyPrefix(IReadOnlyList<string> words, int i)
    {
        var w = words[i];
        string? code;
        var numberAt = i + 1;
        if (Glued(w) is var (gluedCode, prefixLength) && TryGluedAmount(words, i, prefixLength, out var gluedAmount, out var gluedEnd)
            && (!w.StartsWith("PS", StringComparison.Ordinal) || gluedEnd > i + 1 || w.AsSpan(2).ContainsAnyExceptInRange('0', '9')))
        {
            // "PS" only with a decimal point, a comma or a magnitude: "PS4" and "PS5" are consoles.
            return Money(i, gluedEnd, gluedAmount, gluedCode);
        }
        if (w == "$" && numberAt < words.Count && GluedDollar(words[numberAt]) is var (dollarCode, letters)
            && TryGluedAmount(words, numberAt, letters, out var dollarAmount, out var dollarEnd))
        {
            // "$US160 million", "$A50": the country after the sign.
            return Money(i, dollarEnd, dollarAmount, dollarCode);
        }
        if (w.Length > 1 && DollarCountries.TryGetValue(w, out var country) && i + 1 < words.Count && words[i + 1] == "$")
        {
            code = country;
            numberAt = i + 2;
        }
        else if (w == "$" && i + 2 < words.Count && DollarCountries.TryGetValue(words[i + 1], out country) && char.IsAsciiDigit(words[i + 2][0]))
        {
            // "$A 20", "$US 5".
            code = country;
            numberAt = i + 2;
        }
        else if (!CurrencySigns.TryGetValue(w, out code) && !CurrencyCodes.Contains(w))
        {
            return null;
        }
        code ??= w;
        if (numberAt < words.Count && words[numberAt].Length > 0 && !char.IsAsciiLetter(words[numberAt][0]) && TryGluedAmount(words, numberAt, 0, out var glued, out var gluedAt)
            && !NumberWords.TryParseDigits(words[numberAt], out _, out _))
        {
            // "$ -50.8bn": the tokenizer keeps a signed amount's magnitude on it.
            return NamedDollars(words, i, gluedAt, glued, code);
        }
        if (numberAt >= words.Count || !TryNumber(words, numberAt, money: true, out var amount, out var amountEnd, out var ordinal) || ordinal)
        {
            return null;
        }
        return NamedDollars(words, i, amountEnd, amount, code);
    }

    /// <summary>"$1.3bn Canadian dollars": a dollar sign whose country is named after the amount is that country's dollar.</summary>
    private static Entity NamedDollars(IReadOnlyList<string> words, int start, int end, double amount, string code) =>
        words[start] == "$" && end + 1 < words.Count && DollarAdjectives.TryGetValue(words[end], out var named)
            && words[end + 1].StartsWith("dollar", StringComparison.OrdinalIgnoreCase)
            ? Money(start, end + 2, amount, named)
            : Money(start, end, amount, code);

    /// <summary>The currency of a prefix the tokenizer leaves on the amount (<c>US$5</c>, <c>RM120,000</c>, <c>PS6m</c>), and its length.</summary>
    private static (string Code, int Length)? Glued(string w)
    {
        if (w.Length < 2 || char.IsAsciiDigit(w[0]))
        {
            return null;
        }
        foreach (var (prefix, code) in GluedPrefixes)
        {
            if (w.Length > prefix.Length && char.IsAsciiDigit(w[prefix.Length]) && w.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (code, prefix.Length);
            }
        }
        return null;
    }

    /// <summary>A dollar's country letters glued to the amount after a separate sign (<c>$ US160</c>), and their length.</summary>
    private static (string Code, int Length)? GluedDollar(string w)
    {
        var letters = 0;
        while (letters < w.Length && char.IsAsciiLetterUpper(w[letters]))
        {
            letters++;
        }
        return letters > 0 && letters < w.Length && char.IsAsciiDigit(w[letters]) && DollarCountries.TryGetValue(w[..letters], out var code)
            ? (code, letters)
            : null;
    }

    /// <summary>The amount after a glued prefix: digits, then a magnitude glued on (<c>6m</c>, <c>2.7bn</c>) or in the next word.</summary>
    private static bool TryGluedAmount(IReadOnlyList<string> words, int i, int prefixLength, out double amount, out int end)
    {
        var rest = words[i].AsSpan(prefixLength);
        if (NumberWords.TryParseDigits(rest.ToString(), out var digits, out _))
        {
            (amount, end) = WithMagnitude(words, i + 1, digits, money: true);
            return true;
        }
        var letters = rest.Length;
        while (letters > 0 && char.IsAsciiLetter(rest[letters - 1]))
        {
            letters--;
        }
        var suffix = rest[letters..].ToString();
        var factor = suffix is "m" or "M" ? 1e6 : suffix is "b" or "B" ? 1e9 : NumberWords.TryMagnitude(suffix, out var f) ? f : 0;
        if (factor > 0 && letters > 0 && NumberWords.TryParseDigits(rest[..letters].ToString(), out digits, out _))
        {
            amount = Math.Round(NumberWords.Times(digits, factor), 6);
            end = i + 1;
            return true;
        }
        amount = 0;
        end = i;
        return false;
    }

    private static Entity Money(int start, int end, double amount, string code) =>
        new(EntityLabel.MONEY, start, end) { Number = amount, Unit = code, Value = NumberWords.Format(amount) + " " + code };

    private static Entity? MatchNumber(IReadOnlyList<string> words, int i)
    {
        var w = words[i];
        if (VaguePlurals.ContainsKey(w) || w.Equals("tens", StringComparison.OrdinalIgnoreCase))
        {
            return MatchVague(words, i);
        }
        if (NumberWords.TryParseDigitOrdinal(w, out var digitOrdinal))
        {
            return new Entity(EntityLabel.ORDINAL, i, i + 1) { Number = digitOrdinal, Value = NumberWords.Format(digitOrdinal) };
        }
        if (char.IsAsciiDigit(w[0]) || w.Length > 1 && w[0] is '-' or '−' && char.IsAsciiDigit(w[1]))
        {
            if (IsDesignation(words, i) || TemporalRecognizer.IsYear(words, i))
            {
                return null;
            }
        }
        if (Prefixed(w) is { } prefixed)
        {
            return Suffixed(words, i, i + 1, prefixed) ?? new Entity(EntityLabel.CARDINAL, i, i + 1) { Number = prefixed, Value = NumberWords.Format(prefixed) };
        }
        if (!TryNumber(words, i, money: false, out var value, out var end, out var ordinal))
        {
            if (Fraction(w) is { } fraction && i + 1 < words.Count && (UnitWords.ContainsKey(words[i + 1]) || words[i + 1].StartsWith("pound", StringComparison.OrdinalIgnoreCase)))
            {
                // "1/2 pound", "3/4 inch": a fraction only before a unit; "24/7" and "9/11" are not amounts.
                return Suffixed(words, i, i + 1, fraction);
            }
            if (Scientific(w) is { } scientific)
            {
                return Suffixed(words, i, i + 1, scientific) ?? new Entity(EntityLabel.CARDINAL, i, i + 1) { Number = scientific, Value = NumberWords.Format(scientific) };
            }
            if (GluedUnit(words, i) is { } glued)
            {
                return glued;
            }
            // "164p": pence, as British market reports write share prices.
            return w.Length > 1 && w[^1] == 'p' && NumberWords.TryParseDigits(w[..^1], out var pence, out _)
                ? Money(i, i + 1, Math.Round(pence * 0.01, 10), "GBP")
                : null;
        }
        if (ordinal)
        {
            return new Entity(EntityLabel.ORDINAL, i, end) { Number = value, Value = NumberWords.Format(value) };
        }
        if (end == i + 1 && end < words.Count && value == Math.Floor(value) && value >= 0 && char.IsAsciiDigit(w[0]) && Fraction(words[end]) is { } part)
        {
            // "10 1/2 miles", "2 1/2 years": a whole number and a fraction are one amount.
            value += part;
            end++;
        }
        return Suffixed(words, i, end, value) ?? Cardinal(words, i, end, value);
    }

    /// <summary>A fraction written with a slash (<c>1/2</c> → 0.5, <c>3/4</c>), or null.</summary>
    private static double? Fraction(string w)
    {
        var slash = w.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && int.TryParse(w.AsSpan(0, slash), out var over) && int.TryParse(w.AsSpan(slash + 1), out var under) && under > 1 && over < under
            ? (double)over / under
            : null;
    }

    /// <summary>A number in scientific notation as text writes it: <c>2.998×10−8</c>, <c>6.02x10^23</c>, or null.</summary>
    private static double? Scientific(string w)
    {
        var times = w.IndexOfAny(['×', 'x']);
        if (times < 1 || !w.AsSpan(times + 1).StartsWith("10", StringComparison.Ordinal) || !NumberWords.TryParseDigits(w[..times], out var mantissa, out _))
        {
            return null;
        }
        var exponent = w[(times + 3)..].TrimStart('^').Replace('−', '-');
        return int.TryParse(exponent, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var power) && power is >= -99 and <= 99
            ? double.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{mantissa}E{power}"), System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// A unit the tokenizer leaves glued to its number: <c>2.14degF</c> and <c>1.19deg C</c> (what ASCII
    /// transliteration makes of °F and °C), <c>25.5″</c>, or null.
    /// </summary>
    private static Entity? GluedUnit(IReadOnlyList<string> words, int i)
    {
        var w = words[i];
        var digits = w.AsSpan().LastIndexOfAnyInRange('0', '9') + 1;
        if (digits == 0 || digits == w.Length || !NumberWords.TryParseDigits(w[..digits], out var value, out _))
        {
            return null;
        }
        var suffix = w[digits..];
        if (suffix == "pc")
        {
            // "12pc": per cent, as British papers write it.
            return new Entity(EntityLabel.PERCENT, i, i + 1) { Number = value, Unit = "%", Value = NumberWords.Format(value) };
        }
        if (!GluedOnly.TryGetValue(suffix, out var unit) && !UnitWords.TryGetValue(suffix, out unit!))
        {
            return null;
        }
        if (suffix.Length == 1 && char.IsUpper(suffix[0]) && i > 1
            && (words[i - 1] is [>= 'A' and <= 'Z', ..] && i + 1 < words.Count && words[i + 1] is [>= 'a' and <= 'z', ..] && words[i + 1].All(char.IsLetter)
                || words[i - 1].Length > 1 && words[i - 1].Skip(1).Any(char.IsUpper) && words[i - 1].Any(char.IsLower)))
        {
            // "a Long March 4C rocket", "the Boeing 7F freighter", "the iPhone 5C": a model's name.
            return null;
        }
        var end = i + 1;
        if (unit == "degree")
        {
            (unit, end) = Scale(words, end);
        }
        return Quantity(i, end, value, unit);
    }

    // Units that are letters too common alone to read after a spaced number, but that are units when glued to
    // the digits: "30C", "86F", "6.5in", "189g".
    private static readonly Dictionary<string, string> GluedOnly = new(StringComparer.Ordinal)
    {
        ["C"] = "°C",
        ["F"] = "°F",
        ["in"] = "in",
        ["g"] = "g",
        ["t"] = "t",
        ["Nm"] = "Nm",
        ["MP"] = "MP",
    };

    /// <summary>The scale after a degree (<c>C</c>, <c>Fahrenheit</c>), with where it ends; a plain degree otherwise.</summary>
    private static (string Unit, int End) Scale(IReadOnlyList<string> words, int at)
    {
        var scale = at < words.Count ? words[at] : "";
        if (scale is "C" or "c" || scale.Equals("Celsius", StringComparison.OrdinalIgnoreCase) || scale.Equals("centigrade", StringComparison.OrdinalIgnoreCase))
        {
            return ("°C", at + 1);
        }
        if (scale is "F" or "f" || scale.Equals("Fahrenheit", StringComparison.OrdinalIgnoreCase))
        {
            return ("°F", at + 1);
        }
        return ("degree", at);
    }

    /// <summary>The number of a token the tokenizer keeps whole after a prefix: <c>sub-300</c> → 300, <c>minus-260</c> → −260.</summary>
    private static double? Prefixed(string w)
    {
        var hyphen = w.IndexOf('-', StringComparison.Ordinal);
        if (hyphen < 3 || hyphen + 1 >= w.Length || !char.IsAsciiDigit(w[hyphen + 1]) || !NotDesignations.Contains(w[..hyphen])
            || !NumberWords.TryParseDigits(w[(hyphen + 1)..], out var value, out _))
        {
            return null;
        }
        return w.StartsWith("minus", StringComparison.OrdinalIgnoreCase) ? -value : value;
    }

    /// <summary>What follows a number makes it a percentage, an amount or a quantity.</summary>
    private static Entity? Suffixed(IReadOnlyList<string> words, int start, int end, double value)
    {
        if (end >= words.Count)
        {
            return null;
        }
        var next = words[end];
        if (next is "%" or "percent" or "pct" or "Percent" || next is "per" or "Per" && end + 1 < words.Count && words[end + 1] is "cent" or "Cent")
        {
            var percentEnd = next is "per" or "Per" ? end + 2 : end + 1;
            return new Entity(EntityLabel.PERCENT, start, percentEnd) { Number = value, Unit = "%", Value = NumberWords.Format(value) };
        }
        if (CurrencyCodes.Contains(next))
        {
            return Money(start, end + 1, value, next);
        }
        if (next.Length == 4 && next[3] == '=' && CurrencyCodes.Contains(next[..3]))
        {
            // "108.79 JPY=": a rate quoted with its Reuters instrument code.
            return Money(start, end + 1, value, next[..3]);
        }
        if (DollarAdjectives.TryGetValue(next, out var dollarCode) && end + 1 < words.Count && words[end + 1].StartsWith("dollar", StringComparison.OrdinalIgnoreCase))
        {
            return Money(start, end + 2, value, dollarCode);
        }
        if (next is "New" or "Hong" && end + 2 < words.Count && DollarAdjectives.TryGetValue(words[end + 1], out dollarCode)
            && words[end + 2].StartsWith("dollar", StringComparison.OrdinalIgnoreCase))
        {
            return Money(start, end + 3, value, dollarCode);
        }
        if (CountryCurrency(words, end) is var (countryCode, countryEnd))
        {
            return Money(start, countryEnd, value, countryCode);
        }
        if (CurrencySigns.TryGetValue(next, out var trailingSign) && (end + 1 >= words.Count || !char.IsAsciiDigit(words[end + 1][0])))
        {
            // "15 €", "100 ₾", "10 $ is not much": the sign after the amount, as much of Europe writes it; not a
            // sign with digits after it, which starts the next amount.
            return Money(start, end + 1, value, trailingSign);
        }
        if (next is "lb" or "lbs" or "pound" or "pounds" or "lb." && end + 2 < words.Count && words[end + 1] == "-" && words[end + 2] is "ft" or "ft." or "feet" or "foot")
        {
            // "295 lb-ft of torque": pound-feet, not pounds.
            return Quantity(start, end + 3, value, "lb-ft");
        }
        if (next.Equals("light", StringComparison.OrdinalIgnoreCase) && end + 2 < words.Count && words[end + 1] == "-" && words[end + 2].StartsWith("year", StringComparison.OrdinalIgnoreCase))
        {
            // "13.4 billion light-years", which the tokenizer parts at its hyphen.
            return Quantity(start, end + 3, value, "ly");
        }
        if ((next.EndsWith("watt", StringComparison.OrdinalIgnoreCase) || next.EndsWith("watts", StringComparison.OrdinalIgnoreCase))
            && end + 2 < words.Count && words[end + 1] == "-" && words[end + 2].StartsWith("hour", StringComparison.OrdinalIgnoreCase)
            && UnitWords.TryGetValue(next, out var power) && power is "kW" or "MW" or "GW" or "TW" or "W")
        {
            // "200 megawatt-hours", which the tokenizer parts at its hyphen.
            return Quantity(start, end + 3, value, power + "h");
        }
        if (next.Equals("nautical", StringComparison.OrdinalIgnoreCase) && end + 1 < words.Count && words[end + 1].StartsWith("mile", StringComparison.OrdinalIgnoreCase))
        {
            return Quantity(start, end + 2, value, "nmi");
        }
        if (next == "in" && start > 0 && words[start - 1] is "ft" or "ft." or "feet" or "foot" or "′" or "'" && (end + 1 >= words.Count || !char.IsLetterOrDigit(words[end + 1][0]) || char.IsUpper(words[end + 1][0])))
        {
            // "6ft 2in", "5 feet 10 in": inches after feet.
            return Quantity(start, end + 1, value, "in");
        }
        if (BasisPointsEnd(words, end) is var basisEnd and > 0)
        {
            // "50 basis points", "a 25-basis-point hike".
            return Quantity(start, basisEnd, value, "bp");
        }
        if (next is "bps" or "bp" or "bp." or "bps.")
        {
            // "3 bps": basis points, as bond and rate reports write them.
            return Quantity(start, end + 1, value, "bp");
        }
        if (next is "g" or "Nm")
        {
            // "189 g", "400 Nm": a lower-case g after a number is grams; newton metres of torque.
            return Quantity(start, end + 1, value, next);
        }
        if (next.StartsWith("pound", StringComparison.OrdinalIgnoreCase) && next.Length <= 6)
        {
            // Money after a magnitude or before "sterling" ("5 million pounds", "5 pounds sterling"); weight otherwise.
            var sterling = end + 1 < words.Count && words[end + 1].Equals("sterling", StringComparison.OrdinalIgnoreCase);
            // "5.1 million pounds of thrust", "2 million pounds of beef": what is weighed after "of".
            var weighed = end + 2 < words.Count && words[end + 1] == "of" && words[end + 2].ToLowerInvariant() is "thrust" or "force" or "meat" or "beef"
                or "pork" or "chicken" or "food" or "cargo" or "waste" or "trash" or "garbage" or "debris" or "sugar" or "coal" or "steel" or "cocaine"
                or "marijuana" or "drugs" or "fish" or "ice" or "explosives" or "ammunition" or "plastic" or "material" or "materials" or "produce" or "grain" or "tnt"
                || start > 1 && words[start - 1] == "of" && words[start - 2].ToLowerInvariant() is "thrust" or "weight" or "force"; // "a thrust of 8.8 million pounds"
            if (sterling || NumberWords.TryMagnitude(words[end - 1], out _) && !weighed)
            {
                return Money(start, sterling ? end + 2 : end + 1, value, "GBP");
            }
            return Quantity(start, end + 1, value, "lb");
        }
        if (CurrencyWords.TryGetValue(next, out var currency))
        {
            var amount = currency.Factor == 1 ? value : Math.Round(value * currency.Factor, 10);
            return Money(start, end + 1, amount, currency.Code);
        }
        if (next == "-" && end + 3 < words.Count && words[end + 1].ToLowerInvariant() is "square" or "cubic" && words[end + 2] == "-"
            && UnitOrMetre(words[end + 3]) is var hyphenSide && hyphenSide is "km" or "m" or "mile" or "ft" or "cm")
        {
            // "a 2,000-square-foot house", "a 5-cubic-metre tank".
            return Quantity(start, end + 4, value, hyphenSide + (words[end + 1].Equals("square", StringComparison.OrdinalIgnoreCase) ? "2" : "3"));
        }
        // "44-day", "10-km", "a 10-year-old": the adjective form with the tokenizer's hyphen.
        if (next == "-" && end + 1 < words.Count && UnitWords.TryGetValue(words[end + 1], out var hyphenUnit))
        {
            var unitEnd = end + 2;
            if (unitEnd + 1 < words.Count && words[unitEnd] == "-" && words[unitEnd + 1].Equals("old", StringComparison.OrdinalIgnoreCase))
            {
                unitEnd += 2;
            }
            return Quantity(start, unitEnd, value, hyphenUnit);
        }
        if (next is "square" or "sq" or "sq." && end + 1 < words.Count && UnitOrMetre(words[end + 1]) is var side && side is "km" or "m" or "mile" or "ft")
        {
            return Quantity(start, end + 2, value, side + "2");
        }
        if (next is "cubic" && end + 1 < words.Count && UnitOrMetre(words[end + 1]) is var edge && edge is "m" or "km" or "ft" or "cm")
        {
            return Quantity(start, end + 2, value, edge + "3");
        }
        if (next == "G" && value is 2 or 3 or 4 or 5 or 6 && end == start + 1)
        {
            // "5G", "4G": a generation of mobile networks, which the tokenizer parts from its number.
            return Quantity(start, end + 1, value, "G");
        }
        if (next is "l" or "L" && words[end - 1].Contains('.', StringComparison.Ordinal))
        {
            // "a 2.0L engine": litres after a decimal; "l" alone is too often something else.
            return Quantity(start, end + 1, value, "l");
        }
        if (next is "m" or "M")
        {
            // Millions before a count ("5m people"), metres otherwise ("a 10m wall").
            var after = end + 1 < words.Count ? words[end + 1] : "";
            if (CurrencyWords.TryGetValue(after, out var inMillions) && inMillions.Factor == 1)
            {
                return Money(start, end + 2, Math.Round(NumberWords.Times(value, 1e6), 6), inMillions.Code);
            }
            if (after.Length > 2 && char.IsLower(after[0]) && (after[^1] == 's' || CountPlurals.Contains(after)))
            {
                var millions = Math.Round(NumberWords.Times(value, 1e6), 6);
                return new Entity(EntityLabel.CARDINAL, start, end + 1) { Number = millions, Value = NumberWords.Format(millions) };
            }
            return Quantity(start, end + 1, value, "m");
        }
        if (next == "A" && end + 1 < words.Count && words[end + 1] == "/")
        {
            // "1.3 A/cm2": amperes only in a rate; "A" alone is too often a name or a grade.
            return Quantity(start, end + 1, value, "A");
        }
        if (UnitWords.TryGetValue(next, out var unit))
        {
            var unitEnd = end + 1;
            if (unit == "degree")
            {
                (unit, unitEnd) = Scale(words, unitEnd);
            }
            return Quantity(start, unitEnd, value, unit);
        }
        return null;
    }

    /// <summary>A currency named by its country after the amount (<c>20 Mexican pesos</c>, <c>South African rand</c>), with where it ends.</summary>
    private static (string Code, int End)? CountryCurrency(IReadOnlyList<string> words, int at)
    {
        if (at + 1 >= words.Count || !char.IsUpper(words[at][0]))
        {
            return null;
        }
        var adjective = words[at].ToLowerInvariant();
        var next = at + 1;
        if (adjective == "south" && next + 1 < words.Count && words[next] is "African" or "Korean")
        {
            adjective = words[next].ToLowerInvariant();
            next++;
        }
        var currency = words[next].ToLowerInvariant();
        var singular = currency.Length > 3 && currency[^1] == 's' ? currency[..^1] : currency;
        return CountryCurrencies.TryGetValue((adjective, currency), out var code) || CountryCurrencies.TryGetValue((adjective, singular), out code)
            ? (code, next + 1)
            : null;
    }

    /// <summary>A unit's symbol, "m" included (metres after "square" and "cubic"), or null.</summary>
    private static string? UnitOrMetre(string word) => word is "m" ? "m" : UnitWords.GetValueOrDefault(word);

    private static Entity Quantity(int start, int end, double value, string unit) =>
        new(EntityLabel.QUANTITY, start, end) { Number = value, Unit = unit, Value = NumberWords.Format(value) + " " + unit };

    private static Entity? Cardinal(IReadOnlyList<string> words, int start, int end, double value)
    {
        if (end == start + 1 && value == 1 && words[start].Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            var before = start > 0 ? words[start - 1] : "";
            var after = end < words.Count ? words[end] : "";
            if (PronounOneBefore.Contains(before) || PronounOneAfter.Contains(after))
            {
                return null;
            }
        }
        return new Entity(EntityLabel.CARDINAL, start, end) { Number = value, Value = NumberWords.Format(value) };
    }

    /// <summary><c>hundreds</c>, <c>tens of thousands</c>, <c>millions of dollars</c> (see remarks).</summary>
    private static Entity? MatchVague(IReadOnlyList<string> words, int i)
    {
        var end = i + 1;
        double magnitude;
        if (words[i].Equals("tens", StringComparison.OrdinalIgnoreCase) || words[i].Equals("hundreds", StringComparison.OrdinalIgnoreCase))
        {
            var factor = words[i].Length == 4 ? 10 : 100;
            if (i + 2 < words.Count && words[i + 1] == "of" && VaguePlurals.TryGetValue(words[i + 2], out var of) && of >= 1e3)
            {
                magnitude = factor * of;
                end = i + 3;
            }
            else if (factor == 100)
            {
                magnitude = 100;
            }
            else
            {
                return null;
            }
        }
        else
        {
            magnitude = VaguePlurals[words[i]];
        }
        if (end + 1 < words.Count && words[end] == "of" && CurrencyWords.TryGetValue(words[end + 1], out var currency) && currency.Factor == 1)
        {
            return new Entity(EntityLabel.MONEY, i, end + 2) { Number = magnitude, Unit = currency.Code, Value = "~" + NumberWords.Format(magnitude) + " " + currency.Code };
        }
        return new Entity(EntityLabel.CARDINAL, i, end) { Number = magnitude, Value = "~" + NumberWords.Format(magnitude) };
    }

    /// <summary>
    /// A number at <paramref name="i"/>: digits or words, then a magnitude (<c>million</c>, <c>bn</c>,
    /// <c>dozen</c>; <c>m</c> and <c>b</c> only for money).
    /// </summary>
    private static bool TryNumber(IReadOnlyList<string> words, int i, bool money, out double value, out int end, out bool ordinal)
    {
        ordinal = false;
        if (NumberWords.TryParseDigits(words[i], out var digits, out _))
        {
            (value, end) = WithMagnitude(words, i + 1, digits, money);
            return true;
        }
        if (NumberWords.TryParseWords(words, i, out value, out end, out ordinal))
        {
            if (!ordinal && end < words.Count && words[end].Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                value *= 12;
                end++;
            }
            return true;
        }
        value = 0;
        end = i;
        return false;
    }

    private static (double Value, int End) WithMagnitude(IReadOnlyList<string> words, int at, double value, bool money)
    {
        if (at >= words.Count)
        {
            return (value, at);
        }
        if (money && words[at] == "-" && at + 1 < words.Count && words[at + 1].Length >= 5 && NumberWords.TryMagnitude(words[at + 1], out _))
        {
            // "a $400-million-a-year business": the magnitude after a hyphen.
            at++;
        }
        var next = words[at];
        if (!NumberWords.TryMagnitude(next, out var factor))
        {
            if (!money)
            {
                return (value, at);
            }
            factor = next is "m" or "M" ? 1e6 : next is "b" or "B" ? 1e9 : next is "T" ? 1e12 : 0;
            if (factor == 0)
            {
                return (value, at);
            }
        }
        // Rounded so that 1.2 × 10⁹ is 1200000000, not 1200000000.0000002.
        return (Math.Round(NumberWords.Times(value, factor), 6), at + 1);
    }

    /// <summary>The number of a name such as <c>F-16</c>, <c>Su-25</c>, <c>Covid-19</c>: a word, a hyphen, then digits.</summary>
    private static bool IsDesignation(IReadOnlyList<string> words, int i) =>
        i >= 2 && words[i - 1] == "-" && words[i - 2] is { Length: > 0 } left && char.IsLetter(left[0]) && !NumberWords.IsNumberWord(left)
        && !NotDesignations.Contains(left);

}
