using Corroborate.Claims;
using Corroborate.Documents;
using Corroborate.Pipeline;
using Corroborate.Reports;
using Corroborate.Stories;

namespace Corroborate.Tests.Claims;

public class ReconcilerTests
{
    /// <summary>A story of our own articles: (outlet, text, copy of) in order; ids count from 1.</summary>
    internal static StoryReport Report(params (string Outlet, string Text, long? CopyOf)[] articles)
    {
        var members = articles.Select((a, i) => new StoryMember(i + 1, new Article
        {
            Title = a.Text.Split('.')[0],
            Text = a.Text,
            Outlet = new Outlet(a.Outlet),
            Language = "en",
            Published = new PublicationDate(new DateTime(2024, 3, 14), DatePrecision.Day),
            Attribution = Cited(a.Text),
            Source = new SourceRef($"{a.Outlet}.txt", "text"),
            RawHash = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ContentHash = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, a.CopyOf)).ToList();
        var story = new Story(1, members[0].Article.Title, members, null, null, []);
        return StoryCorroborator.Default.Report(story);
    }

    // Ingest finds "according to <agency>" itself; the tests name the one agency they use.
    private static Attribution Cited(string text) => text.Contains("according to the Harbour News Agency", StringComparison.Ordinal)
        ? new Attribution { Cited = [new CitedSource("Harbour News Agency", SourceKind.Outlet, "according to the Harbour News Agency")] }
        : Attribution.None;

    private static AlignedFact Release(StoryReport report) =>
        Assert.Single(report.Claims.Facts, f => f.Lead.DidKey == "RETREAT/release");

    [Fact]
    public void Two_outlets_stating_one_release_corroborate_it_and_each_statement_is_cited()
    {
        var report = Report(
            ("Coast Daily", "Greece released 14 Turkish prisoners on Monday.", null),
            ("Valley Post", "On Monday, 14 Turkish prisoners were released by Greece.", null));
        var release = Release(report);
        Assert.Equal(FactStatus.Corroborated, release.Status);
        Assert.Equal(14, release.Lead.HowMany);
        Assert.Equal(["Coast Daily", "Valley Post"], release.Sources.Order());
        Assert.All(release.Statements, s => Assert.Contains("released", s.Citation.Text, StringComparison.Ordinal));
        Assert.Empty(report.Claims.Conflicts);
    }

    [Fact]
    public void A_syndicated_copy_adds_no_source()
    {
        var text = "Greece released 14 Turkish prisoners on Monday.";
        var report = Report(("Coast Daily", text, null), ("Wire Mirror", text, 1));
        Assert.Equal(FactStatus.SingleSource, Release(report).Status);
    }

    [Fact]
    public void Two_articles_relaying_one_agency_are_one_source()
    {
        var report = Report(
            ("Coast Daily", "Greece released 14 Turkish prisoners, according to the Harbour News Agency.", null),
            ("Valley Post", "Greece released 14 Turkish prisoners, according to the Harbour News Agency.", null));
        var release = Release(report);
        Assert.Equal(FactStatus.SingleSource, release.Status);
        Assert.Equal(["Harbour News Agency"], release.Sources);
        Assert.Equal(["Coast Daily", "Valley Post"], release.Outlets.Order());
    }

    [Fact]
    public void Counts_that_differ_for_one_dated_event_are_disputed_with_low_best_and_high()
    {
        var report = Report(
            ("Coast Daily", "Police arrested 40 protesters in March 2024.", null),
            ("Valley Post", "Police arrested 40 protesters in March 2024.", null),
            ("Hill Times", "Police arrested 55 protesters in March 2024.", null));
        var conflict = Assert.Single(report.Claims.Conflicts);
        Assert.Equal(ConflictKind.Disputed, conflict.Kind);
        Assert.Equal("how many", conflict.Slot);
        var count = conflict.Count!;
        Assert.Equal((40, 40, 55), (count.Low.Number!.Value, count.Best.Number!.Value, count.High.Number!.Value));
        Assert.Equal(["Coast Daily", "Valley Post"], count.Best.Sources.Order());
        Assert.Equal(["Hill Times"], count.High.Sources);
    }

    [Fact]
    public void One_article_giving_two_counts_is_self_inconsistent()
    {
        var report = Report(
            ("Coast Daily", "Police arrested 40 protesters in March 2024. Later the paper wrote that police arrested 45 protesters in 2024.", null),
            ("Valley Post", "Police arrested 40 protesters in March 2024.", null));
        var conflict = Assert.Single(report.Claims.Conflicts);
        Assert.Equal(ConflictKind.SelfInconsistent, conflict.Kind);
        Assert.Equal([1L], conflict.Articles);
    }

    [Fact]
    public void Counts_of_different_groups_are_not_one_dispute_and_a_span_dates_no_single_event()
    {
        // 40 in March and 6 "at different times" are two groups; only the 45 dated alike rivals the 40.
        var report = Report(
            ("Coast Daily", "Police arrested 40 protesters in March 2024. Police arrested 6 protesters at different times over the past three years.", null),
            ("Valley Post", "Police arrested 45 protesters in 2024.", null));
        var conflict = Assert.Single(report.Claims.Conflicts);
        Assert.Equal(["40", "45"], conflict.Sides.Select(s => s.Value));
    }

    [Fact]
    public void An_arrest_sharing_only_the_verb_with_a_counted_dated_one_is_another_fact()
    {
        var report = Report(
            ("Coast Daily", "Police arrested 40 protesters in March 2024.", null),
            ("Valley Post", "The deal did not cover the opposition figures detained since.", null));
        Assert.DoesNotContain(report.Claims.Corroborated, f => f.Lead.DidKey == "COERCE/arrest");
    }

    [Fact]
    public void Counts_with_nothing_tying_them_to_one_event_are_two_facts_not_a_dispute()
    {
        var report = Report(
            ("Coast Daily", "Police arrested 40 protesters in March 2024.", null),
            ("Valley Post", "Police detained 6 people at the border.", null));
        Assert.Empty(report.Claims.Conflicts);
    }

    [Fact]
    public void A_supposed_event_never_becomes_a_fact()
    {
        var report = Report(
            ("Coast Daily", "The army could attack the border town if the talks fail.", null),
            ("Valley Post", "Greece released 14 Turkish prisoners on Monday.", null));
        Assert.DoesNotContain(report.Claims.Facts, f => f.Lead.DidKey.StartsWith("ASSAULT", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_only_one_outlet_gives_is_listed_with_its_sentence()
    {
        var report = Report(
            ("Coast Daily", "Greece released 14 Turkish prisoners on Monday. Their captain, Mehmet Yilmaz, thanked the coast guard.", null),
            ("Valley Post", "On Monday, 14 Turkish prisoners were released by Greece.", null));
        var mention = Assert.Single(report.Claims.Mentions, m => m.Names.Contains("Mehmet Yilmaz"));
        Assert.Equal("Coast Daily", mention.Source);
        Assert.Contains("captain", mention.Citation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_two_outlets_spell_differently_is_one_name_and_not_single_source()
    {
        var report = Report(
            ("Coast Daily", "Greece released 14 Turkish prisoners on Monday in Alexandroupolis. Their captain, Mehmet Yilmaz, thanked the coast guard.", null),
            ("Valley Post", "On Monday, 14 Turkish prisoners were released by Greece in Aleksandroupolis. Their captain, Mekhmet Yilmaz, thanked the coast guard.", null));
        Assert.DoesNotContain(report.Claims.Mentions, m => m.Names.Any(n => n.Contains("Yilmaz", StringComparison.Ordinal)));
        Assert.Contains(report.Claims.Variants, n => n.Variants.Select(v => v.Text).Order(StringComparer.Ordinal).SequenceEqual(["Mehmet Yilmaz", "Mekhmet Yilmaz"]));
    }

    [Fact]
    public void An_outlet_that_leaves_out_a_reported_fact_is_told()
    {
        var report = Report(
            ("Coast Daily", "Greece released 14 Turkish prisoners on Monday. The two governments agreed directly, without mediators.", null),
            ("Valley Post", "On Monday, 14 Turkish prisoners were released by Greece.", null));
        var valley = Assert.Single(report.Claims.Outlets, o => o.Outlet == "Valley Post");
        Assert.Contains(valley.Omits, f => f.Lead.DidKey == "STATEMENT/no-mediation");
        Assert.DoesNotContain(valley.Omits, f => f.Lead.DidKey == "RETREAT/release");
    }
}
