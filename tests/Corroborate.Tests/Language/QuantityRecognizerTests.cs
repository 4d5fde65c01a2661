using System.Globalization;
using Corroborate.Language;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Language;

/// <summary>An entity with the text it covers, for assertions that read like the sentence.</summary>
public sealed record Found(EntityLabel Label, string Text, string? Value, double? Number, string? Unit, string? Precision)
{
    public override string ToString() => $"{Label} [{Text}] {Value}";
}

/// <summary>Runs the recognizers over a text the way the pipeline does: tokenizer words in, entities out.</summary>
internal static class Recognize
{
    public static readonly DateTimeOffset Published = new(2023, 12, 7, 12, 0, 0, TimeSpan.FromHours(4)); // a Thursday

    public static (string[] Words, TextSpan[] Spans) Words(string text)
    {
        var spans = Tokenizer.Tokenize(text);
        return ([.. spans.Select(s => text.Substring(s.Start, s.Length))], spans);
    }

    public static Found[] All(string text, DateTimeOffset? published) => Describe(text, words => NumericEntities.Find(words, published));

    public static Found[] Quantities(string text) => Describe(text, QuantityRecognizer.Find);

    public static Found[] Temporal(string text, DateTimeOffset? published) => Describe(text, words => TemporalRecognizer.Find(words, published));

    private static Found[] Describe(string text, Func<IReadOnlyList<string>, IReadOnlyList<Entity>> find)
    {
        var (words, spans) = Words(text);
        return
        [
            .. find(words).Select(e =>
            {
                var from = spans[e.Start].Start;
                var to = spans[e.End - 1].End;
                return new Found(e.Label, text[from..to], e.Value, e.Number, e.Unit, e.Precision);
            }),
        ];
    }

    /// <summary>The one entity whose text is <paramref name="span"/>.</summary>
    public static Found Single(Found[] found, string span)
    {
        var matches = found.Where(f => f.Text == span).ToArray();
        Assert.True(matches.Length == 1, $"expected one entity [{span}], found: {string.Join("; ", found.Select(f => f.ToString()))}");
        return matches[0];
    }
}

public class QuantityRecognizerTests
{
    [Theory]
    [InlineData("Azerbaijan released 32 soldiers.", "32", 32)]
    [InlineData("Armenia released two soldiers.", "two", 2)]
    [InlineData("There were twenty-one of them.", "twenty-one", 21)]
    [InlineData("Some 1,200 troops left.", "1,200", 1200)]
    [InlineData("It has 3.5 million people.", "3.5 million", 3500000)]
    [InlineData("A dozen eggs.", "A dozen", 12)]
    [InlineData("two dozen eggs", "two dozen", 24)]
    [InlineData("one hundred and five", "one hundred and five", 105)]
    [InlineData("a hundred and fifty", "a hundred and fifty", 150)]
    [InlineData("two million three hundred thousand", "two million three hundred thousand", 2300000)]
    [InlineData("It fell to -5 overnight.", "-5", -5)]
    [InlineData("5m people were displaced.", "5m", 5000000)]
    [InlineData("One of them was freed.", "One", 1)]
    [InlineData("Only one of the prisoners is ill.", "one", 1)]
    public void Finds_cardinals(string text, string span, double number)
    {
        var found = Recognize.Single(Recognize.Quantities(text), span);
        Assert.Equal(EntityLabel.CARDINAL, found.Label);
        Assert.Equal(number, found.Number);
        Assert.Equal(number.ToString("0.##########", CultureInfo.InvariantCulture), found.Value);
        Assert.Null(found.Unit);
    }

    [Theory]
    [InlineData("It is the third attempt.", "third", 3)]
    [InlineData("The 21st round.", "21st", 21)]
    [InlineData("The twenty-first round.", "twenty-first", 21)]
    [InlineData("Its 2nd and 3rd.", "2nd", 2)]
    [InlineData("the one hundredth day", "one hundredth", 100)]
    [InlineData("the 1,000th visitor", "1,000th", 1000)]
    public void Finds_ordinals(string text, string span, double number)
    {
        var found = Recognize.Single(Recognize.Quantities(text), span);
        Assert.Equal(EntityLabel.ORDINAL, found.Label);
        Assert.Equal(number, found.Number);
    }

    [Theory]
    [InlineData("Growth was 3.5% last year.", "3.5%")]
    [InlineData("Growth was 3.5 per cent.", "3.5 per cent")]
    [InlineData("Growth was 3.5 percent.", "3.5 percent")]
    public void Finds_percentages(string text, string span)
    {
        var found = Recognize.Single(Recognize.Quantities(text), span);
        Assert.Equal(EntityLabel.PERCENT, found.Label);
        Assert.Equal(3.5, found.Number);
        Assert.Equal("%", found.Unit);
        Assert.Equal("3.5", found.Value);
    }

    [Theory]
    [InlineData("a $1.2bn deal", "$1.2bn", 1.2e9, "USD")]
    [InlineData("a €30 million loan", "€30 million", 3e7, "EUR")]
    [InlineData("It costs £5.", "£5", 5, "GBP")]
    [InlineData("It costs £5m.", "£5m", 5e6, "GBP")]
    [InlineData("It cost 5 million euros.", "5 million euros", 5e6, "EUR")]
    [InlineData("It cost AZN 100.", "AZN 100", 100, "AZN")]
    [InlineData("It cost 100 AZN.", "100 AZN", 100, "AZN")]
    [InlineData("It cost 100 manats.", "100 manats", 100, "AZN")]
    [InlineData("It cost 1.5 trillion rubles.", "1.5 trillion rubles", 1.5e12, "RUB")]
    [InlineData("It cost 50 cents.", "50 cents", 0.5, "USD")]
    [InlineData("It cost US$5 million.", "US$5 million", 5e6, "USD")]
    [InlineData("It cost 20 US dollars.", "20 US dollars", 20, "USD")]
    [InlineData("It cost 3 million pounds.", "3 million pounds", 3e6, "GBP")]
    [InlineData("They spent 400 million drams.", "400 million drams", 4e8, "AMD")]
    [InlineData("a two billion dollar deal", "two billion dollar", 2e9, "USD")]
    [InlineData("It cost millions of dollars.", "millions of dollars", 1e6, "USD")]
    public void Finds_money(string text, string span, double amount, string currency)
    {
        var found = Recognize.Single(Recognize.Quantities(text), span);
        Assert.Equal(EntityLabel.MONEY, found.Label);
        Assert.Equal(amount, found.Number);
        Assert.Equal(currency, found.Unit);
        Assert.EndsWith(" " + currency, found.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("after the 44-day war", "44-day", 44, "day")]
    [InlineData("a 10 km drive", "10 km", 10, "km")]
    [InlineData("a 10km drive", "10km", 10, "km")]
    [InlineData("It weighs 5 kg.", "5 kg", 5, "kg")]
    [InlineData("He served 3 years in prison.", "3 years", 3, "year")]
    [InlineData("It is 200 miles away.", "200 miles", 200, "mile")]
    [InlineData("a 10-year-old boy", "10-year-old", 10, "year")]
    [InlineData("a 10m wall", "10m", 10, "m")]
    [InlineData("It weighs 200 pounds.", "200 pounds", 200, "lb")]
    [InlineData("some 4,400 square kilometres", "4,400 square kilometres", 4400, "km2")]
    [InlineData("It was 30 degrees Celsius.", "30 degrees Celsius", 30, "°C")]
    [InlineData("a 2,000 MW plant", "2,000 MW", 2000, "MW")]
    [InlineData("a two-day visit", "two-day", 2, "day")]
    public void Finds_quantities(string text, string span, double number, string unit)
    {
        var found = Recognize.Single(Recognize.Quantities(text), span);
        Assert.Equal(EntityLabel.QUANTITY, found.Label);
        Assert.Equal(number, found.Number);
        Assert.Equal(unit, found.Unit);
        Assert.Equal(number.ToString("0.##########", CultureInfo.InvariantCulture) + " " + unit, found.Value);
    }

    [Fact]
    public void People_counts_are_cardinals_over_the_number_only()
    {
        var found = Assert.Single(Recognize.Quantities("About 500 people were evacuated."));
        Assert.Equal(new Found(EntityLabel.CARDINAL, "500", "500", 500, null, null), found);
    }

    [Theory]
    [InlineData("hundreds", "~100", 100)]
    [InlineData("thousands", "~1000", 1000)]
    [InlineData("dozens", "~12", 12)]
    [InlineData("tens of thousands", "~10000", 10000)]
    [InlineData("hundreds of thousands", "~100000", 100000)]
    public void Vague_plurals_are_cardinals_marked_approximate(string words, string value, double number)
    {
        var found = Recognize.Single(Recognize.Quantities($"They detained {words} of protesters."), words);
        Assert.Equal(EntityLabel.CARDINAL, found.Label);
        Assert.Equal(value, found.Value);
        Assert.Equal(number, found.Number);
    }

    [Theory]
    [InlineData("I may go.")]
    [InlineData("They march on.")]
    [InlineData("The sun rose.")]
    [InlineData("No one came.")]
    [InlineData("Additionally, one shouldn't rule out revanchist sentiments.")]
    [InlineData("One can see why.")]
    [InlineData("This is the one that matters.")]
    [InlineData("They love one another.")]
    [InlineData("An F-16 and a Su-25 flew over; Covid-19 spread.")]
    [InlineData("Call 713-853-3989 at 14:21 on 08/12/2023.")]
    public void Finds_no_numbers_in_words_that_only_look_like_them(string text) =>
        Assert.Empty(Recognize.Quantities(text));

    [Theory]
    [InlineData("They were detained in December 2020.")]
    [InlineData("They were detained in 2020.")]
    [InlineData("They were captured during the 2020 escalation.")]
    [InlineData("Talks have stalled since 1994.")]
    public void Leaves_years_to_the_temporal_recognizer(string text) =>
        Assert.DoesNotContain(Recognize.Quantities(text), f => f.Label == EntityLabel.CARDINAL);

    [Fact]
    public void Counts_in_the_range_of_years_are_numbers_when_a_unit_or_currency_says_so()
    {
        Assert.Equal(EntityLabel.QUANTITY, Recognize.Single(Recognize.Quantities("a 2000 km pipeline"), "2000 km").Label);
        Assert.Equal(EntityLabel.MONEY, Recognize.Single(Recognize.Quantities("It costs $2000."), "$2000").Label);
        Assert.Equal(EntityLabel.CARDINAL, Recognize.Single(Recognize.Quantities("some 2000 soldiers"), "2000").Label);
    }

    [Fact]
    public void Results_are_read_only_and_in_order()
    {
        var (words, _) = Recognize.Words("32 soldiers, 3.5%, $5 and the third day");
        var found = QuantityRecognizer.Find(words);
        Assert.False(found is List<Entity>);
        Assert.Throws<NotSupportedException>(() => ((IList<Entity>)found).Add(new Entity(EntityLabel.CARDINAL, 0, 1)));
        Assert.Equal(found.OrderBy(e => e.Start), found);
        Assert.All(found.Zip(found.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    // Property tests: numbers written out come back as themselves.

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Integers_in_digits_with_thousands_separators_parse_back()
    {
        var numbers = Gen.Choose(int.MinValue, int.MaxValue).Select(n => (long)n * (n % 3 == 0 ? 1000L : 1L)).ToArbitrary();
        return Prop.ForAll(numbers, n =>
        {
            var text = n.ToString("N0", CultureInfo.InvariantCulture);
            var found = Recognize.Quantities($"They counted {text} in all.");
            return found.Length == 1 && found[0].Label == EntityLabel.CARDINAL && found[0].Number == n && found[0].Text == text;
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Numbers_up_to_999999_spelled_in_English_parse_back()
    {
        var numbers = Gen.Choose(0, 999_999).Zip(Gen.Elements(true, false)).ToArbitrary();
        return Prop.ForAll(numbers, pair =>
        {
            var (n, british) = pair;
            var text = Spell(n, british);
            var found = Recognize.Quantities(text);
            return found.Length == 1 && found[0].Label == EntityLabel.CARDINAL && found[0].Number == n && found[0].Text == text;
        });
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(21, "twenty-one")]
    [InlineData(105, "one hundred and five")]
    [InlineData(999_999, "nine hundred and ninety-nine thousand nine hundred and ninety-nine")]
    [InlineData(1_000, "one thousand")]
    [InlineData(1_001, "one thousand and one")]
    public void The_speller_used_by_the_property_writes_english(int n, string words) => Assert.Equal(words, Spell(n, british: true));

    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] TensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>English words for 0..999999, with the British "and" before the last part or without it.</summary>
    private static string Spell(int n, bool british)
    {
        if (n == 0)
        {
            return "zero";
        }
        var parts = new List<string>();
        var thousands = n / 1000;
        var rest = n % 1000;
        if (thousands > 0)
        {
            parts.Add(Below1000(thousands, british) + " thousand");
        }
        if (rest > 0)
        {
            parts.Add(thousands > 0 && rest < 100 && british ? "and " + Below1000(rest, british) : Below1000(rest, british));
        }
        return string.Join(" ", parts);
    }

    private static string Below1000(int n, bool british)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        var below100 = rest < 20 ? Small[rest] : TensWords[rest / 10] + (rest % 10 > 0 ? "-" + Small[rest % 10] : "");
        if (hundreds == 0)
        {
            return below100;
        }
        var head = Small[hundreds] + " hundred";
        return rest == 0 ? head : head + (british ? " and " : " ") + below100;
    }
}
