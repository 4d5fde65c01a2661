using Corroborate.Stories;

namespace Corroborate.Tests.Stories;

public class StoryClustererTests
{
    private static readonly DateTime Day = new(2023, 12, 7, 12, 0, 0);

    // The few terms of each article below stand for the strongest terms of a whole text, not a headline.
    private static readonly ClusteringOptions Texts = new() { ShortTerms = 0 };

    private static ArticleFingerprint Article(double days, string text, bool syndicated = false, string? body = null) =>
        new(Day.AddDays(days), "outlet", syndicated, MinHash.Of(body ?? text),
            [.. text.Split(' ').GroupBy(t => t).Select(g => new WeightedTerm(g.Key, g.Count()))]);

    [Fact]
    public void Interleaved_reports_of_two_events_form_two_stories()
    {
        var clusterer = new StoryClusterer(Texts);
        string[] texts =
        [
            "@AZE @ARM #32 prison releas exchang soldier",
            "@davos forum economi davos leader",
            "@ARM @AZE #32 releas soldier exchang agreement",
            "@davos economi forum speech leader",
            "@AZE @ARM soldier #32 exchang",
        ];
        foreach (var (text, k) in texts.Select((t, k) => (t, k)))
        {
            clusterer.Add(Article(k * 0.1, text));
        }
        var stories = Enumerable.Range(0, texts.Length).Select(i => clusterer.Assignment(i).Story).ToArray();
        Assert.Equal(2, stories.Distinct().Count());
        Assert.Equal(stories[0], stories[2]);
        Assert.Equal(stories[0], stories[4]);
        Assert.Equal(stories[1], stories[3]);
    }

    [Fact]
    public void The_same_kind_of_event_elsewhere_or_weeks_later_stays_apart()
    {
        var clusterer = new StoryClusterer(Texts);
        // Earlier news in which the words of an exchange are common, as they are in a real stream.
        for (var i = 0; i < 20; i++)
        {
            clusterer.Add(Article(-10 + (i * 0.1), $"@place{i} prison releas exchang soldier story{i}"));
        }
        clusterer.Add(Article(0, "@AZE @ARM #32 prison releas exchang soldier"));
        clusterer.Add(Article(0.2, "@AZE @ARM #32 releas exchang soldier"));
        // Another exchange between other countries the same day, and a later one with a new count.
        clusterer.Add(Article(0.3, "@RUS @UKR #95 prison releas exchang soldier"));
        clusterer.Add(Article(40, "@AZE @ARM #5 prison releas exchang soldier"));
        var stories = Enumerable.Range(20, 4).Select(i => clusterer.Assignment(i).Story).ToArray();
        Assert.Equal(stories[0], stories[1]);
        Assert.Equal(3, stories.Distinct().Count());
    }

    [Fact]
    public void A_syndicated_copy_joins_the_story_and_points_at_the_outlets_own_text()
    {
        var body = string.Join(' ', Enumerable.Range(0, 120).Select(i => "word" + (i * 37 % 101).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var clusterer = new StoryClusterer(Texts);
        // The carried copy arrives first; the outlet's own text later: the later one is the original.
        clusterer.Add(Article(0, "@AZE releas", syndicated: true, body: body));
        clusterer.Add(Article(0.5, "@AZE releas", body: body));
        clusterer.Add(Article(0.6, "@AZE releas", body: body + " with one more line"));
        Assert.Equal(1, clusterer.StoryCount);
        Assert.Equal(1, clusterer.Assignment(0).CopyOf);
        Assert.Null(clusterer.Assignment(1).CopyOf);
        Assert.Equal(1, clusterer.Assignment(2).CopyOf);
    }

    [Fact]
    public void A_follow_up_that_names_the_event_day_joins_despite_the_gap()
    {
        var clusterer = new StoryClusterer(Texts);
        clusterer.Add(Article(0, "@AZE @ARM #32 releas exchang soldier agreement %2023-12-07"));
        clusterer.Add(Article(6, "@ARM #32 soldier return famili %2023-12-07"));
        var without = new StoryClusterer(Texts);
        without.Add(Article(0, "@AZE @ARM #32 releas exchang soldier agreement %2023-12-07"));
        without.Add(Article(6, "@ARM #32 soldier return famili"));
        Assert.Equal(1, clusterer.StoryCount);
        Assert.Equal(2, without.StoryCount);
    }

    [Fact]
    public void A_headline_joins_at_the_short_threshold_and_a_long_text_at_the_usual_one()
    {
        // Two headlines sharing two of their words: their cosine falls between the two thresholds.
        var first = "@gox bankruptci file japan exchang bitcoin";
        var second = "@gox bankruptci court protect seek";
        var scores = new List<float>();
        var options = new ClusteringOptions { JoinThreshold = 0.9, ShortJoinThreshold = 0.05 };
        var headlines = new StoryClusterer(options) { Trace = (_, _, centroid, _) => scores.Add(centroid) };
        headlines.Add(Article(0, first));
        headlines.Add(Article(0.1, second));
        var asLongTexts = new StoryClusterer(options with { ShortTerms = 0 });
        asLongTexts.Add(Article(0, first));
        asLongTexts.Add(Article(0.1, second));
        Assert.InRange(Assert.Single(scores), 0.05f, 0.9f);
        Assert.Equal(1, headlines.StoryCount);
        Assert.Equal(2, asLongTexts.StoryCount);
    }

    [Fact]
    public void A_headline_close_to_one_member_but_not_to_the_story_starts_its_own()
    {
        // The story is about the exchange; the last headline shares only "pizza chain files" words with one
        // member that drifted in. Compared with the centroid, not that member, it stays apart.
        var clusterer = new StoryClusterer(new ClusteringOptions { ShortJoinThreshold = 0.3 });
        string[] story =
        [
            "@AZE @ARM #32 prison releas exchang soldier",
            "@ARM @AZE #32 releas soldier exchang agreement",
            "@AZE @ARM soldier #32 exchang return",
        ];
        foreach (var (text, k) in story.Select((t, k) => (t, k)))
        {
            clusterer.Add(Article(k * 0.1, text));
        }
        clusterer.Place(Article(0.35, "@AZE @ARM #32 soldier exchang pizza chain file"), story: 0, copyOf: null);
        var apart = clusterer.Add(Article(0.4, "@sbarro pizza chain file bankruptci"));
        Assert.NotEqual(0, clusterer.Assignment(apart).Story);
    }

    [Fact]
    public void Candidates_come_from_the_index_so_unrelated_stories_are_never_scored()
    {
        var scored = new List<int>();
        var clusterer = new StoryClusterer(Texts) { Trace = (_, story, _, _) => scored.Add(story) };
        for (var i = 0; i < 300; i++)
        {
            clusterer.Add(Article(i * 0.01, $"@topic{i} alpha{i} beta{i} gamma{i}"));
        }
        scored.Clear();
        clusterer.Add(Article(3.01, "@topic7 alpha7 beta7 delta"));
        Assert.Equal([7], scored.Distinct());
        Assert.Equal(300, clusterer.StoryCount);
    }

    [Fact]
    public void Placed_articles_resume_a_clustering_and_their_texts_are_found_as_originals()
    {
        var body = string.Join(' ', Enumerable.Range(0, 80).Select(i => "w" + (i * 13 % 97).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var clusterer = new StoryClusterer(Texts);
        clusterer.Place(Article(0, "@AZE @ARM #32 releas exchang soldier", body: body), story: 0, copyOf: null);
        clusterer.Place(Article(0.1, "@davos forum economi leader"), story: 1, copyOf: null);
        clusterer.Place(Article(0.2, "@ARM @AZE #32 releas soldier agreement"), story: 0, copyOf: null);
        var follow = clusterer.Add(Article(0.3, "@AZE @ARM #32 soldier exchang releas"));
        var copy = clusterer.Add(Article(0.4, "@AZE copi", body: body));
        Assert.Equal(0, clusterer.Assignment(follow).Story);
        Assert.Equal(new StoryAssignment(0, 0), clusterer.Assignment(copy));
        Assert.Equal(2, clusterer.StoryCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => clusterer.Place(Article(1, "x y"), story: 5, copyOf: null));
        Assert.Throws<ArgumentOutOfRangeException>(() => clusterer.Place(Article(1, "x y"), story: 0, copyOf: 99));
    }

    [Fact]
    public void The_merge_pass_joins_a_split_story_and_leaves_other_events_apart()
    {
        // A join threshold no pair reaches: one pass leaves every article alone.
        var clusterer = new StoryClusterer(Texts with { JoinThreshold = 0.99 });
        string[] texts =
        [
            "@AZE @ARM #32 prison releas exchang soldier",
            "@davos forum economi davos leader",
            "@ARM @AZE #32 releas soldier exchang agreement",
            "@davos economi forum speech leader",
        ];
        foreach (var (text, k) in texts.Select((t, k) => (t, k)))
        {
            clusterer.Add(Article(k * 0.1, text));
        }
        Assert.Equal(4, clusterer.StoryCount);
        Assert.Equal(2, clusterer.MergeStories(0.3));
        var stories = Enumerable.Range(0, texts.Length).Select(i => clusterer.Assignment(i).Story).ToArray();
        Assert.Equal(stories[0], stories[2]);
        Assert.Equal(stories[1], stories[3]);
        Assert.NotEqual(stories[0], stories[1]);
        Assert.Equal(2, clusterer.Stories().Count(s => s.Count > 0));
    }

    [Fact]
    public void A_long_story_keeps_taking_reports_after_its_early_members_are_let_go()
    {
        var clusterer = new StoryClusterer(Texts);
        // 40 reports of one exchange among 40 of other news: far more members than are compared one by one.
        for (var k = 0; k < 40; k++)
        {
            clusterer.Add(Article(k * 0.05, $"@AZE @ARM #32 prison releas exchang soldier detail{k}"));
            clusterer.Add(Article((k * 0.05) + 0.01, $"@place{k} flood rain river town{k} damag"));
        }
        var exchange = Enumerable.Range(0, 40).Select(k => clusterer.Assignment(2 * k).Story).Distinct().ToArray();
        Assert.Single(exchange);
        Assert.Equal(40, clusterer.Stories()[exchange[0]].Count);
    }

    [Fact]
    public void Stories_closed_and_swept_long_ago_still_merge_in_a_merge_pass()
    {
        var clusterer = new StoryClusterer(Texts with { JoinThreshold = 0.99 });
        clusterer.Add(Article(0, "@AZE @ARM #32 prison releas exchang soldier"));
        clusterer.Add(Article(0.1, "@ARM @AZE #32 releas soldier exchang agreement"));
        // Three months of unrelated news close both stories and run the sweep many times over.
        for (var k = 0; k < 3000; k++)
        {
            clusterer.Add(Article(1 + (k * 0.03), $"@place{k % 50} other{k} news{k % 7}"));
        }
        clusterer.MergeStories(0.3);
        Assert.Equal(clusterer.Assignment(0).Story, clusterer.Assignment(1).Story);
    }

    [Fact]
    public void The_merge_pass_keeps_the_same_kind_of_event_weeks_apart()
    {
        var clusterer = new StoryClusterer(Texts with { JoinThreshold = 0.99 });
        clusterer.Add(Article(0, "@AZE @ARM prison releas exchang soldier"));
        clusterer.Add(Article(45, "@AZE @ARM prison releas exchang soldier"));
        Assert.Equal(0, clusterer.MergeStories(0.3));
    }

    [Fact]
    public void Extend_places_a_late_report_in_its_stored_story_and_numbers_new_stories_negative()
    {
        PriorArticle[] prior =
        [
            new(Article(1, "@AZE @ARM #32 prison releas exchang soldier"), Story: 17, CopyOf: null),
            new(Article(1.2, "@ARM @AZE #32 releas soldier exchang agreement"), Story: 17, CopyOf: null),
            new(Article(1.1, "@davos forum economi davos leader"), Story: 9, CopyOf: null),
        ];
        ArticleFingerprint[] incoming =
        [
            Article(2, "@chess ganja open record player"),
            // Published before the stored reports, arriving after them.
            Article(0.5, "@AZE @ARM #32 soldier releas exchang"),
            Article(2.1, "@poti harbour storm port reopen"),
        ];
        var placed = StoryFinder.Extend(prior, incoming);
        Assert.Equal([17, 17, 9], placed.Take(3).Select(p => p.Story));
        Assert.Equal(17, placed[4].Story);
        Assert.Equal(-1, placed[3].Story);
        Assert.Equal(-2, placed[5].Story);
    }

    [Fact]
    public void Extend_makes_an_earlier_published_text_the_original_of_a_stored_copy()
    {
        var body = string.Join(' ', Enumerable.Range(0, 80).Select(i => "w" + (i * 13 % 97).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        PriorArticle[] prior = [new(Article(1, "@AZE @ARM releas", body: body), Story: 3, CopyOf: null)];
        var placed = StoryFinder.Extend(prior, [Article(0.5, "@AZE @ARM releas", body: body)]);
        Assert.Equal(new Placement(3, 1), placed[0]);
        Assert.Equal(new Placement(3, null), placed[1]);
    }
}
