using Corroborate.Documents;
using Corroborate.Ingest;
using Corroborate.Language;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Microsoft.Data.Sqlite;

namespace Corroborate.Tests.Pipeline;

/// <summary>Stories kept in a real SQLite file, resumed batch by batch and re-examined.</summary>
public sealed class StoryIndexTests : IDisposable
{
    private static readonly string Examples = Path.Combine(SharedData.RepoRoot, "examples", "prisoner-exchange");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corroborate-index-" + Guid.NewGuid().ToString("N"));

    public StoryIndexTests() => Directory.CreateDirectory(_directory);

    private string DbPath => Path.Combine(_directory, "stories.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static List<long> Ingest(SqliteArticleStore store, params string[] paths)
    {
        using var batch = store.BeginBatch("test");
        var ids = new Ingestor().Read(paths, p => Assert.Fail(p.ToString())).Select(a => batch.Add(a).Id).Distinct().ToList();
        batch.Commit(new BatchSummary(paths.Length, ids.Count, 0, 0));
        return ids;
    }

    private static string Name(Article a) => Path.GetFileName(a.Source.ToString());

    [Fact]
    public void The_examples_are_stored_as_their_five_stories_and_a_second_run_changes_nothing()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var index = new StoryIndex(store, store, LanguageModels.Default);
        var ids = Ingest(store, Examples);
        var stories = index.Add(ids);
        Assert.Equal(5, stories.Count);
        Assert.Equal(5, store.StoryCount());
        var exchange = Assert.Single(stories, s => s.Members.Count == 6);
        var copy = Assert.Single(exchange.Members, m => m.CopyOf is not null);
        Assert.Equal("wire-syndicated-copy.txt", Name(copy.Article));
        Assert.Equal("caspian-ledger.txt", Name(exchange.Members.Single(m => m.Id == copy.CopyOf).Article));
        Assert.Equal(5, store.GetStory(exchange.Id!.Value)!.IndependentOutlets);
        Assert.Equal(10, Scalar("SELECT count(*) FROM fingerprints"));

        var again = index.Add(ids);
        Assert.Equal(stories.Select(s => (s.Id, s.Members.Count)), again.Select(s => (s.Id, s.Members.Count)));
        Assert.Equal(5, store.StoryCount());
    }

    [SharedDataFact]
    public void Seeds_added_later_join_the_stored_exchange_story()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var index = new StoryIndex(store, store, LanguageModels.Default);
        var first = index.Add(Ingest(store, Examples));
        var exchange = first.Single(s => s.Members.Count == 6).Id;
        var seeds = index.Add(Ingest(store, SharedData.File("seeds")));
        var story = Assert.Single(seeds);
        Assert.Equal(exchange, story.Id);
        Assert.Equal(8, story.Members.Count);
        Assert.Equal(5, store.StoryCount());
    }

    [Fact]
    public void Recluster_of_a_settled_store_keeps_every_story_and_its_id()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var index = new StoryIndex(store, store, LanguageModels.Default);
        index.Add(Ingest(store, Examples));
        var before = store.ListStories().Select(s => (s.Id, s.Articles)).Order().ToList();

        var outcome = index.Recluster(null, null, mergeThreshold: 0.45);
        Assert.Equal(10, outcome.Articles);
        Assert.Equal(5, outcome.StoriesBefore);
        Assert.Equal(5, outcome.StoriesAfter);
        Assert.Equal(0, outcome.Moved);
        Assert.Equal(before, store.ListStories().Select(s => (s.Id, s.Articles)).Order().ToList());
    }

    [Fact]
    public void Recluster_places_articles_that_were_stored_without_a_story()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var index = new StoryIndex(store, store, LanguageModels.Default);
        Ingest(store, Examples);
        Assert.Equal(10, store.UnclusteredArticles(null, null).Count);
        var outcome = index.Recluster(null, null, mergeThreshold: 0.45);
        Assert.Equal(10, outcome.Articles);
        Assert.Equal(0, outcome.StoriesBefore);
        Assert.Equal(5, outcome.StoriesAfter);
        Assert.Equal(10, outcome.Moved);
        Assert.Empty(store.UnclusteredArticles(null, null));
    }

    [Fact]
    public void Fingerprints_of_another_version_are_made_again()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var index = new StoryIndex(store, store, LanguageModels.Default);
        index.Add(Ingest(store, Examples));
        Execute("UPDATE fingerprints SET version = 'old', data = x'00'");
        var outcome = index.Recluster(null, null, mergeThreshold: 0.45);
        Assert.Equal(5, outcome.StoriesAfter);
        Assert.Equal(10, Scalar($"SELECT count(*) FROM fingerprints WHERE version = '{index.FingerprintVersion}'"));
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
