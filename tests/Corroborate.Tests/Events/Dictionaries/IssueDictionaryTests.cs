using Corroborate.Events.Dictionaries;

namespace Corroborate.Tests.Events.Dictionaries;

public sealed class IssueDictionaryTests
{
    private static readonly Lazy<IssueDictionary> Production = new(() => IssueDictionary.Load(Petrarch.File("dictionaries", "Phoenix.IssueCoding.txt")));

    private static IssueDictionary Issues(string content) => Petrarch.Written("test.issues.txt", content, IssueDictionary.Load);

    private const string Small = """
        <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
        n:teacher [TEACHERS]
        pre+n:school [EARLY_CHILDHOOD_EDUCATION]
        ~a head start
        </ISSUE>

        <ISSUE CATEGORY="REFUGEES" TYPE="ALL">
        n:refugee [REFUGEES]
        v:displace [REFUGEES]
        asylum+n:seeker [REFUGEES]
        ~~n:bee
        eec
        </ISSUE>
        </ISSUE>
        """;

    [Fact]
    public void Expands_noun_verb_and_hyphen_markers()
    {
        var issues = Issues(Small);
        Assert.Equal(5, issues.Entries.Length);
        Assert.Equal(["TEACHER", "TEACHERS"], issues.Entries[0].Phrases.ToArray());
        Assert.Equal(["PRE SCHOOL", "PRE SCHOOLS", "PRE-SCHOOL", "PRE-SCHOOLS"], issues.Entries[1].Phrases.ToArray());
        Assert.Equal(["DISPLACE", "DISPLACES", "DISPLACED", "DISPLACING"], issues.Entries[3].Phrases.ToArray());
        Assert.Equal(["ASYLUM SEEKER", "ASYLUM SEEKERS", "ASYLUM-SEEKER", "ASYLUM-SEEKERS"], issues.Entries[4].Phrases.ToArray());
        Assert.Equal("REFUGEES", issues.Entries[4].Category);
        Assert.Equal([false, true], issues.Exclusions.Select(e => e.WholeStory));
        Assert.Equal(["BEE", "BEES"], issues.Exclusions[1].Phrases.ToArray());
        Assert.Equal(
            ["test.issues.txt:12: 'eec' has no code in [ ]; left out", "test.issues.txt:14: </ISSUE> with no category open; ignored"],
            issues.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Counts_whole_word_phrases_per_code_unless_an_exclusion_is_there()
    {
        var issues = Issues(Small);
        Assert.Equal(
            [new IssueCount("REFUGEES", 3), new IssueCount("TEACHERS", 1)],
            issues.Count("Refugees and asylum-seekers, displaced by the war, met a teacher.").ToArray());
        Assert.Equal([new IssueCount("EARLY_CHILDHOOD_EDUCATION", 1)], issues.Count("A new pre-school opened.").ToArray());
        Assert.Empty(issues.Count("Teachers got a head start, refugees too."));
        Assert.Empty(issues.Count("Bees and refugees."));
        Assert.Empty(issues.Count("The schoolteachers met."));
    }

    [Theory]
    [InlineData("<ISSUE TYPE=\"ALL\">\n", "test.issues.txt:1: <ISSUE> has no CATEGORY=\"…\"")]
    [InlineData("<ISSUE CATEGORY=\"A\">\n<ISSUE CATEGORY=\"B\">\n", "test.issues.txt:2: <ISSUE> inside the open category A")]
    [InlineData("<ISSUE CATEGORY=\"A\">\noil [OIL\n", "test.issues.txt:2: '[' is not closed")]
    [InlineData("oil [OIL] [GAS]\n", "test.issues.txt:1: issue phrase 'oil' has more than one code")]
    [InlineData("<ISSUE CATEGORY=\"A\">\noil [OIL]\n", "test.issues.txt:1: category A is never closed with </ISSUE>")]
    public void A_malformed_line_is_named_with_its_file_and_line(string content, string message)
    {
        Assert.Equal(message, Petrarch.Error("test.issues.txt", content, IssueDictionary.Load));
    }

    [SharedDataFact]
    public void Reads_the_production_issues()
    {
        var issues = Production.Value;
        // Counted apart with grep: 2,979 [codes] (one line repeats its code), 181 '~' lines, 83 of them '~~'.
        Assert.Equal(2978, issues.Entries.Length);
        Assert.Equal(181, issues.Exclusions.Length);
        Assert.Equal(83, issues.Exclusions.Count(e => e.WholeStory));
        Assert.Equal(18, issues.Warnings.Length);
        Assert.Contains(new IssueCount("REFUGEES", 1), issues.Count("Thousands of refugees fled Nagorno-Karabakh."));
    }
}
