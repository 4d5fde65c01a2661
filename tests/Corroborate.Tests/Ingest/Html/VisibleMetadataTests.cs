using Corroborate.Ingest.Html;

namespace Corroborate.Tests.Ingest.Html;

public class VisibleMetadataTests
{
    [Theory]
    [InlineData("By Scott Gordon", "Scott Gordon")]
    [InlineData("By Julius Young | Fox News", "Julius Young")]
    [InlineData("BY LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", "Lisa Mascaro; Mary Clare Jalonick; Eric Tucker")]
    [InlineData("By Tariq Malik, Mike Wall 2019-11-18T22:05:36Z Spaceflight", "Tariq Malik; Mike Wall")]
    [InlineData("Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza")]
    [InlineData("By JERUSALEM POST STAFF", "")]
    [InlineData("Bystanders filmed the arrest", "")]
    public void Reads_the_names_of_a_by_line(string line, string expected) =>
        Assert.Equal(expected, string.Join("; ", VisibleMetadata.Byline([line], "Fox News")));

    [Theory]
    [InlineData("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019", "2019-11-18T16:07")]
    [InlineData("November 20, 2019 - 11:28 AMT", "2019-11-20T11:28")]
    [InlineData("19.11.2019, 08:57", "2019-11-19T08:57")]
    [InlineData("- Nov. 18th 2019 8:54 am PT", "2019-11-18T08:54")]
    [InlineData("Updated 0339 GMT (1139 HKT) November 19, 2019", "2019-11-19")]
    [InlineData("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "2019-11-18T20:51:19Z")]
    public void Reads_the_first_full_date_of_a_dateline(string line, string expected) =>
        Assert.Equal(expected, VisibleMetadata.Dateline(["Share this", line])?.ToString());

    [Theory]
    [InlineData("The council met in 2019 to discuss the wall.")]
    [InlineData("Share this with Facebook")]
    public void Finds_no_date_where_none_is_written_in_full(string line) => Assert.Null(VisibleMetadata.Dateline([line]));

    [Theory]
    [InlineData("By Ann Lee", true)]
    [InlineData("Published: 7 December 2023, 10:02", true)]
    [InlineData("November 20, 2019 - 11:28 AMT", true)]
    [InlineData("On 7 December 2023 the two governments said they would exchange prisoners of war.", false)]
    public void Tells_bylines_and_datelines_from_text(string line, bool expected) =>
        Assert.Equal(expected, VisibleMetadata.IsBylineOrDateline(line));
}
