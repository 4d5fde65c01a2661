using Corroborate.Documents;
using Corroborate.Storage;
using Corroborate.Stories;
using Microsoft.Data.Sqlite;

namespace Corroborate.Tests.Storage;

public sealed class SqliteStoryStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corroborate-stories-" + Guid.NewGuid().ToString("N"));

    public SqliteStoryStoreTests() => Directory.CreateDirectory(_directory);

    private string DbPath => Path.Combine(_directory, "test.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Article Article(string key, DateTime? published, string? outlet = "Outlet", string? item = null) => new()
    {
        Title = "Title " + key,
        Outlet = outlet is null ? null : new Outlet(outlet, null),
        Published = published is { } p ? new PublicationDate(p, DatePrecision.Minute, TimeSpan.Zero) : null,
        Language = "en",
        Text = "Text of " + key,
        Source = new SourceRef("in.jsonl", "jsonl", 1) { ItemId = item },
        RawHash = "raw-" + key,
        ContentHash = "content-" + key,
    };

    private static long[] Store(SqliteArticleStore store, params Article[] articles)
    {
        using var batch = store.BeginBatch("test");
        var ids = articles.Select(a => batch.Add(a).Id).ToArray();
        batch.Commit(new BatchSummary(1, articles.Length, 0, 0));
        return ids;
    }

    private static ArticleFingerprint Fingerprint(string words) =>
        new(new DateTime(2023, 12, 7, 12, 0, 0), "Outlet", false, MinHash.Of(words), [.. words.Split(' ').Select(w => new WeightedTerm(w, 1.5f))])
        {
            Until = new DateTime(2023, 12, 8),
        };

    private static StoryWrite Write(long? id, string title, params (long Article, long? CopyOf)[] members) =>
        new(id, title, new PublicationDate(new DateTime(2023, 12, 7), DatePrecision.Day), new PublicationDate(new DateTime(2023, 12, 9), DatePrecision.Day),
            members.Length, members.Length, members);

    [Fact]
    public void Fingerprints_round_trip_and_damaged_bytes_are_refused()
    {
        var fingerprint = Fingerprint("releas exchang @ARM #32 %2023-12-07");
        var decoded = FingerprintCodec.Decode(FingerprintCodec.Encode(fingerprint));
        Assert.Equal(fingerprint.Time, decoded.Time);
        Assert.Equal(fingerprint.Until, decoded.Until);
        Assert.Equal(fingerprint.Outlet, decoded.Outlet);
        Assert.Equal(fingerprint.Terms, decoded.Terms);
        Assert.Equal(fingerprint.Signature.Values, decoded.Signature.Values);
        Assert.Equal(fingerprint.Signature.Shingles, decoded.Signature.Shingles);
        var undated = new ArticleFingerprint(null, null, true, MinHash.Of(""), []);
        var back = FingerprintCodec.Decode(FingerprintCodec.Encode(undated));
        Assert.Null(back.Time);
        Assert.True(back.Syndicated);

        var bytes = FingerprintCodec.Encode(fingerprint);
        Assert.Throws<InvalidDataException>(() => FingerprintCodec.Decode(bytes[..^3]));
        Assert.Throws<InvalidDataException>(() => FingerprintCodec.Decode([9, .. bytes[1..]]));
        Assert.Throws<InvalidDataException>(() => FingerprintCodec.Decode([.. bytes, 0]));
    }

    [Fact]
    public void Stories_are_written_listed_and_rewritten_in_one_transaction()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var ids = Store(store, Article("a", new DateTime(2023, 12, 7, 9, 0, 0)), Article("b", new DateTime(2023, 12, 8, 9, 0, 0)),
            Article("c", new DateTime(2023, 12, 20, 9, 0, 0)));
        var fingerprint = Fingerprint("releas exchang");
        var written = store.SaveStories([(ids[0], fingerprint)], "v1",
            [Write(null, "Exchange", (ids[0], null), (ids[1], ids[0])), Write(null, "Other", (ids[2], null))], []);
        Assert.Equal(2, written.Count);
        Assert.Equal(2, store.StoryCount());
        Assert.Equal([new StoryMembership(ids[0], written[0], null), new StoryMembership(ids[1], written[0], ids[0])], store.StoryMembers(written[0]));
        Assert.Equal("Exchange", store.GetStory(written[0])!.Title);
        Assert.Equal(2, store.GetStory(written[0])!.Articles);
        Assert.Equal("2023-12-09", store.GetStory(written[0])!.Last!.ToString());
        Assert.Single(store.Fingerprints([ids[0], ids[1]], "v1"));
        Assert.Empty(store.Fingerprints([ids[0]], "v2"));

        // Article c moves into the first story; the second, left empty, is deleted.
        store.SaveStories([], "v1", [Write(written[0], "Exchange", (ids[0], null), (ids[1], ids[0]), (ids[2], null))], [written[1]]);
        Assert.Equal(1, store.StoryCount());
        Assert.Null(store.GetStory(written[1]));
        Assert.Equal(3, store.StoryMembers(written[0]).Count);
        Assert.Empty(store.UnclusteredArticles(null, null));
    }

    [Fact]
    public void A_failed_write_leaves_the_stories_as_they_were()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var ids = Store(store, Article("a", new DateTime(2023, 12, 7, 9, 0, 0)));
        var first = store.SaveStories([], "v1", [Write(null, "One", (ids[0], null))], []);
        // The second story names an article that is not stored: the foreign key fails the whole write.
        Assert.Throws<StoreException>(() => store.SaveStories([(ids[0], Fingerprint("x"))], "v1",
            [Write(first[0], "Renamed", (ids[0], null)), Write(null, "Broken", (999, null))], []));
        Assert.Equal("One", store.GetStory(first[0])!.Title);
        Assert.Equal(1, store.StoryCount());
        Assert.Empty(store.Fingerprints([ids[0]], "v1"));
    }

    [Fact]
    public void Stories_are_found_by_time_window_and_articles_outside_stories_are_listed()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var ids = Store(store, Article("early", new DateTime(2023, 11, 1, 9, 0, 0)), Article("late", new DateTime(2023, 12, 20, 9, 0, 0)),
            Article("undated", null), Article("loose", new DateTime(2023, 12, 21, 9, 0, 0)));
        var early = new StoryWrite(null, "Early", new PublicationDate(new DateTime(2023, 11, 1, 9, 0, 0), DatePrecision.Minute),
            new PublicationDate(new DateTime(2023, 11, 1, 9, 0, 0), DatePrecision.Minute), 1, 1, [(ids[0], null)]);
        var late = early with
        {
            Title = "Late",
            First = new PublicationDate(new DateTime(2023, 12, 20, 9, 0, 0), DatePrecision.Minute),
            Last = new PublicationDate(new DateTime(2023, 12, 20, 9, 0, 0), DatePrecision.Minute),
            Members = [(ids[1], null)]
        };
        var undated = early with { Title = "Undated", First = null, Last = null, Members = [(ids[2], null)] };
        var written = store.SaveStories([], "v1", [early, late, undated], []);

        var window = store.MembersOfStoriesBetween(new DateTime(2023, 12, 1), new DateTime(2023, 12, 31), undatedStories: 0);
        Assert.Equal([ids[1]], window.Select(m => m.ArticleId));
        var withUndated = store.MembersOfStoriesBetween(new DateTime(2023, 12, 1), null, undatedStories: 10);
        Assert.Equal([ids[1], ids[2]], withUndated.Select(m => m.ArticleId));
        Assert.Equal([ids[3]], store.UnclusteredArticles(new DateTime(2023, 12, 1), new DateTime(2023, 12, 31)));
        Assert.Empty(store.UnclusteredArticles(new DateTime(2023, 1, 1), new DateTime(2023, 2, 1)));
        // Latest first; undated last.
        Assert.Equal([written[1], written[0], written[2]], store.ListStories().Select(s => s.Id));
        Assert.Equal([written[0]], store.ListStories(1, 1).Select(s => s.Id));
    }

    [Fact]
    public void The_jsonl_id_of_an_article_is_stored()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var ids = Store(store, Article("a", null, item: "doc-7"), Article("b", null));
        Assert.Equal("doc-7", store.Get(ids[0])!.Article.Source.ItemId);
        Assert.Null(store.Get(ids[1])!.Article.Source.ItemId);
    }

    [Fact]
    public void A_version_1_database_is_upgraded_with_its_articles_kept()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            SqliteMigrations.Apply(connection, SqliteMigrations.Scripts.Take(1).ToList());
        }
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO batches (id, description, started_at) VALUES (1, 'old', '2023-12-07T00:00:00.000Z');
                INSERT INTO articles (batch_id, ingested_at, content_hash, raw_hash, source_path, source_format, title, title_derived,
                    authors, language, text) VALUES (1, '2023-12-07T00:00:00.000Z', 'c', 'r', 'old.txt', 'text', 'Old', 0, '[]', 'en', 'Old text');
                """;
            insert.ExecuteNonQuery();
            Assert.Equal(1, SqliteMigrations.UserVersion(connection));
        }
        using var store = SqliteArticleStore.Open(DbPath);
        Assert.Equal(1, store.Count());
        Assert.Equal("Old", store.Get(1)!.Article.Title);
        Assert.Equal(0, store.StoryCount());
        Assert.Equal([1L], store.UnclusteredArticles(null, null));
    }
}
