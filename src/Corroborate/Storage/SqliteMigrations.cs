using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage;

/// <summary>
/// The schema as an ordered list of scripts: script <c>n</c> (1-based) takes a database from
/// version <c>n-1</c> to <c>n</c>, recorded in <c>PRAGMA user_version</c>. Scripts are never edited
/// once released; a schema change is a new script at the end.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        // v1: batches, articles and what cleaning and attribution found in them.
        """
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            started_at TEXT NOT NULL,
            -- NULL until the batch commits; an uncommitted batch never survives its transaction.
            finished_at TEXT,
            inputs INTEGER,
            articles INTEGER,
            duplicates INTEGER,
            problems INTEGER
        ) STRICT;

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES batches (id),
            ingested_at TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            raw_hash TEXT NOT NULL,
            source_path TEXT NOT NULL,
            source_format TEXT NOT NULL,
            source_record INTEGER,
            source_offset INTEGER,
            url TEXT,
            title TEXT NOT NULL,
            title_derived INTEGER NOT NULL CHECK (title_derived IN (0, 1)),
            outlet_name TEXT,
            outlet_domain TEXT CHECK (outlet_domain IS NULL OR outlet_name IS NOT NULL),
            carried_by_name TEXT,
            carried_by_domain TEXT CHECK (carried_by_domain IS NULL OR carried_by_name IS NOT NULL),
            authors TEXT NOT NULL CHECK (json_valid(authors)),
            -- PublicationDate text at its stated precision, e.g. 2023-12 or 2023-12-07T10:00:00+04:00.
            published TEXT,
            published_precision TEXT CHECK ((published IS NULL) = (published_precision IS NULL)),
            -- yyyy-MM-ddTHH:mm:ss in UTC when the offset is known, else the stated local time: for ordering only.
            published_utc TEXT CHECK ((published IS NULL) = (published_utc IS NULL)),
            language TEXT NOT NULL,
            text TEXT NOT NULL
        ) STRICT;

        CREATE INDEX articles_batch_id ON articles (batch_id);
        CREATE INDEX articles_raw_hash ON articles (raw_hash);
        CREATE INDEX articles_published_utc ON articles (published_utc);
        CREATE INDEX articles_outlet_name ON articles (outlet_name);

        CREATE TABLE removals (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            rule TEXT NOT NULL,
            text TEXT NOT NULL,
            line INTEGER NOT NULL,
            PRIMARY KEY (article_id, seq)
        ) STRICT;

        CREATE TABLE cited_sources (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        ) STRICT;
        """,

        // v2: stories. A story's summary (title, span, counts) is kept beside its members so that listing
        // stories reads one table; it is rewritten whenever the story's members change.
        """
        ALTER TABLE articles ADD COLUMN source_item TEXT;

        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            -- PublicationDate text of the earliest and latest dated members, and their sortable times.
            first_published TEXT,
            first_precision TEXT CHECK ((first_published IS NULL) = (first_precision IS NULL)),
            first_utc TEXT CHECK ((first_published IS NULL) = (first_utc IS NULL)),
            last_published TEXT,
            last_precision TEXT CHECK ((last_published IS NULL) = (last_precision IS NULL)),
            last_utc TEXT CHECK ((last_published IS NULL) = (last_utc IS NULL)),
            articles INTEGER NOT NULL CHECK (articles > 0),
            outlets INTEGER NOT NULL,
            independent_outlets INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE INDEX stories_last_utc ON stories (last_utc);

        CREATE TABLE story_articles (
            article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories (id),
            -- The article this one reproduces (a syndicated or lightly edited copy), if any.
            copy_of INTEGER REFERENCES articles (id) ON DELETE SET NULL
        ) STRICT;

        CREATE INDEX story_articles_story_id ON story_articles (story_id);

        -- What clustering knew of an article, so that later batches and recluster need not annotate it again.
        -- version names the fingerprinter and the models it ran with; a stale fingerprint is recomputed.
        CREATE TABLE fingerprints (
            article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            data BLOB NOT NULL
        ) STRICT;
        """,
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int Latest => Scripts.Count;

    public static long UserVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Brings the database up to <paramref name="scripts"/>' version; returns how many scripts ran.</summary>
    /// <remarks>Each script runs in its own write transaction together with its version bump, so a
    /// failed upgrade leaves the database at the last good version. The version is read again inside
    /// the transaction because another process may have upgraded the file meanwhile.</remarks>
    public static int Apply(SqliteConnection connection, IReadOnlyList<string> scripts)
    {
        var applied = 0;
        for (var version = UserVersion(connection) + 1; version <= scripts.Count; version++)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            if (UserVersion(connection, transaction) >= version)
            {
                continue;
            }
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // PRAGMA takes no parameters; version is an integer we produced.
            command.CommandText = $"{scripts[(int)version - 1]};\nPRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)};";
            command.ExecuteNonQuery();
            transaction.Commit();
            applied++;
        }
        return applied;
    }

    public static int Apply(SqliteConnection connection) => Apply(connection, Scripts);
}
