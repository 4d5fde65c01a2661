using Corroborate.Claims;
using Corroborate.Events;
using Corroborate.Reports;

namespace Corroborate.Tests.Reports;

public sealed class ReportWordsTests
{
    [Theory]
    [InlineData("2020-12", "December 2020")]
    [InlineData("2023-12-07", "7 December 2023")]
    [InlineData("2023-12-07TEV", "7 December 2023, evening")]
    [InlineData("2023-FA", "autumn 2023")]
    [InlineData("2020-12-13/2023-12-13", "13 December 2020 – 13 December 2023")]
    [InlineData("2020", "2020")]
    public void Resolved_dates_read_as_words(string iso, string words) => Assert.Equal(words, ReportWords.Date(iso));

    private static readonly Citation Cite = new(1, "Coast Daily", 0, 0, 10, "Some text.");

    [Fact]
    public void A_counted_deed_reads_as_a_sentence_and_says_the_count_once()
    {
        var release = new Fact(FactKind.Event, "release", "RETREAT/release", Modality.Asserted, Cite)
        {
            Who = new FactParty("Azerbaijan", "AZE", "AZE"),
            Whom = new FactParty("32 Armenian servicemen", "ARM", "ARMMIL"),
            HowMany = 32,
            HowManyRole = "released",
        };
        Assert.Equal("Azerbaijan released 32 Armenian servicemen", ReportWords.Describe(release));
        var detained = release with { DidKey = "COERCE/arrest", Did = "arrest", Who = null, Whom = new FactParty("the protesters", null, ""), HowMany = 26, HowManyRole = "detained", When = "2020-12" };
        Assert.Equal("the protesters detained; 26 detained; December 2020", ReportWords.Describe(detained));
    }
}
