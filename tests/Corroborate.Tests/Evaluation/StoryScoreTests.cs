using Corroborate.Evaluation;

namespace Corroborate.Tests.Evaluation;

public class StoryScoreTests
{
    [Fact]
    public void A_perfect_clustering_scores_one_whatever_the_labels()
    {
        var s = StoryScore.Of<string, int>(["a", "a", "b"], [7, 7, 3]);
        Assert.Equal(1.0, s.BCubed.F1, 9);
        Assert.Equal(1.0, s.Pairwise.F1, 9);
    }

    [Fact]
    public void Bcubed_and_pairwise_match_a_hand_computed_case()
    {
        // Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
        var s = StoryScore.Of<string, int>(["A", "A", "A", "B", "B"], [1, 1, 2, 2, 2]);
        // B³ precision: items 1,2: 2/2; item 3: 1/3; items 4,5: 2/3 → (1+1+1/3+2/3+2/3)/5 = 11/15.
        Assert.Equal(11.0 / 15, s.BCubed.Precision, 9);
        // B³ recall: items 1,2: 2/3; item 3: 1/3; items 4,5: 2/2 → (2/3+2/3+1/3+1+1)/5 = 11/15.
        Assert.Equal(11.0 / 15, s.BCubed.Recall, 9);
        // Pairs: predicted {12, 34, 35, 45}; gold {12, 13, 23, 45}; shared {12, 45}.
        Assert.Equal(0.5, s.Pairwise.Precision, 9);
        Assert.Equal(0.5, s.Pairwise.Recall, 9);
        Assert.Equal((5, 2, 2), (s.Articles, s.GoldStories, s.PredictedStories));
    }

    [Fact]
    public void All_singletons_have_full_precision_and_low_recall()
    {
        var s = StoryScore.Of<string, int>(["A", "A", "B", "B"], [1, 2, 3, 4]);
        Assert.Equal(1.0, s.BCubed.Precision, 9);
        Assert.Equal(0.5, s.BCubed.Recall, 9);
        Assert.Equal(0.0, s.Pairwise.Recall, 9);
    }

    [Fact]
    public void Mismatched_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => StoryScore.Of<string, int>(["A"], [1, 2]));
    }
}
