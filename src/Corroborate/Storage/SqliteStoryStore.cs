using System.Globalization;
using System.Text.Json;
using Corroborate.Documents;
using Corroborate.Stories;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage;

/// <summary>The stories half of the SQLite store (tables of schema v2, see <see cref="SqliteMigrations"/>).</summary>
public sealed partial class SqliteArticleStore
{
    private const string SummaryColumns =
        "id, title, first_published, first_precision, last_published, last_precision, articles, outlets, independent_outlets";

    public IReadOnlyList<StoryMembership> MembersOfStoriesBetween(DateTime? from, DateTime? to, int undatedStories) => Guard("read", () =>
    {
        using var command = CreateCommand("""
            SELECT sa.article_id, sa.story_id, sa.copy_of
            FROM story_articles sa JOIN stories s ON s.id = sa.story_id
            WHERE (s.last_utc IS NOT NULL AND ($from IS NULL OR s.last_utc >= $from) AND ($to IS NULL OR s.first_utc <= $to))
               OR s.id IN (SELECT id FROM stories WHERE last_utc IS NULL ORDER BY id DESC LIMIT $undated)
            ORDER BY sa.article_id
            """);
        command.Parameters.AddWithValue("$from", Sortable(from));
        command.Parameters.AddWithValue("$to", Sortable(to));
        command.Parameters.AddWithValue("$undated", undatedStories);
        return ReadMemberships(command);
    });

    public IReadOnlyList<StoryMembership> Memberships(IReadOnlyCollection<long> articleIds) => Guard("read", () =>
    {
        using var command = CreateCommand(
            "SELECT article_id, story_id, copy_of FROM story_articles WHERE article_id IN (SELECT value FROM json_each($ids)) ORDER BY article_id");
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(articleIds));
        return ReadMemberships(command);
    });

    public IReadOnlyList<long> UnclusteredArticles(DateTime? from, DateTime? to) => Guard("read", () =>
    {
        using var command = CreateCommand("""
            SELECT id FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)
              AND (($from IS NULL AND $to IS NULL)
                   OR (published_utc IS NOT NULL AND ($from IS NULL OR published_utc >= $from) AND ($to IS NULL OR published_utc <= $to)))
            ORDER BY id
            """);
        command.Parameters.AddWithValue("$from", Sortable(from));
        command.Parameters.AddWithValue("$to", Sortable(to));
        using var row = command.ExecuteReader();
        var ids = new List<long>();
        while (row.Read())
        {
            ids.Add(row.GetInt64(0));
        }
        return (IReadOnlyList<long>)ids;
    });

    public IReadOnlyDictionary<long, ArticleFingerprint> Fingerprints(IReadOnlyCollection<long> articleIds, string version) => Guard("read", () =>
    {
        using var command = CreateCommand(
            "SELECT article_id, data FROM fingerprints WHERE version = $version AND article_id IN (SELECT value FROM json_each($ids))");
        command.Parameters.AddWithValue("$version", version);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(articleIds));
        using var row = command.ExecuteReader();
        var result = new Dictionary<long, ArticleFingerprint>();
        while (row.Read())
        {
            try
            {
                result[row.GetInt64(0)] = FingerprintCodec.Decode((byte[])row[1]);
            }
            catch (InvalidDataException)
            {
                // A damaged fingerprint is only a cache entry: leaving it out makes the caller compute it again.
            }
        }
        return (IReadOnlyDictionary<long, ArticleFingerprint>)result;
    });

    public IReadOnlyList<StorySummary> ListStories(int offset = 0, int limit = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("read", () =>
        {
            using var command = CreateCommand(
                $"SELECT {SummaryColumns} FROM stories ORDER BY last_utc IS NULL, last_utc DESC, id DESC LIMIT $limit OFFSET $offset");
            command.Parameters.AddWithValue("$limit", limit);
            command.Parameters.AddWithValue("$offset", offset);
            return ReadSummaries(command);
        });
    }

    public StorySummary? GetStory(long id) => Guard("read", () =>
    {
        using var command = CreateCommand($"SELECT {SummaryColumns} FROM stories WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return ReadSummaries(command).FirstOrDefault();
    });

    public IReadOnlyList<StoryMembership> StoryMembers(long storyId) => Guard("read", () =>
    {
        using var command = CreateCommand("SELECT article_id, story_id, copy_of FROM story_articles WHERE story_id = $id ORDER BY article_id");
        command.Parameters.AddWithValue("$id", storyId);
        return ReadMemberships(command);
    });

    public int StoryCount() => Guard("read", () =>
    {
        using var command = CreateCommand("SELECT count(*) FROM stories");
        return (int)(long)command.ExecuteScalar()!;
    });

    public IReadOnlyList<long> SaveStories(
        IReadOnlyList<(long ArticleId, ArticleFingerprint Fingerprint)> fingerprints,
        string fingerprintVersion,
        IReadOnlyList<StoryWrite> stories,
        IReadOnlyCollection<long> emptied)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_openBatch is not null)
        {
            throw new InvalidOperationException("an ingest batch is open on this store; commit or dispose it first");
        }
        return Guard("write to", () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            using var saveFingerprint = Command(transaction,
                "INSERT INTO fingerprints (article_id, version, data) VALUES ($id, $version, $data) " +
                "ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, data = excluded.data");
            foreach (var (id, fingerprint) in fingerprints)
            {
                Set(saveFingerprint, ("$id", id), ("$version", fingerprintVersion), ("$data", FingerprintCodec.Encode(fingerprint)));
                saveFingerprint.ExecuteNonQuery();
            }

            using var insertStory = Command(transaction, """
                INSERT INTO stories (title, first_published, first_precision, first_utc, last_published, last_precision, last_utc,
                    articles, outlets, independent_outlets, updated_at)
                VALUES ($title, $first, $first_precision, $first_utc, $last, $last_precision, $last_utc,
                    $articles, $outlets, $independent, $now)
                RETURNING id
                """);
            using var updateStory = Command(transaction, """
                UPDATE stories SET title = $title, first_published = $first, first_precision = $first_precision, first_utc = $first_utc,
                    last_published = $last, last_precision = $last_precision, last_utc = $last_utc,
                    articles = $articles, outlets = $outlets, independent_outlets = $independent, updated_at = $now
                WHERE id = $id
                """);
            using var clearMembers = Command(transaction, "DELETE FROM story_articles WHERE story_id = $id");
            using var saveMember = Command(transaction,
                "INSERT INTO story_articles (article_id, story_id, copy_of) VALUES ($article, $story, $copy) " +
                "ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, copy_of = excluded.copy_of");
            var now = SqliteValues.Timestamp(DateTimeOffset.UtcNow);
            var ids = new List<long>(stories.Count);
            foreach (var story in stories)
            {
                if (story.Members.Count == 0)
                {
                    throw new ArgumentException("a story needs at least one member", nameof(stories));
                }
                (string, object?)[] summary =
                [
                    ("$title", story.Title),
                    ("$first", story.First?.ToString()), ("$first_precision", story.First?.Precision.ToString()),
                    ("$first_utc", story.First is { } f ? SqliteValues.SortableTime(f) : null),
                    ("$last", story.Last?.ToString()), ("$last_precision", story.Last?.Precision.ToString()),
                    ("$last_utc", story.Last is { } l ? SqliteValues.SortableTime(l) : null),
                    ("$articles", story.Members.Count), ("$outlets", story.Outlets), ("$independent", story.IndependentOutlets),
                    ("$now", now),
                ];
                long id;
                if (story.Id is { } existing)
                {
                    Set(updateStory, [.. summary, ("$id", existing)]);
                    if (updateStory.ExecuteNonQuery() != 1)
                    {
                        throw new InvalidOperationException($"story {existing} is not stored");
                    }
                    Set(clearMembers, ("$id", existing));
                    clearMembers.ExecuteNonQuery();
                    id = existing;
                }
                else
                {
                    Set(insertStory, summary);
                    id = (long)insertStory.ExecuteScalar()!;
                }
                foreach (var (article, copyOf) in story.Members)
                {
                    Set(saveMember, ("$article", article), ("$story", id), ("$copy", copyOf));
                    saveMember.ExecuteNonQuery();
                }
                ids.Add(id);
            }

            using var deleteEmpty = Command(transaction,
                "DELETE FROM stories WHERE id = $id AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = $id)");
            foreach (var id in emptied)
            {
                Set(deleteEmpty, ("$id", id));
                deleteEmpty.ExecuteNonQuery();
            }
            transaction.Commit();
            return (IReadOnlyList<long>)ids;
        });
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static object Sortable(DateTime? time) =>
        time is { } t ? t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) : DBNull.Value;

    private static List<StoryMembership> ReadMemberships(SqliteCommand command)
    {
        using var row = command.ExecuteReader();
        var result = new List<StoryMembership>();
        while (row.Read())
        {
            result.Add(new StoryMembership(row.GetInt64(0), row.GetInt64(1), row.IsDBNull(2) ? null : row.GetInt64(2)));
        }
        return result;
    }

    private static List<StorySummary> ReadSummaries(SqliteCommand command)
    {
        using var row = command.ExecuteReader();
        var result = new List<StorySummary>();
        while (row.Read())
        {
            result.Add(new StorySummary(
                row.GetInt64(0),
                row.GetString(1),
                row.IsDBNull(2) ? null : PublicationDate.Parse(row.GetString(2), Enum.Parse<DatePrecision>(row.GetString(3))),
                row.IsDBNull(4) ? null : PublicationDate.Parse(row.GetString(4), Enum.Parse<DatePrecision>(row.GetString(5))),
                row.GetInt32(6),
                row.GetInt32(7),
                row.GetInt32(8)));
        }
        return result;
    }
}
