using Corroborate.Events.Dictionaries;

namespace Corroborate.Tests.Events.Dictionaries;

public sealed class VerbDictionaryTests
{
    private static readonly Lazy<VerbDictionary> Cameo = new(() => VerbDictionary.Load(Petrarch.File("dictionaries", "CAMEO.2.0.txt")));

    private static VerbDictionary Verbs(string content) => Petrarch.Written("test.verbs.txt", content, VerbDictionary.Load);

    private static string Error(string content) => Petrarch.Error("test.verbs.txt", content, VerbDictionary.Load);

    private const string Small = """
        &CURRENCY
        +DOLLAR
        +KRONER_
        +SWISS FRANC

        &AUXVERB_
        +HAVE
        +HAS

        --- RELEASE [080] ---
        +SET_FREE {+SETS_FREE +SETTING_FREE }
        FREE {FREES FREEING FREED }
        RELEASE [084]
        WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}
        - * PRISONERS [0841]   # RELEASE
        - &MILITARY_FORCE * (TO +) {&CURRENCY AID} (IN $) [154]
        - * (BEFORE COURT) [:173]
        - * (BY/WITH PROTESTS) [141:142]
        - SO IN_AND_*_OUT_AGAIN NOW [074]

        &MILITARY_FORCE
        +TROOP
        ~ a (a b ATTACK) SAY = a b 015
        """;

    [Fact]
    public void Reads_synsets_with_their_plurals()
    {
        var verbs = Verbs(Small);
        var currency = verbs.Synsets["currency"];
        Assert.Equal(["DOLLAR", "KRONER", "SWISS FRANC"], currency.Members.Select(m => string.Join(' ', m.Words)));
        Assert.Equal(["DOLLARS", "", "SWISS FRANCS"], currency.Members.Select(m => string.Join(' ', m.Plural)));
        Assert.All(verbs.Synsets["AUXVERB"].Members, m => Assert.Empty(m.Plural));
        Assert.Equal("TROOP", Assert.Single(verbs.Synsets["MILITARY_FORCE"].Members).Words.Single());
    }

    [Fact]
    public void Reads_verbs_with_listed_or_regular_forms_and_codes()
    {
        var block = Assert.Single(Verbs(Small).Blocks);
        Assert.Equal("RELEASE", block.Name);
        Assert.Equal(new VerbCode("080"), block.Code);
        Assert.Equal(4, block.Verbs.Length);
        Assert.Equal(["SET FREE", "SETS FREE", "SETTING FREE"], block.Verbs[0].Forms.Select(f => f.ToString()));
        Assert.All(block.Verbs[0].Forms, f => Assert.Equal(0, f.Head));
        Assert.Equal(["FREE", "FREES", "FREEING", "FREED"], block.Verbs[1].Forms.Select(f => f.ToString()));
        Assert.Equal(["RELEASE", "RELEASES", "RELEASED", "RELEASING"], block.Verbs[2].Forms.Select(f => f.ToString()));
        Assert.Equal(new VerbCode("084"), block.Verbs[2].Code);
        Assert.Null(block.Verbs[1].Code);
        Assert.All(block.Verbs[3].Forms, f => Assert.Equal("TAP", f.HeadWord[..3]));
    }

    [Fact]
    public void Finds_verbs_by_their_head_word_with_the_code_that_applies()
    {
        var verbs = Verbs(Small);
        var freed = Assert.Single(verbs.Find("freed"));
        Assert.Equal(new VerbCode("080"), freed.Code);
        Assert.Equal(new VerbCode("084"), Assert.Single(verbs.Find("Released")).Code);
        Assert.Equal("SETTING FREE", Assert.Single(verbs.Find("setting")).Form.ToString());
        Assert.Equal("WIRE TAPPED", Assert.Single(verbs.Find("tapped")).Form.ToString());
        Assert.Empty(verbs.Find("wire"));
        Assert.Empty(verbs.Find("walk"));
    }

    [Fact]
    public void Reads_PETRARCH_2_patterns_into_phrases()
    {
        var patterns = Verbs(Small).Blocks[0].Patterns;
        Assert.Equal(5, patterns.Length);
        Assert.Equal("- * PRISONERS [0841]", patterns[0].ToString());

        var deploy = patterns[1];
        Assert.Equal(new VerbCode("154"), deploy.Code);
        Assert.Equal([PatternElementKind.Synset], deploy.Before.Select(e => e.Kind));
        Assert.Equal("MILITARY_FORCE", deploy.Before[0].Text);
        Assert.Equal(
            [PatternElementKind.Prepositional, PatternElementKind.NounPhrase, PatternElementKind.Prepositional],
            deploy.After.Select(e => e.Kind));
        Assert.Equal([PatternElementKind.Word, PatternElementKind.Target], deploy.After[0].Children.Select(e => e.Kind));
        Assert.Equal([PatternElementKind.Synset, PatternElementKind.Word], deploy.After[1].Children.Select(e => e.Kind));
        Assert.Equal(PatternElementKind.Source, deploy.After[2].Children[1].Kind);
        Assert.Equal("- &MILITARY_FORCE * (TO +) {&CURRENCY AID} (IN $) [154]", deploy.ToString());

        Assert.Equal(new VerbCode(null, "173"), patterns[2].Code);
        Assert.Equal(["BY", "WITH"], patterns[3].After[0].Children[0].Alternatives.ToArray());
        Assert.Equal(new VerbCode("141", "142"), patterns[3].Code);
    }

    [Fact]
    public void Reads_PETRARCH_1_patterns_with_joined_words()
    {
        var pattern = Verbs(Small).Blocks[0].Patterns[4];
        Assert.Equal(["SO", "IN", "AND", "*", "OUT", "AGAIN", "NOW"], pattern.Elements.Select(e => e.Text));
        Assert.Equal([false, false, true, true, true, true, false], pattern.Elements.Select(e => e.Joined));
        Assert.Equal(3, pattern.VerbIndex);
    }

    [Fact]
    public void Reads_transformations()
    {
        var transformation = Assert.Single(Verbs(Small).Transformations);
        Assert.Equal(
            new VerbTransformation("a", "a", "b", "ATTACK", "SAY", "a", "b", "015", 23),
            transformation);
    }

    [Theory]
    [InlineData("--- A [010] ---\nA\n- * TALKS\n", "test.verbs.txt:3: pattern has no code in [ ]")]
    [InlineData("--- A [010] ---\nA\n- TALKS [020]\n", "test.verbs.txt:3: pattern has no * for the verb")]
    [InlineData("--- A [010] ---\nA\n- * TALKS * [020]\n", "test.verbs.txt:3: pattern has 2 * for the verb")]
    [InlineData("--- A [010] ---\nA\n- * (TO TALKS [020]\n", "test.verbs.txt:3: '(' in pattern is not closed")]
    [InlineData("--- A [010] ---\nA\n- * {TO} TALKS} [020]\n", "test.verbs.txt:3: '}' in pattern closes nothing that is open")]
    [InlineData("--- A [010] ---\nA\n- (TO *) [020]\n", "test.verbs.txt:3: * for the verb inside ( ) in pattern")]
    [InlineData("--- A [010] ---\nA\n- * TALKS [020\n", "test.verbs.txt:3: '[' is not closed")]
    [InlineData("--- A [010] ---\nA\n- * TALKS [01:02:03]\n", "test.verbs.txt:3: [01:02:03] is not a code, CODE:CODE or :CODE")]
    [InlineData("--- A [010] ---\nA\n- * TALKS []\n", "test.verbs.txt:3: empty code in [ ]")]
    [InlineData("A\n--- A [010] ---\n", "test.verbs.txt:1: verb before the first verb block (--- NAME [code] ---)")]
    [InlineData("--- [010] ---\n", "test.verbs.txt:1: verb block header has no name")]
    [InlineData("--- A [010] ---\nA {AS\n", "test.verbs.txt:2: '{' is not closed")]
    [InlineData("--- A [010] ---\n+A_+B\n", "test.verbs.txt:2: verb '+A_+B' marks more than one word with +")]
    [InlineData("&X\n+A\n&X\n+B\n", "test.verbs.txt:3: synset &X is defined again (first on line 1)")]
    [InlineData("~ a (a b) SAY = a b 015\n", "test.verbs.txt:1: transformation is not of the form ~ a (b c VERB) VERB = a b CODE")]
    public void A_malformed_line_is_named_with_its_file_and_line(string content, string message)
    {
        Assert.Equal(message, Error(content));
    }

    [Fact]
    public void A_pattern_naming_no_synset_of_the_file_is_left_out_with_a_warning()
    {
        var verbs = Verbs("--- A [010] ---\nA\n- * &WEATHER [020]\n- * TALKS [030]\n");
        Assert.Equal("- * TALKS [030]", Assert.Single(verbs.Blocks[0].Patterns).ToString());
        Assert.Equal("test.verbs.txt:3: pattern names &WEATHER, which is no synset of the file; left out", Assert.Single(verbs.Warnings).ToString());
    }

    [SharedDataFact]
    public void Reads_CAMEO_2_0_whole()
    {
        var verbs = Cameo.Value;
        // Counted apart with grep and awk: 40 '&' labels with 558 '+' members after them, 397 '---'
        // headers, 1,817 verb lines, 4,668 pattern lines (two name undefined synsets), 8 '~' lines.
        Assert.Equal(40, verbs.Synsets.Count);
        Assert.Equal(558, verbs.Synsets.Values.Sum(s => s.Members.Length));
        Assert.Equal(397, verbs.Blocks.Length);
        Assert.Equal(1817, verbs.Blocks.Sum(b => b.Verbs.Length));
        Assert.Equal(4666, verbs.Blocks.Sum(b => b.Patterns.Length));
        Assert.Equal(8, verbs.Transformations.Length);
        Assert.Equal(
            [
                "CAMEO.2.0.txt:2374: 'VISIT)' repeats the end of the ( ) before it; left out",
                "CAMEO.2.0.txt:7606: '^)' repeats the end of the ( ) before it; left out",
                "CAMEO.2.0.txt:8443: pattern names &WEATHER, which is no synset of the file; left out",
                "CAMEO.2.0.txt:8444: pattern names &DEMONSTRATION, which is no synset of the file; left out",
            ],
            verbs.Warnings.Select(w => w.ToString()));
    }

    [SharedDataFact]
    public void CAMEO_codes_releasing_and_exchanging_prisoners()
    {
        var verbs = Cameo.Value;
        var release = verbs.Blocks.Single(b => b.Name == "RELEASE");
        Assert.Equal(new VerbCode("080"), release.Code);
        var prisoners = Assert.Single(release.Patterns, p => p.ToString() == "- * PRISONERS [0841]");
        Assert.Equal(6879, prisoners.Line);
        Assert.Contains(verbs.Find("freed"), v => v.Block == release && v.Code == new VerbCode("080"));
        Assert.Contains(verbs.Find("released"), v => v.Block == release && v.Code == new VerbCode("084"));

        var exchange = Assert.Single(verbs.Find("exchanged"));
        Assert.Equal("TRADE", exchange.Block.Name);
        Assert.Equal(2, exchange.Block.Patterns.Count(p => p.ToString() == "- * PRISONERS [0841:0841]"));
    }

    [SharedDataFact]
    public void The_UniversalPetrarch_copy_still_has_WILL_as_a_verb()
    {
        var verbs = VerbDictionary.Load(Petrarch.File("dictionaries-up", "CAMEO.2.0.txt"));
        Assert.Equal(398, verbs.Blocks.Length);
        Assert.Equal(new VerbCode("030"), Assert.Single(verbs.Find("would")).Code);
        Assert.Empty(Cameo.Value.Find("would"));
        Assert.Contains(verbs.Transformations, t => t.InnerVerb == "WILL_ATTACK" && t.ResultCode == "138");
    }

    [SharedDataFact]
    public void Reads_the_PETRARCH_1_validation_verbs()
    {
        var verbs = VerbDictionary.Load(Petrarch.File("unit-test", "PETR.Validate.verbs.txt"));
        Assert.Equal(17, verbs.Synsets.Count);
        Assert.Equal(261, verbs.Blocks.Length);
        Assert.Equal(269, verbs.Blocks.Sum(b => b.Verbs.Length));
        Assert.Equal(474, verbs.Blocks.Sum(b => b.Patterns.Length));
        // &ACCORDSYN holds &TIETYPES (3) and &CURRENCY (10) besides CLOSER and NEARER.
        Assert.Equal(15, verbs.Synsets["ACCORDSYN"].Members.Length);
        var pattern = verbs.Blocks.Single(b => b.Name == "ABANDON").Patterns[0];
        Assert.Equal("- * NEW &TIETYPES RELATIONS [903]", pattern.ToString());
        Assert.Equal([false, false, true, true], pattern.Elements.Select(e => e.Joined));
        Assert.Equal("PETR.Validate.verbs.txt:447: verb block DELAY has 2 codes; the first, [120], is kept", Assert.Single(verbs.Warnings).ToString());
    }
}
