using Corroborate.Claims;

namespace Corroborate.Tests.Claims;

public class NameKeysTests
{
    [Theory]
    [InlineData("Nagorno-Karabakh", "nagorno karabakh")]
    [InlineData("Гадрут", "gadrut")]
    [InlineData("Şuşa", "susa")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("  Ilham   ALIYEV ", "ilham aliyev")]
    public void A_key_sets_aside_case_accents_script_and_punctuation(string name, string key) =>
        Assert.Equal(key, NameKeys.Key(name));

    [Fact]
    public void Gadroot_is_Hadrut_by_a_loose_rule_with_its_reasons()
    {
        var (alike, reasons, loose) = NameKeys.Match(["gadroot"], ["hadrut"]);
        Assert.True(alike);
        Assert.True(loose);
        Assert.Equal(["oo and ou spell u", "Russian renders H as G"], reasons);
    }

    [Fact]
    public void Arutyunyan_is_Harutyunyan_without_its_initial_H()
    {
        var (alike, reasons, _) = NameKeys.Match(["arayik", "arutyunyan"], ["araik", "harutyunyan"]);
        Assert.True(alike);
        Assert.Contains("an initial H is dropped in Russian", reasons);
        Assert.Contains("y and i render one letter (ya / ia, yu / iu)", reasons);
        Assert.DoesNotContain("Russian renders H as G", reasons); // not needed once the H is dropped
    }

    [Fact]
    public void Strict_rules_need_no_context()
    {
        var (alike, reasons, loose) = NameKeys.Match(["khachaturyan"], ["hachaturian"]);
        Assert.True(alike);
        Assert.False(loose);
        Assert.Contains("kh and h are one sound (Russian х)", reasons);
    }

    [Theory]
    [InlineData("gori", "hori")] // too short to trust
    [InlineData("baku", "basra")]
    [InlineData("armenia", "romania")]
    [InlineData("yerevan", "erdogan")]
    public void Different_names_do_not_match(string a, string b) => Assert.False(NameKeys.Match([a], [b]).Alike);

    [Fact]
    public void Names_of_different_lengths_do_not_match_word_by_word() =>
        Assert.False(NameKeys.Match(["ilham", "aliyev"], ["aliyev"]).Alike);
}
