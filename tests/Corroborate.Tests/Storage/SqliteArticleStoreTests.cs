using Corroborate.Documents;
using Corroborate.Storage;
using Microsoft.Data.Sqlite;

namespace Corroborate.Tests.Storage;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private static readonly string[] NoAuthors = [];
    private static readonly Removal[] NoRemovals = [];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corroborate-store-" + Guid.NewGuid().ToString("N"));

    public SqliteArticleStoreTests() => Directory.CreateDirectory(_directory);

    private string DbPath => Path.Combine(_directory, "test.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<PublicationDate?> Dates => new()
    {
        new PublicationDate(new DateTime(2023, 12, 7, 10, 0, 0), DatePrecision.Second, TimeSpan.FromHours(4)),
        new PublicationDate(new DateTime(2023, 12, 7, 10, 0, 0), DatePrecision.Second, TimeSpan.Zero),
        new PublicationDate(new DateTime(2023, 12, 7, 10, 0, 0), DatePrecision.Minute, TimeSpan.FromMinutes(-330)),
        new PublicationDate(new DateTime(2023, 12, 8, 14, 21, 0), DatePrecision.Minute),
        new PublicationDate(new DateTime(2023, 12, 8), DatePrecision.Day),
        new PublicationDate(new DateTime(2023, 12, 1), DatePrecision.Month),
        new PublicationDate(new DateTime(2023, 1, 1), DatePrecision.Year),
        null,
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Round_trips_every_field_of_an_article(PublicationDate? published)
    {
        var article = FullArticle("round trip") with { Published = published };
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        StoreResult result;
        long batchId;
        using (var store = SqliteArticleStore.Open(DbPath))
        {
            using var batch = store.BeginBatch("test");
            result = batch.Add(article);
            batch.Commit(new BatchSummary(1, 1, 0, 0));
            batchId = store.Get(result.Id)!.BatchId;
        }

        using var reopened = SqliteArticleStore.Open(DbPath);
        var stored = reopened.Get(result.Id);
        Assert.NotNull(stored);
        Assert.Equal(result.Id, stored.Id);
        Assert.Equal(batchId, stored.BatchId);
        Assert.InRange(stored.IngestedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        AssertSameArticle(article, stored.Article);
        Assert.Equal(published?.ToString(), stored.Article.Published?.ToString());
        Assert.Equal(published?.Offset, stored.Article.Published?.Offset);
    }

    [Fact]
    public void Round_trips_an_article_with_nothing_optional()
    {
        var article = new Article
        {
            Title = "Bare",
            Text = "Only text.",
            Source = new SourceRef("bare.txt", "text"),
            RawHash = "raw-bare",
            ContentHash = "content-bare",
        };
        using var store = SqliteArticleStore.Open(DbPath);
        var id = AddCommitted(store, article)[0].Id;

        var stored = store.Get(id)!.Article;
        AssertSameArticle(article, stored);
        Assert.Null(stored.Outlet);
        Assert.Null(stored.Attribution.CarriedBy);
        Assert.Empty(stored.Authors);
    }

    [Fact]
    public void Unicode_text_round_trips_unchanged()
    {
        const string Text = "Bakı, Azərbaycan — İlham Əliyev.\n\nالعربية نص\n\n中文文本 😀 e\u0301 \u200d";
        var article = FullArticle("unicode") with { Title = "Şuşa 😀 中文", Text = Text, Authors = ["Müller", "Ümid Ağayev"] };
        using var store = SqliteArticleStore.Open(DbPath);
        var id = AddCommitted(store, article)[0].Id;

        var stored = store.Get(id)!.Article;
        Assert.Equal(Text, stored.Text);
        AssertSameArticle(article, stored);
    }

    [Fact]
    public void Get_returns_null_for_an_unknown_id()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        Assert.Null(store.Get(42));
    }

    [Fact]
    public void Same_content_twice_in_one_batch_is_a_duplicate_of_the_first()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var results = AddCommitted(store, FullArticle("same"), FullArticle("other"), FullArticle("same") with { Source = new SourceRef("elsewhere.html", "html") });

        Assert.Equal(new StoreResult(results[0].Id, IsDuplicate: false), results[0]);
        Assert.False(results[1].IsDuplicate);
        Assert.Equal(new StoreResult(results[0].Id, IsDuplicate: true), results[2]);
        Assert.Equal(2, store.Count());
        // The first copy is kept as it was, not overwritten by the duplicate.
        Assert.Equal("feed.xml", store.Get(results[0].Id)!.Article.Source.Path);
    }

    [Fact]
    public void Same_content_in_a_later_batch_is_a_duplicate_of_the_stored_one()
    {
        long firstId;
        using (var store = SqliteArticleStore.Open(DbPath))
        {
            firstId = AddCommitted(store, FullArticle("first"))[0].Id;
        }
        using var reopened = SqliteArticleStore.Open(DbPath);
        var results = AddCommitted(reopened, FullArticle("second"), FullArticle("first"));

        Assert.False(results[0].IsDuplicate);
        Assert.Equal(new StoreResult(firstId, IsDuplicate: true), results[1]);
        Assert.Equal(2, reopened.Count());
    }

    [Fact]
    public void A_batch_disposed_without_commit_leaves_nothing()
    {
        using (var store = SqliteArticleStore.Open(DbPath))
        {
            using (var batch = store.BeginBatch("abandoned"))
            {
                batch.Add(FullArticle("a"));
                batch.Add(FullArticle("b"));
                Assert.Equal(2, store.Count());
            }
            Assert.Equal(0, store.Count());
            Assert.Empty(store.List());
        }

        Assert.Equal(0L, Scalar("SELECT count(*) FROM batches"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM articles"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM removals"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM cited_sources"));
    }

    [Fact]
    public void Disposing_the_store_with_an_open_batch_rolls_it_back()
    {
        using (var store = SqliteArticleStore.Open(DbPath))
        {
            var batch = store.BeginBatch("left open");
            batch.Add(FullArticle("a"));
        }
        using var reopened = SqliteArticleStore.Open(DbPath);
        Assert.Equal(0, reopened.Count());
        Assert.Equal(0L, Scalar("SELECT count(*) FROM batches"));
    }

    [Fact]
    public void A_committed_batch_records_its_description_and_counts()
    {
        using (var store = SqliteArticleStore.Open(DbPath))
        {
            using var batch = store.BeginBatch("ingest feeds/");
            batch.Add(FullArticle("a"));
            batch.Commit(new BatchSummary(Inputs: 3, Articles: 1, Duplicates: 2, Problems: 4));
        }

        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT description, started_at, finished_at, inputs, articles, duplicates, problems FROM batches";
        using var row = command.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal("ingest feeds/", row.GetString(0));
        Assert.False(row.IsDBNull(1));
        Assert.False(row.IsDBNull(2));
        Assert.Equal([3L, 1L, 2L, 4L], [row.GetInt64(3), row.GetInt64(4), row.GetInt64(5), row.GetInt64(6)]);
        Assert.False(row.Read());
    }

    [Fact]
    public void Only_one_batch_may_be_open_at_a_time()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        using (store.BeginBatch("first"))
        {
            Assert.Throws<InvalidOperationException>(() => store.BeginBatch("second"));
        }
        using var next = store.BeginBatch("after the first closed");
        next.Add(FullArticle("a"));
        next.Commit(new BatchSummary(1, 1, 0, 0));
        Assert.Equal(1, store.Count());
    }

    [Fact]
    public void A_committed_batch_takes_no_more_articles()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        using var batch = store.BeginBatch("done");
        batch.Commit(new BatchSummary(0, 0, 0, 0));
        Assert.Throws<InvalidOperationException>(() => batch.Add(FullArticle("late")));
    }

    [Fact]
    public void List_pages_through_articles_in_id_order()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var ids = AddCommitted(store, [.. Enumerable.Range(1, 5).Select(i => FullArticle($"n{i}") with { Title = $"Title {i}" })])
            .Select(r => r.Id).ToArray();

        Assert.Equal(ids, store.List().Select(s => s.Id));
        Assert.Equal(ids[1..3], store.List(offset: 1, limit: 2).Select(s => s.Id));
        Assert.Equal(["Title 2", "Title 3"], store.List(offset: 1, limit: 2).Select(s => s.Title));
        Assert.Empty(store.List(offset: 5));
        Assert.Empty(store.List(limit: 0));
        Assert.Equal(5, store.Count());
    }

    [Fact]
    public void List_summarises_each_article()
    {
        var withRecord = FullArticle("record");
        var withoutRecord = FullArticle("plain") with
        {
            Source = new SourceRef("story.txt", "text"),
            Outlet = null,
            Attribution = Attribution.None,
            Published = null,
            Language = "und",
            Text = "Bakı 😀",
        };
        using var store = SqliteArticleStore.Open(DbPath);
        AddCommitted(store, withRecord, withoutRecord);

        var summaries = store.List();
        Assert.Equal(2, summaries.Count);
        var first = summaries[0];
        Assert.Equal(withRecord.Title, first.Title);
        Assert.Equal(withRecord.Outlet, first.Outlet);
        Assert.Equal(withRecord.Attribution.CarriedBy, first.CarriedBy);
        Assert.Equal(withRecord.Published, first.Published);
        Assert.Equal("en", first.Language);
        Assert.Equal("feed.xml#7", first.Source);
        Assert.Equal(withRecord.Text.Length, first.Characters);

        var second = summaries[1];
        Assert.Null(second.Outlet);
        Assert.Null(second.CarriedBy);
        Assert.Null(second.Published);
        Assert.Equal("story.txt", second.Source);
        // SQLite counts characters (code points), so the emoji is one.
        Assert.Equal(6, second.Characters);
    }

    [Fact]
    public void Published_utc_orders_dates_by_instant_when_the_offset_is_known()
    {
        var bakuTen = new PublicationDate(new DateTime(2023, 12, 7, 10, 0, 0), DatePrecision.Second, TimeSpan.FromHours(4));
        var utcEight = new PublicationDate(new DateTime(2023, 12, 7, 8, 0, 0), DatePrecision.Minute, TimeSpan.Zero);
        var dayOnly = new PublicationDate(new DateTime(2023, 12, 7), DatePrecision.Day);
        using var store = SqliteArticleStore.Open(DbPath);
        AddCommitted(store,
            FullArticle("baku") with { Published = bakuTen },
            FullArticle("utc") with { Published = utcEight },
            FullArticle("day") with { Published = dayOnly },
            FullArticle("undated") with { Published = null });

        Assert.Equal(
            "day 2023-12-07T00:00:00|baku 2023-12-07T06:00:00|utc 2023-12-07T08:00:00",
            Scalar("SELECT group_concat(substr(content_hash, 9) || ' ' || published_utc, '|') FROM " +
                "(SELECT * FROM articles WHERE published_utc IS NOT NULL ORDER BY published_utc)"));
    }

    [Fact]
    public void Uses_the_write_ahead_log()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public void New_database_is_at_the_latest_schema_version()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        Assert.True(SqliteMigrations.Latest >= 1);
        Assert.Equal((long)SqliteMigrations.Latest, Scalar("PRAGMA user_version"));
        Assert.Equal("STRICT", Scalar("SELECT CASE WHEN sql LIKE '%) STRICT' THEN 'STRICT' END FROM sqlite_schema WHERE name = 'articles'"));
    }

    [Fact]
    public void Migrations_run_once()
    {
        using var connection = OpenRaw();
        Assert.Equal(SqliteMigrations.Latest, SqliteMigrations.Apply(connection));
        Assert.Equal(0, SqliteMigrations.Apply(connection));
        Assert.Equal(SqliteMigrations.Latest, SqliteMigrations.UserVersion(connection));
    }

    [Fact]
    public void Reopening_keeps_the_data_and_the_schema_version()
    {
        long id;
        using (var store = SqliteArticleStore.Open(DbPath))
        {
            id = AddCommitted(store, FullArticle("kept"))[0].Id;
        }
        using (var again = SqliteArticleStore.Open(DbPath))
        {
            Assert.Equal(1, again.Count());
            Assert.NotNull(again.Get(id));
        }
        Assert.Equal((long)SqliteMigrations.Latest, Scalar("PRAGMA user_version"));
    }

    [Fact]
    public void A_failing_migration_leaves_the_database_at_the_last_good_version()
    {
        using var connection = OpenRaw();
        string[] scripts = ["CREATE TABLE one (x INTEGER)", "CREATE TABLE two (x INTEGER); INSERT INTO missing VALUES (1)"];

        Assert.Throws<SqliteException>(() => SqliteMigrations.Apply(connection, scripts));

        Assert.Equal(1, SqliteMigrations.UserVersion(connection));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'two'"));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'one'"));
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused()
    {
        using (SqliteArticleStore.Open(DbPath))
        {
        }
        Execute($"PRAGMA user_version = {SqliteMigrations.Latest + 1}");

        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(DbPath));
        Assert.Contains($"schema version {SqliteMigrations.Latest + 1} is newer than this corroborate ({SqliteMigrations.Latest})", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused()
    {
        var path = Path.Combine(_directory, "notes.txt");
        const string Content = "These are notes, not a database.\nSecond line of plain text that is long enough.\n";
        File.WriteAllText(path, Content);

        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Equal($"cannot open database {path}: not a SQLite database", error.Message);
        Assert.Equal(Content, File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_directory_is_refused_in_one_line()
    {
        var path = Path.Combine(_directory, "missing", "test.db");

        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.StartsWith($"cannot open database {path}: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(Directory.Exists(Path.Combine(_directory, "missing")));
    }

    [Fact]
    public void Creates_the_file_when_missing()
    {
        Assert.False(File.Exists(DbPath));
        using var store = SqliteArticleStore.Open(DbPath);
        Assert.True(File.Exists(DbPath));
        Assert.Equal(0, store.Count());
    }

    private static Article FullArticle(string key) => new()
    {
        Title = "Azerbaijan and Armenia agree to exchange prisoners",
        TitleDerived = true,
        Outlet = new Outlet("AzerNews", "azernews.az"),
        Authors = ["Ali Aliyev", "Jane Doe"],
        Published = new PublicationDate(new DateTime(2023, 12, 7, 10, 0, 0), DatePrecision.Second, TimeSpan.FromHours(4)),
        Url = "https://azernews.az/news/" + key,
        Language = "en",
        Attribution = new Attribution
        {
            CarriedBy = new Outlet("MENAFN", "menafn.com"),
            Cited = [
                new CitedSource("Azertag", SourceKind.Outlet, "according to Azertag"),
                new CitedSource("Hikmet Hajiyev", SourceKind.Person, "Hikmet Hajiyev said"),
                new CitedSource("Ministry of Foreign Affairs", SourceKind.Organization, "the ministry said"),
            ],
        },
        Text = "Baku and Yerevan agreed on Thursday.\n\nThe exchange follows talks. " + key,
        Removals = [
            new Removal("boilerplate", "Share this article", 1),
            new Removal("byline", "By Ali Aliyev", 2),
            new Removal("boilerplate", "Share this article", 9),
        ],
        Source = new SourceRef("feed.xml", "rss", Record: 7, Offset: 12_345_678_901),
        RawHash = "raw-" + key,
        ContentHash = "content-" + key,
    };

    private static List<StoreResult> AddCommitted(SqliteArticleStore store, params Article[] articles)
    {
        using var batch = store.BeginBatch("test batch");
        var results = articles.Select(batch.Add).ToList();
        batch.Commit(new BatchSummary(articles.Length, results.Count(r => !r.IsDuplicate), results.Count(r => r.IsDuplicate), 0));
        return results;
    }

    /// <summary>Article is a record whose lists compare by reference: compare them element-wise, then
    /// everything else with the lists replaced by one shared instance.</summary>
    private static void AssertSameArticle(Article expected, Article actual)
    {
        Assert.Equal(expected.Authors, actual.Authors);
        Assert.Equal(expected.Removals, actual.Removals);
        Assert.Equal(expected.Attribution.CarriedBy, actual.Attribution.CarriedBy);
        Assert.Equal(expected.Attribution.Cited, actual.Attribution.Cited);
        Assert.Equal(WithoutLists(expected), WithoutLists(actual));
    }

    private static Article WithoutLists(Article article) =>
        article with { Authors = NoAuthors, Removals = NoRemovals, Attribution = Attribution.None };

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private object? Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
