using Corroborate.Language;

namespace Corroborate.Tests.Language;

public class TemporalRecognizerTests
{
    // Thursday 7 December 2023, the day of the prisoner exchange.
    private static readonly DateTimeOffset Published = Recognize.Published;

    private static Found One(string text, string span, DateTimeOffset? published) =>
        Recognize.Single(Recognize.All(text, published), span);

    [Theory]
    [InlineData("It was signed on 7 December 2023.", "7 December 2023", "2023-12-07")]
    [InlineData("It was signed on 7th December 2023.", "7th December 2023", "2023-12-07")]
    [InlineData("It was signed on the 7th of December, 2023.", "the 7th of December, 2023", "2023-12-07")]
    [InlineData("It was signed on December 7, 2023.", "December 7, 2023", "2023-12-07")]
    [InlineData("It was signed on December 7th 2023.", "December 7th 2023", "2023-12-07")]
    [InlineData("It was signed on Thursday, December 7, 2023.", "Thursday, December 7, 2023", "2023-12-07")]
    [InlineData("Thu, 07 Dec 2023 10:30:00 GMT", "Thu, 07 Dec 2023", "2023-12-07")]
    [InlineData("It was signed on 2023-12-07.", "2023-12-07", "2023-12-07")]
    [InlineData("It was signed on 07.12.2023.", "07.12.2023", "2023-12-07")]
    [InlineData("It was signed on 07-12-2023.", "07-12-2023", "2023-12-07")]
    [InlineData("It was signed on 12/25/2023.", "12/25/2023", "2023-12-25")]
    [InlineData("It was signed on 25/12/2023.", "25/12/2023", "2023-12-25")]
    [InlineData("It was signed on 1 May 2021.", "1 May 2021", "2021-05-01")]
    public void Reads_absolute_days_in_every_news_form(string text, string span, string value)
    {
        // Absolute dates need no publication date.
        foreach (var published in new DateTimeOffset?[] { Published, null })
        {
            var found = One(text, span, published);
            Assert.Equal(EntityLabel.DATE, found.Label);
            Assert.Equal(value, found.Value);
            Assert.Equal("day", found.Precision);
        }
    }

    [Theory]
    [InlineData("12/7/2023", "2023-12-07", "2023-07-12")]
    [InlineData("08/12/2023", "2023-12-08", "2023-12-08")]
    [InlineData("7/12/2023", "2023-12-07", "2023-12-07")]
    public void Reads_ambiguous_slashed_dates_nearest_to_publication_else_day_first(string date, string withPublication, string without)
    {
        Assert.Equal(withPublication, One($"Dated {date}.", date, Published).Value);
        Assert.Equal(without, One($"Dated {date}.", date, null).Value);
    }

    [Theory]
    [InlineData("It happened on Dec. 7.", "Dec. 7", "2023-12-07")]
    [InlineData("It happened on December 7.", "December 7", "2023-12-07")]
    [InlineData("It happened on May 5.", "May 5", "2023-05-05")]
    [InlineData("Talks will resume on January 10.", "January 10", "2024-01-10")]
    [InlineData("It happened on 7-8 December.", "7-8 December", "2023-12-07/2023-12-08")]
    public void Gives_days_without_a_year_the_publication_year_or_the_next_when_future(string text, string span, string value)
    {
        Assert.Equal(value, One(text, span, Published).Value);
        var unresolved = One(text, span, null);
        Assert.Null(unresolved.Value);
        Assert.Equal(EntityLabel.DATE, unresolved.Label);
    }

    [Theory]
    [InlineData("They were detained in December 2020.", "December 2020", "2020-12", "month")]
    [InlineData("They were detained in December of 2020.", "December of 2020", "2020-12", "month")]
    [InlineData("It began in May 2021.", "May 2021", "2021-05", "month")]
    [InlineData("They were captured during the 2020 escalation.", "2020", "2020", "year")]
    [InlineData("It began in 1994.", "1994", "1994", "year")]
    [InlineData("It began in early 2024.", "early 2024", "2024", "year")]
    [InlineData("It began in mid-2023.", "mid-2023", "2023", "year")]
    [InlineData("It lasted from 2020-2023.", "2020-2023", "2020/2023", "range")]
    [InlineData("It was a feature of the 1990s.", "the 1990s", "199", "decade")]
    [InlineData("It was a feature of the '90s.", "the '90s", "199", "decade")]
    [InlineData("It was built in the 19th century.", "the 19th century", "18", "century")]
    [InlineData("It was built in the twentieth century.", "the twentieth century", "19", "century")]
    [InlineData("It was built in the 1800s.", "the 1800s", "18", "century")]
    [InlineData("Profits rose in the third quarter of 2023.", "the third quarter of 2023", "2023-Q3", "quarter")]
    [InlineData("Profits rose in Q3 2023.", "Q3 2023", "2023-Q3", "quarter")]
    [InlineData("It was hot in the summer of 2019.", "the summer of 2019", "2019-SU", "season")]
    public void Reads_months_years_decades_centuries_quarters_and_seasons(string text, string span, string value, string precision)
    {
        foreach (var published in new DateTimeOffset?[] { Published, null })
        {
            var found = One(text, span, published);
            Assert.Equal(EntityLabel.DATE, found.Label);
            Assert.Equal(value, found.Value);
            Assert.Equal(precision, found.Precision);
        }
    }

    [Theory]
    [InlineData("They announced it on Thursday.", "Thursday", "2023-12-07")]
    [InlineData("They met on Monday.", "Monday", "2023-12-04")]
    [InlineData("Talks will resume on Monday.", "Monday", "2023-12-11")]
    [InlineData("They said on Friday that talks would go on.", "Friday", "2023-12-01")]
    [InlineData("They met last Thursday.", "last Thursday", "2023-11-30")]
    [InlineData("They meet next Thursday.", "next Thursday", "2023-12-14")]
    [InlineData("They meet this Saturday.", "this Saturday", "2023-12-09")]
    [InlineData("They met yesterday.", "yesterday", "2023-12-06")]
    [InlineData("They meet today.", "today", "2023-12-07")]
    [InlineData("They meet tomorrow.", "tomorrow", "2023-12-08")]
    [InlineData("They met the day before yesterday.", "the day before yesterday", "2023-12-05")]
    public void Resolves_weekdays_and_deictic_days(string text, string span, string value)
    {
        var found = One(text, span, Published);
        Assert.Equal(EntityLabel.DATE, found.Label);
        Assert.Equal(value, found.Value);
        Assert.Equal("day", found.Precision);
        var unresolved = One(text, span, null);
        Assert.Null(unresolved.Value);
        Assert.Equal("day", unresolved.Precision);
    }

    [Theory]
    [InlineData("They met last week.", "last week", "2023-W48", "week")]
    [InlineData("They meet this week.", "this week", "2023-W49", "week")]
    [InlineData("They meet next month.", "next month", "2024-01", "month")]
    [InlineData("They met last month.", "last month", "2023-11", "month")]
    [InlineData("They met last year.", "last year", "2022", "year")]
    [InlineData("They met late last year.", "late last year", "2022", "year")]
    [InlineData("They meet this year.", "this year", "2023", "year")]
    [InlineData("They were arrested this autumn.", "this autumn", "2023-FA", "season")]
    [InlineData("They were arrested this fall.", "this fall", "2023-FA", "season")]
    [InlineData("They were arrested last summer.", "last summer", "2023-SU", "season")]
    [InlineData("They meet next spring.", "next spring", "2024-SP", "season")]
    [InlineData("They were arrested in the spring.", "the spring", "2023-SP", "season")]
    [InlineData("They met in March.", "March", "2023-03", "month")]
    [InlineData("They met last March.", "last March", "2023-03", "month")]
    [InlineData("They met last December.", "last December", "2022-12", "month")]
    [InlineData("They meet next March.", "next March", "2024-03", "month")]
    [InlineData("It happened three years ago.", "three years ago", "2020", "year")]
    [InlineData("It happened two weeks ago.", "two weeks ago", "2023-W47", "week")]
    [InlineData("It happened 3 days ago.", "3 days ago", "2023-12-04", "day")]
    [InlineData("It happened a year ago.", "a year ago", "2022", "year")]
    [InlineData("It armed itself a few months ago.", "a few months ago", "2023-09", "month")]
    public void Resolves_deictic_weeks_months_years_and_seasons(string text, string span, string value, string precision)
    {
        var found = One(text, span, Published);
        Assert.Equal(EntityLabel.DATE, found.Label);
        Assert.Equal(value, found.Value);
        Assert.Equal(precision, found.Precision);
        var unresolved = One(text, span, null);
        Assert.Null(unresolved.Value);
        Assert.Equal(precision, unresolved.Precision);
    }

    [Theory]
    [InlineData("Talks have been on hold for the past few months.", "the past few months", "2023-09-01/2023-12-07")]
    [InlineData("Talks have been on hold for the last few weeks.", "the last few weeks", "2023-11-13/2023-12-07")]
    [InlineData("Talks have been on hold over the past three years.", "the past three years", "2020-12-07/2023-12-07")]
    [InlineData("Prices rose over the past week.", "the past week", "2023-11-30/2023-12-07")]
    [InlineData("Prices rose in the past 24 hours.", "the past 24 hours", "2023-12-06/2023-12-07")]
    [InlineData("Prices will rise in the next two weeks.", "the next two weeks", "2023-12-07/2023-12-21")]
    [InlineData("Prices will rise in the coming months.", "the coming months", "2023-12-07/2024-03-31")]
    [InlineData("Shelling intensified in recent days.", "recent days", "2023-12-04/2023-12-07")]
    [InlineData("Shelling intensified in recent months.", "recent months", "2023-09-01/2023-12-07")]
    [InlineData("Shelling intensified earlier this year.", "earlier this year", "2023-01-01/2023-12-07")]
    [InlineData("Shelling intensified earlier this month.", "earlier this month", "2023-12-01/2023-12-07")]
    [InlineData("Shelling will stop later this month.", "later this month", "2023-12-07/2023-12-31")]
    public void Resolves_ranges_as_intervals_of_days(string text, string span, string value)
    {
        var found = One(text, span, Published);
        Assert.Equal(EntityLabel.DATE, found.Label);
        Assert.Equal(value, found.Value);
        Assert.Equal("range", found.Precision);
        var unresolved = One(text, span, null);
        Assert.Null(unresolved.Value);
        Assert.Equal("range", unresolved.Precision);
    }

    [Theory]
    [InlineData("They fought for two weeks.", "two weeks", "P2W", 2.0, "week")]
    [InlineData("They fought for 44 days.", "44 days", "P44D", 44.0, "day")]
    [InlineData("They fought for nearly three years.", "three years", "P3Y", 3.0, "year")]
    [InlineData("They fought for more than two decades.", "two decades", "P20Y", 2.0, "decade")]
    [InlineData("They talked for 10 hours.", "10 hours", "PT10H", 10.0, "hour")]
    [InlineData("They talked for a week.", "a week", "P1W", 1.0, "week")]
    [InlineData("It was agreed within 30 minutes.", "30 minutes", "PT30M", 30.0, "minute")]
    [InlineData("They fought for years.", "years", "PXY", null, "year")]
    [InlineData("They fought for a few weeks.", "a few weeks", "PXW", null, "week")]
    public void Reads_durations_after_a_cue(string text, string span, string value, double? number, string unit)
    {
        foreach (var published in new DateTimeOffset?[] { Published, null })
        {
            var found = One(text, span, published);
            Assert.Equal(EntityLabel.DATE, found.Label);
            Assert.Equal(value, found.Value);
            Assert.Equal("duration", found.Precision);
            Assert.Equal(number, found.Number);
            Assert.Equal(unit, found.Unit);
        }
    }

    [Fact]
    public void Keeps_numbers_with_a_time_unit_as_quantities_without_a_cue()
    {
        Assert.Equal(new Found(EntityLabel.QUANTITY, "44-day", "44 day", 44, "day", null), One("after the 44-day war", "44-day", Published));
        Assert.Equal(EntityLabel.QUANTITY, One("He got 3 years in prison.", "3 years", Published).Label);
    }

    [Theory]
    [InlineData("They met at 10:30.", "10:30", "2023-12-07T10:30", "minute")]
    [InlineData("They met at 6 p.m.", "6 p.m.", "2023-12-07T18:00", "hour")]
    [InlineData("They met at 6pm.", "6pm", "2023-12-07T18:00", "hour")]
    [InlineData("They met at 7:30pm.", "7:30pm", "2023-12-07T19:30", "minute")]
    [InlineData("They met at 12 a.m.", "12 a.m.", "2023-12-07T00:00", "hour")]
    [InlineData("They met at six o'clock.", "six o'clock", "2023-12-07T06:00", "hour")]
    [InlineData("They met at 18:00 local time.", "18:00 local time", "2023-12-07T18:00", "minute")]
    [InlineData("They met at 14:00 GMT.", "14:00 GMT", "2023-12-07T14:00Z", "minute")]
    [InlineData("They met at midnight.", "midnight", "2023-12-07T00:00", "hour")]
    [InlineData("They met at noon.", "noon", "2023-12-07T12:00", "hour")]
    [InlineData("They met on 5 December at 10:30.", "10:30", "2023-12-05T10:30", "minute")]
    [InlineData("On Thursday evening they announced it.", "Thursday evening", "2023-12-07TEV", "part-of-day")]
    [InlineData("On Monday morning they announced it.", "Monday morning", "2023-12-04TMO", "part-of-day")]
    [InlineData("They announced it this morning.", "this morning", "2023-12-07TMO", "part-of-day")]
    [InlineData("They announced it last night.", "last night", "2023-12-06TNI", "part-of-day")]
    [InlineData("They announce it tonight.", "tonight", "2023-12-07TNI", "part-of-day")]
    [InlineData("They announced it yesterday evening.", "yesterday evening", "2023-12-06TEV", "part-of-day")]
    public void Reads_times_on_the_day_they_belong_to(string text, string span, string value, string precision)
    {
        var found = One(text, span, Published);
        Assert.Equal(EntityLabel.TIME, found.Label);
        Assert.Equal(value, found.Value);
        Assert.Equal(precision, found.Precision);
    }

    [Fact]
    public void Keeps_the_clock_of_a_time_without_a_day()
    {
        Assert.Equal("T10:30", One("They met at 10:30.", "10:30", null).Value);
        Assert.Null(One("On Thursday evening they met.", "Thursday evening", null).Value);
        Assert.Equal("2023-12-08T14:21", One("08/12/2023 - 14:21", "14:21", null).Value);
    }

    [Theory]
    [InlineData("I may go.")]
    [InlineData("They march on.")]
    [InlineData("The sun rose.")]
    [InlineData("May they succeed.")]
    [InlineData("March on, they said.")]
    [InlineData("Prices fall when supply grows.")]
    [InlineData("It marked the fall of the regime.")]
    [InlineData("Jan Kowalski and Sun Li met.")]
    [InlineData("The last day of the summit.")]
    [InlineData("This time might lay a good foundation.")]
    [InlineData("The score was 3:1.")]
    public void Finds_no_dates_in_words_that_only_look_like_them(string text) =>
        Assert.Empty(Recognize.Temporal(text, Published));

    [Fact]
    public void Reads_days_told_from_the_events_without_a_value()
    {
        var next = One("They left the next day.", "the next day", Published);
        Assert.Equal((EntityLabel.DATE, null, "day"), (next.Label, next.Value, next.Precision));
        var following = One("They left the following week.", "the following week", Published);
        Assert.Equal((EntityLabel.DATE, null, "week"), (following.Label, following.Value, following.Precision));
    }

    [Fact]
    public void Merged_entities_are_sorted_without_overlaps_and_dates_win()
    {
        var found = Recognize.All("On December 7, 2023, 32 soldiers held for two weeks were freed at 6 p.m.; 3.5% of them in 2020.", Published);
        Assert.Equal(
            [
                "DATE [December 7, 2023] 2023-12-07",
                "CARDINAL [32] 32",
                "DATE [two weeks] P2W",
                "TIME [6 p.m.] 2023-12-07T18:00",
                "PERCENT [3.5%] 3.5",
                "DATE [2020] 2020",
            ],
            found.Select(f => f.ToString()));
    }

    [Fact]
    public void Merged_result_of_a_sentence_without_numbers_is_empty() =>
        Assert.Empty(Recognize.All("Armenia and Azerbaijan agreed.", Published));

    // The two seed articles: every date and number in them, resolved against the dates they state.

    [SharedDataFact]
    public void Finds_every_date_and_number_in_the_Sputnik_seed()
    {
        // The dateline says 08/12/2023 - 14:21 (Astana time).
        var found = Seed("seeds/000_e9e3171e4863870b.txt", new DateTimeOffset(2023, 12, 8, 14, 21, 0, TimeSpan.FromHours(6)));
        Assert.Equal(
            [
                "CARDINAL [32] 32",
                "CARDINAL [two] 2",
                "DATE [08/12/2023] 2023-12-08",
                "TIME [14:21] 2023-12-08T14:21",
                "TIME [Thursday evening] 2023-12-07TEV",
                "CARDINAL [26] 26",
                "DATE [December 2020] 2020-12",
                "QUANTITY [44-day] 44 day",
                "CARDINAL [six] 6",
                "DATE [this autumn] 2023-FA",
                "CARDINAL [two] 2",
                "ORDINAL [third] 3",
                "DATE [the past few months] 2023-09-01/2023-12-08",
                "CARDINAL [32] 32",
                "CARDINAL [28] 28",
                "DATE [2020] 2020",
                "MONEY [$\u00a0451.27] 451.27 USD", // the ticker residue is separated by NO-BREAK SPACEs
                "CARDINAL [489.13] 489.13",
                "CARDINAL [4.87] 4.87",
            ],
            found);
    }

    [SharedDataFact]
    public void Finds_every_date_and_number_in_the_AzerNews_seed()
    {
        // The wire header says date 2023-12-07.
        var found = Seed("seeds/004_7f5bd2da033e4ba2.txt", new DateTimeOffset(2023, 12, 7, 0, 0, 0, TimeSpan.FromHours(4)));
        Assert.Equal(
            [
                "DATE [2023-12-07] 2023-12-07",
                "DATE [a few months ago] 2023-09",
                "CARDINAL [two] 2",
                "CARDINAL [32] 32",
                "CARDINAL [2] 2",
                "CARDINAL [32] 32",
                "CARDINAL [26] 26",
                "DATE [December 2020] 2020-12",
                "CARDINAL [6] 6",
                "CARDINAL [32] 32",
                "ORDINAL [third] 3",
            ],
            found);
    }

    /// <summary>Entities of a seed file, line by line (each line holds whole sentences).</summary>
    private static string[] Seed(string relative, DateTimeOffset published) =>
    [
        .. File.ReadAllLines(SharedData.File(relative))
            .SelectMany(line => Recognize.All(line, published))
            .Select(f => f.ToString()),
    ];
}
