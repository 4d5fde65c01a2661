using Corroborate.Documents;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage;

/// <summary>
/// The article store in one SQLite file (WAL journal, versioned schema; see <see cref="SqliteMigrations"/>).
/// </summary>
/// <remarks>
/// An instance holds one connection and must be used from one thread at a time; other processes may
/// read the file while a batch is being written. Failures of SQLite or of the file surface as
/// <see cref="StoreException"/> with a one-line message.
/// </remarks>
public sealed partial class SqliteArticleStore : IArticleStore, IStoryStore
{
    private readonly SqliteConnection _connection;
    private readonly string _path;
    private SqliteIngestBatch? _openBatch;
    private bool _disposed;

    private SqliteArticleStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    private static bool HasTables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Opens the database at <paramref name="path"/>, creating the file if it is missing and
    /// bringing its schema up to date.</summary>
    /// <exception cref="StoreException">The directory is missing, the file is not a SQLite database, its
    /// schema is newer than this code, or SQLite fails.</exception>
    public static SqliteArticleStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new StoreException($"cannot open database {path}: {e.Message}", e);
        }
        var directory = Path.GetDirectoryName(fullPath);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException($"cannot open database {path}: directory {directory} does not exist");
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Closing the store must close the file (and checkpoint the WAL), not park it in a pool.
            Pooling = false,
            // Microsoft.Data.Sqlite retries a busy database for the command timeout on top of SQLite's
            // busy_timeout; matching them keeps the wait for another writer at about five seconds.
            DefaultTimeout = 5,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            // The first read of the file: this is where a file that is not SQLite is found out.
            var version = SqliteMigrations.UserVersion(connection);
            if (version > SqliteMigrations.Latest)
            {
                throw new StoreException(
                    $"cannot open database {path}: database schema version {version} is newer than this corroborate ({SqliteMigrations.Latest}); upgrade corroborate");
            }
            if (version == 0 && HasTables(connection))
            {
                // Another program's database: adding our tables to it would change a file that is not ours.
                throw new StoreException($"cannot open database {path}: it holds tables that are not corroborate's (another program's database?)");
            }
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            SqliteMigrations.Apply(connection);
            return new SqliteArticleStore(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"cannot open database {path}: {Reason(e)}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public IIngestBatch BeginBatch(string description)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_openBatch is not null)
        {
            throw new InvalidOperationException("a batch is already open on this store; commit or dispose it first");
        }
        _openBatch = Guard("write to", () => new SqliteIngestBatch(this, _connection, description));
        return _openBatch;
    }

    public StoredArticle? Get(long id) => Guard("read", () =>
    {
        using var command = CreateCommand(
            "SELECT batch_id, ingested_at, content_hash, raw_hash, source_path, source_format, source_record, source_offset, " +
            "url, title, title_derived, outlet_name, outlet_domain, carried_by_name, carried_by_domain, authors, " +
            "published, published_precision, language, text, source_item FROM articles WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var row = command.ExecuteReader();
        if (!row.Read())
        {
            return null;
        }
        var article = new Article
        {
            Title = row.GetString(row.GetOrdinal("title")),
            TitleDerived = row.GetBoolean(row.GetOrdinal("title_derived")),
            Outlet = ReadOutlet(row, "outlet_name", "outlet_domain"),
            Authors = SqliteValues.ParseAuthors(row.GetString(row.GetOrdinal("authors"))),
            Published = ReadPublished(row),
            Url = ReadText(row, "url"),
            Language = row.GetString(row.GetOrdinal("language")),
            Attribution = new Attribution
            {
                CarriedBy = ReadOutlet(row, "carried_by_name", "carried_by_domain"),
                Cited = ReadCited(id),
            },
            Text = row.GetString(row.GetOrdinal("text")),
            Removals = ReadRemovals(id),
            Source = new SourceRef(
                row.GetString(row.GetOrdinal("source_path")),
                row.GetString(row.GetOrdinal("source_format")),
                ReadInt32(row, "source_record"),
                ReadInt64(row, "source_offset"))
            {
                ItemId = ReadText(row, "source_item"),
            },
            RawHash = row.GetString(row.GetOrdinal("raw_hash")),
            ContentHash = row.GetString(row.GetOrdinal("content_hash")),
        };
        return new StoredArticle(
            id,
            article,
            SqliteValues.ParseTimestamp(row.GetString(row.GetOrdinal("ingested_at"))),
            row.GetInt64(row.GetOrdinal("batch_id")));
    });

    public IReadOnlyList<ArticleSummary> List(int offset = 0, int limit = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("read", () =>
        {
            using var command = CreateCommand(
                "SELECT id, title, outlet_name, outlet_domain, carried_by_name, carried_by_domain, published, published_precision, " +
                "language, source_path, source_format, source_record, length(text) AS characters " +
                "FROM articles ORDER BY id LIMIT $limit OFFSET $offset");
            command.Parameters.AddWithValue("$limit", limit);
            command.Parameters.AddWithValue("$offset", offset);
            using var row = command.ExecuteReader();
            var summaries = new List<ArticleSummary>();
            while (row.Read())
            {
                var source = new SourceRef(
                    row.GetString(row.GetOrdinal("source_path")),
                    row.GetString(row.GetOrdinal("source_format")),
                    ReadInt32(row, "source_record"));
                summaries.Add(new ArticleSummary(
                    row.GetInt64(row.GetOrdinal("id")),
                    row.GetString(row.GetOrdinal("title")),
                    ReadOutlet(row, "outlet_name", "outlet_domain"),
                    ReadOutlet(row, "carried_by_name", "carried_by_domain"),
                    ReadPublished(row),
                    row.GetString(row.GetOrdinal("language")),
                    source.ToString(),
                    row.GetInt32(row.GetOrdinal("characters"))));
            }
            return (IReadOnlyList<ArticleSummary>)summaries;
        });
    }

    public int Count() => Guard("read", () =>
    {
        using var command = CreateCommand("SELECT count(*) FROM articles");
        return (int)(long)command.ExecuteScalar()!;
    });

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _openBatch?.Dispose();
        _connection.Dispose();
        _disposed = true;
    }

    /// <summary>Called by the batch when it commits or is disposed.</summary>
    internal void BatchClosed(SqliteIngestBatch batch)
    {
        if (ReferenceEquals(_openBatch, batch))
        {
            _openBatch = null;
        }
    }

    /// <summary>Runs <paramref name="action"/>, turning a SQLite failure into a one-line <see cref="StoreException"/>.</summary>
    internal T Guard<T>(string action, Func<T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return work();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"cannot {action} database {_path}: {Reason(e)}", e);
        }
    }

    private SqliteCommand CreateCommand(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        // Microsoft.Data.Sqlite refuses a command without the connection's open transaction; reading
        // during a batch sees what the batch has added so far.
        command.Transaction = _openBatch?.Transaction;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private Removal[] ReadRemovals(long id)
    {
        using var command = CreateCommand("SELECT rule, text, line FROM removals WHERE article_id = $id ORDER BY seq");
        command.Parameters.AddWithValue("$id", id);
        using var row = command.ExecuteReader();
        var removals = new List<Removal>();
        while (row.Read())
        {
            removals.Add(new Removal(row.GetString(0), row.GetString(1), row.GetInt32(2)));
        }
        return [.. removals];
    }

    private CitedSource[] ReadCited(long id)
    {
        using var command = CreateCommand("SELECT name, kind, evidence FROM cited_sources WHERE article_id = $id ORDER BY seq");
        command.Parameters.AddWithValue("$id", id);
        using var row = command.ExecuteReader();
        var cited = new List<CitedSource>();
        while (row.Read())
        {
            cited.Add(new CitedSource(row.GetString(0), Enum.Parse<SourceKind>(row.GetString(1)), row.GetString(2)));
        }
        return [.. cited];
    }

    private static PublicationDate? ReadPublished(SqliteDataReader row) =>
        ReadText(row, "published") is { } text
            ? PublicationDate.Parse(text, Enum.Parse<DatePrecision>(row.GetString(row.GetOrdinal("published_precision"))))
            : null;

    private static Outlet? ReadOutlet(SqliteDataReader row, string nameColumn, string domainColumn) =>
        ReadText(row, nameColumn) is { } name ? new Outlet(name, ReadText(row, domainColumn)) : null;

    private static string? ReadText(SqliteDataReader row, string column)
    {
        var ordinal = row.GetOrdinal(column);
        return row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
    }

    private static int? ReadInt32(SqliteDataReader row, string column)
    {
        var ordinal = row.GetOrdinal(column);
        return row.IsDBNull(ordinal) ? null : row.GetInt32(ordinal);
    }

    private static long? ReadInt64(SqliteDataReader row, string column)
    {
        var ordinal = row.GetOrdinal(column);
        return row.IsDBNull(ordinal) ? null : row.GetInt64(ordinal);
    }

    /// <summary>A short reason for the common failures; SQLite's own message otherwise.</summary>
    private static string Reason(SqliteException e) => e.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_NOTADB => "not a SQLite database",
        SQLitePCL.raw.SQLITE_CORRUPT => "the database file is damaged",
        SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => "the database is locked by another writer",
        SQLitePCL.raw.SQLITE_CANTOPEN => "the file cannot be opened",
        SQLitePCL.raw.SQLITE_READONLY => "the database is read-only",
        SQLitePCL.raw.SQLITE_FULL => "the disk is full",
        SQLitePCL.raw.SQLITE_PERM => "permission denied",
        _ => e.Message.ReplaceLineEndings(" "),
    };
}
