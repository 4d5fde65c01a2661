using Corroborate.Claims;
using Corroborate.Language;

namespace Corroborate.Tests.Claims;

public class NameVariantsTests
{
    private static NameMention Mention(string text, EntityLabel label, string outlet, params string[] context) =>
        new(text, label, outlet, outlet.Length, 0, 0, text.Length) { Context = context };

    [Fact]
    public void A_loose_spelling_match_with_shared_context_is_one_entity_named_as_the_gazetteer_knows_it()
    {
        var groups = NameVariants.Unify([
            Mention("Gadroot", EntityLabel.GPE, "Sputnik", "26", "detained", "december", "2020"),
            Mention("Hadrut", EntityLabel.GPE, "AzerNews", "26", "arrested", "december", "2020"),
        ]);
        var town = Assert.Single(groups);
        Assert.Equal("Hadrut", town.Canonical);
        Assert.True(town.Respelled);
        Assert.Contains("both sentences mention 26, december, 2020", town.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loose_spelling_match_without_context_stays_apart()
    {
        var groups = NameVariants.Unify([
            Mention("Gadroot", EntityLabel.GPE, "Sputnik", "festival", "music"),
            Mention("Hadrut", EntityLabel.GPE, "AzerNews", "26", "arrested"),
        ]);
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void A_shared_role_is_context_enough()
    {
        var groups = NameVariants.Unify([
            Mention("Arutyunyan", EntityLabel.PER, "Sputnik") with { Role = "leader" },
            Mention("Harutyunyan", EntityLabel.PER, "AzerNews") with { Role = "leader" },
        ]);
        Assert.Contains("both are called leader", Assert.Single(groups).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void People_and_places_are_never_one_entity()
    {
        var groups = NameVariants.Unify([
            Mention("Georgia", EntityLabel.GPE, "A", "visit", "talks"),
            Mention("Georgia", EntityLabel.PER, "B", "visit", "talks"),
        ]);
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Initials_join_the_full_name()
    {
        var group = Assert.Single(NameVariants.Unify([
            Mention("International Crisis Group", EntityLabel.ORG, "A"),
            Mention("ICG", EntityLabel.ORG, "B"),
        ]));
        Assert.Equal("International Crisis Group", group.Canonical);
        Assert.Contains("initials", group.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_alone_joins_its_one_full_name_but_is_not_a_respelling()
    {
        var group = Assert.Single(NameVariants.Unify([
            Mention("Ilyas Baktygaliyev", EntityLabel.PER, "Sputnik"),
            Mention("Baktygaliyev", EntityLabel.PER, "Sputnik"),
        ]));
        Assert.Equal("Ilyas Baktygaliyev", group.Canonical);
        Assert.False(group.Respelled);
    }

    [Fact]
    public void A_surname_two_people_share_stays_apart()
    {
        var groups = NameVariants.Unify([
            Mention("Ilham Aliyev", EntityLabel.PER, "A"),
            Mention("Mehriban Aliyeva", EntityLabel.PER, "A"),
            Mention("Heydar Aliyev", EntityLabel.PER, "B"),
            Mention("Aliyev", EntityLabel.PER, "B"),
        ]);
        Assert.Contains(groups, g => g.Variants.Count == 1 && g.Canonical == "Aliyev");
    }
}
