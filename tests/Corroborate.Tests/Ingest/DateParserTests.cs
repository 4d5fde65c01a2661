using Corroborate.Documents;
using Corroborate.Ingest;

namespace Corroborate.Tests.Ingest;

public class DateParserTests
{
    [Theory]
    [InlineData("08/12/2023 - 14:21", "2023-12-08T14:21", DatePrecision.Minute)]
    [InlineData("2023-12-07", "2023-12-07", DatePrecision.Day)]
    [InlineData("2023-12-07T10:00:00+04:00", "2023-12-07T10:00:00+04:00", DatePrecision.Second)]
    [InlineData("2023-12-07T10:00:00.123Z", "2023-12-07T10:00:00Z", DatePrecision.Second)]
    [InlineData("Thu, 07 Dec 2023 14:21:00 +0400", "2023-12-07T14:21:00+04:00", DatePrecision.Second)]
    [InlineData("Sat, 07 Sep 2002 00:00:01 GMT ", "2002-09-07T00:00:01Z", DatePrecision.Second)]
    [InlineData("7 December 2023", "2023-12-07", DatePrecision.Day)]
    [InlineData("Dec. 7, 2023 10:30 PM", "2023-12-07T22:30", DatePrecision.Minute)]
    [InlineData("12/25/2023", "2023-12-25", DatePrecision.Day)]
    [InlineData("December 2020", "2020-12", DatePrecision.Month)]
    public void Reads_the_date_with_the_precision_it_states(string text, string iso, DatePrecision precision)
    {
        var date = DateParser.Parse(text);
        Assert.NotNull(date);
        Assert.Equal(iso, date.ToString());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31/02/2023")]
    [InlineData("2023-13-01")]
    public void Rejects_what_is_not_a_real_date(string text) => Assert.Null(DateParser.Parse(text));

    [Fact]
    public void Round_trips_through_its_text_form()
    {
        var date = new PublicationDate(new DateTime(2023, 12, 8, 14, 21, 0), DatePrecision.Minute);
        Assert.Equal(date, PublicationDate.Parse(date.ToString(), date.Precision));
    }
}
