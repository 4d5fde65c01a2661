using Corroborate.Claims;
using Corroborate.Ingest;
using Corroborate.Pipeline;
using Corroborate.Reports;
using Corroborate.Stories;

namespace Corroborate.Tests.Claims;

/// <summary>The report on the two seed articles, checked against our own reading of them (issue 8, point 8).</summary>
public class SeedReportTests
{
    private const long Sputnik = 1;
    private const long AzerNews = 2;

    private static readonly Lazy<StoryReport> Seeds = new(() =>
    {
        var read = new Ingestor().Read([SharedData.File("seeds/000_e9e3171e4863870b.txt"), SharedData.File("seeds/004_7f5bd2da033e4ba2.txt")], _ => { });
        var members = read.Select((a, i) => new StoryMember(i + 1, a, null)).ToList();
        return StoryCorroborator.Default.Report(new Story(1, members[0].Article.Title, members, null, null, []));
    });

    private static Reconciliation Claims => Seeds.Value.Claims;

    [SharedDataFact]
    public void The_32_released_by_Azerbaijan_are_corroborated_by_both_outlets()
    {
        var release = Assert.Single(Claims.Corroborated, f => f.Lead.DidKey == "RETREAT/release" && f.Lead.HowMany == 32);
        Assert.Equal("AZE", release.Lead.Who!.Country);
        Assert.Equal(["AzerNews", "Sputnik"], release.Sources.Order(StringComparer.Ordinal));
    }

    [SharedDataFact]
    public void The_2_released_by_Armenia_are_corroborated_by_both_outlets()
    {
        // Sputnik writes it gapped: "to release 32 Armenian soldiers by Azerbaijan and two Azerbaijani soldiers by Armenia".
        var release = Assert.Single(Claims.Corroborated, f => f.Lead.DidKey == "RETREAT/release" && f.Lead.HowMany == 2);
        Assert.Equal("ARM", release.Lead.Who!.Country);
        Assert.Equal(["AzerNews", "Sputnik"], release.Sources.Order(StringComparer.Ordinal));
        Assert.Contains(release.Statements, s => s.Citation.Article == AzerNews && s.Citation.Text.Contains("2 Azerbaijani servicemen", StringComparison.Ordinal));
        Assert.Contains(release.Statements, s => s.Citation.Article == Sputnik && s.Citation.Text.Contains("two Azerbaijani soldiers by Armenia", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void The_direct_agreement_without_mediators_is_corroborated()
    {
        var direct = Assert.Single(Claims.Corroborated, f => f.Lead.DidKey == "STATEMENT/no-mediation");
        Assert.Contains(direct.Statements, s => s.Citation.Article == Sputnik);
        Assert.Contains(direct.Statements, s => s.Citation.Article == AzerNews);
    }

    [SharedDataFact]
    public void The_December_2020_detentions_and_the_border_detentions_are_corroborated()
    {
        var hadrut = Assert.Single(Claims.Corroborated, f => f.Lead.DidKey == "COERCE/arrest" && f.Lead.HowMany == 26);
        Assert.Equal("2020-12", hadrut.Lead.When);
        // Sputnik relays Azertag for this one, so the sources are the agency and AzerNews.
        Assert.Equal(["AzerNews", "Azertag"], hadrut.Sources.Order(StringComparer.Ordinal));
        Assert.Single(Claims.Corroborated, f => f.Lead.DidKey == "COERCE/arrest" && f.Lead.HowMany == 6);
    }

    [SharedDataFact]
    public void Sputnik_contradicts_itself_on_26_detained_in_December_2020_and_28_captured_in_2020()
    {
        var conflict = Assert.Single(Claims.Conflicts);
        Assert.Equal(ConflictKind.SelfInconsistent, conflict.Kind);
        Assert.Equal([Sputnik], conflict.Articles);
        Assert.Equal(["26", "28"], conflict.Sides.Select(s => s.Value));
        Assert.Equal((26, 26, 28), (conflict.Count!.Low.Number!.Value, conflict.Count.Best.Number!.Value, conflict.Count.High.Number!.Value));
    }

    [SharedDataFact]
    public void Only_AzerNews_names_the_leaders_left_off_the_list()
    {
        var named = Assert.Single(Claims.Mentions, m => m.Names.Contains("Araik Harutyunyan"));
        Assert.Equal("AzerNews", named.Source);
        Assert.Contains("Ruben Vardanyan", named.Names);
        Assert.Contains("does not and cannot include", named.Citation.Text, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void The_experts_assessment_is_single_source_and_no_war_is_reported_as_a_fact()
    {
        Assert.Contains(Claims.SingleSource, f => f.Lead.Kind == FactKind.Quote && f.Lead.Who!.Text.Contains("Baktygaliyev", StringComparison.Ordinal)
            && f.Sources.SequenceEqual(["Sputnik"]));
        Assert.DoesNotContain(Claims.Facts, f => f.Lead.DidKey.StartsWith("ASSAULT", StringComparison.Ordinal) || f.Lead.DidKey.StartsWith("MOBILIZE", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void The_expert_is_quoted_directly_with_the_cue_told_and_his_name_and_role()
    {
        // The quotation ends "…," Baktygaliyev told — with no outlet and no final period.
        var quote = Assert.Single(Claims.Facts, f => f.Lead.Kind == FactKind.Quote && f.Lead.Did == "tell");
        Assert.Equal("Ilyas Baktygaliyev", quote.Lead.Who!.Text);
        Assert.Equal(["Sputnik"], quote.Sources);
        Assert.StartsWith("\"For Azerbaijan, this is a pivotal moment", quote.Lead.Content, StringComparison.Ordinal);
        Assert.EndsWith("pacifying the region,\"", quote.Lead.Content, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Gadroot_and_Hadrut_are_one_town_with_the_evidence()
    {
        var town = Assert.Single(Claims.Variants, n => n.Variants.Any(v => v.Text == "Gadroot"));
        Assert.Equal("Hadrut", town.Canonical);
        Assert.Equal(["Gadroot", "Hadrut"], town.Variants.Select(v => v.Text).Order(StringComparer.Ordinal));
        Assert.Contains("Russian renders H as G", town.Evidence, StringComparison.Ordinal);
        Assert.Contains("26", town.Evidence, StringComparison.Ordinal); // the context both sentences share
    }

    [SharedDataFact]
    public void AzerNews_frames_with_loaded_labels_titles_and_accusations_that_Sputnik_does_not_use()
    {
        var azerNews = Outlet("AzerNews");
        var sputnik = Outlet("Sputnik");
        Assert.Contains(azerNews, w => w.Cue.Category == FramingCategory.Delegitimizing && w.Cue.Phrase == "so-called regime");
        Assert.Contains(azerNews, w => w.Cue.Category == FramingCategory.Delegitimizing && w.Cue.Phrase == "separatist leaders");
        Assert.Contains(azerNews, w => w.Cue.Category == FramingCategory.Glorifying && w.Cue.Phrase == "victorious Commander-in-Chief");
        Assert.Contains(azerNews, w => w.Cue.Category == FramingCategory.LegalAccusation && w.Cue.Phrase == "war crimes");
        Assert.Contains(azerNews, w => w.Cue.Category == FramingCategory.LegalAccusation && w.Cue.Phrase == "crimes against humanity");
        Assert.All(azerNews.Where(w => w.Cue.Phrase is "so-called regime" or "war crimes"), w => Assert.Null(w.Quoting));
        // Sputnik has no glorifying title and names no crime; its loaded words are labels for the republic.
        Assert.DoesNotContain(sputnik, w => w.Cue.Category is FramingCategory.Glorifying or FramingCategory.LegalAccusation);
        Assert.Contains(sputnik, w => w.Cue.Phrase == "unrecognized republic");
        foreach (var w in azerNews.Concat(sputnik))
        {
            var article = Seeds.Value.Articles.Single(a => a.Id == w.Citation.Article);
            Assert.Equal(w.Cue.Phrase, article.Text[w.Cue.Start..w.Cue.End]);
        }
    }

    private static IReadOnlyList<FramingCite> Outlet(string name) => Assert.Single(Claims.Outlets, o => o.Outlet == name).Wording;

    [SharedDataFact]
    public void Every_fact_cites_a_sentence_of_its_article()
    {
        foreach (var s in Claims.Facts.SelectMany(f => f.Statements))
        {
            var article = Seeds.Value.Articles.Single(a => a.Id == s.Citation.Article);
            Assert.Equal(s.Citation.Text, article.Text[s.Citation.Start..s.Citation.End]);
            Assert.Contains((s.Citation.Start, s.Citation.End), article.Sentences);
        }
    }
}
