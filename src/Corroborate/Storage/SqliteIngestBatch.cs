using Corroborate.Documents;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage;

/// <summary>
/// One ingest batch of a <see cref="SqliteArticleStore"/>: a write transaction (<c>BEGIN IMMEDIATE</c>,
/// so a second writer waits or fails at the start rather than midway) holding the batch row and every
/// article added. Commands are prepared once and reused for every article.
/// </summary>
internal sealed class SqliteIngestBatch : IIngestBatch
{
    private readonly SqliteArticleStore _store;
    private readonly long _id;
    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _findArticle;
    private readonly SqliteCommand _insertRemoval;
    private readonly SqliteCommand _insertCited;
    private bool _closed;

    public SqliteIngestBatch(SqliteArticleStore store, SqliteConnection connection, string description)
    {
        _store = store;
        Transaction = connection.BeginTransaction(deferred: false);
        try
        {
            using (var insertBatch = Command(connection,
                "INSERT INTO batches (description, started_at) VALUES ($description, $started_at) RETURNING id"))
            {
                insertBatch.Parameters.AddWithValue("$description", description);
                insertBatch.Parameters.AddWithValue("$started_at", SqliteValues.Timestamp(DateTimeOffset.UtcNow));
                _id = (long)insertBatch.ExecuteScalar()!;
            }
            // DO NOTHING on a known content hash: one statement both detects a duplicate and stores a new
            // article; other constraint failures still raise.
            _insertArticle = Command(connection, """
                INSERT INTO articles (
                    batch_id, ingested_at, content_hash, raw_hash, source_path, source_format, source_record, source_offset,
                    url, title, title_derived, outlet_name, outlet_domain, carried_by_name, carried_by_domain, authors,
                    published, published_precision, published_utc, language, text, source_item)
                VALUES (
                    $batch_id, $ingested_at, $content_hash, $raw_hash, $source_path, $source_format, $source_record, $source_offset,
                    $url, $title, $title_derived, $outlet_name, $outlet_domain, $carried_by_name, $carried_by_domain, $authors,
                    $published, $published_precision, $published_utc, $language, $text, $source_item)
                ON CONFLICT (content_hash) DO NOTHING
                RETURNING id
                """);
            _findArticle = Command(connection, "SELECT id FROM articles WHERE content_hash = $content_hash");
            _insertRemoval = Command(connection,
                "INSERT INTO removals (article_id, seq, rule, text, line) VALUES ($article_id, $seq, $rule, $text, $line)");
            _insertCited = Command(connection,
                "INSERT INTO cited_sources (article_id, seq, name, kind, evidence) VALUES ($article_id, $seq, $name, $kind, $evidence)");
        }
        catch
        {
            Close();
            throw;
        }
    }

    internal SqliteTransaction Transaction { get; }

    public StoreResult Add(Article article)
    {
        ThrowIfClosed();
        return _store.Guard("write to", () =>
        {
            var attribution = article.Attribution;
            var p = _insertArticle.Parameters;
            p.Clear();
            Set(p, "$batch_id", _id);
            Set(p, "$ingested_at", SqliteValues.Timestamp(DateTimeOffset.UtcNow));
            Set(p, "$content_hash", article.ContentHash);
            Set(p, "$raw_hash", article.RawHash);
            Set(p, "$source_path", article.Source.Path);
            Set(p, "$source_format", article.Source.Format);
            Set(p, "$source_record", article.Source.Record);
            Set(p, "$source_offset", article.Source.Offset);
            Set(p, "$url", article.Url);
            Set(p, "$title", article.Title);
            Set(p, "$title_derived", article.TitleDerived);
            Set(p, "$outlet_name", article.Outlet?.Name);
            Set(p, "$outlet_domain", article.Outlet?.Domain);
            Set(p, "$carried_by_name", attribution.CarriedBy?.Name);
            Set(p, "$carried_by_domain", attribution.CarriedBy?.Domain);
            Set(p, "$authors", SqliteValues.AuthorsJson(article.Authors));
            Set(p, "$published", article.Published?.ToString());
            Set(p, "$published_precision", article.Published?.Precision.ToString());
            Set(p, "$published_utc", article.Published is { } published ? SqliteValues.SortableTime(published) : null);
            Set(p, "$language", article.Language);
            Set(p, "$text", article.Text);
            Set(p, "$source_item", article.Source.ItemId);
            if (_insertArticle.ExecuteScalar() is not long id)
            {
                _findArticle.Parameters.Clear();
                Set(_findArticle.Parameters, "$content_hash", article.ContentHash);
                return new StoreResult((long)_findArticle.ExecuteScalar()!, IsDuplicate: true);
            }
            for (var seq = 0; seq < article.Removals.Count; seq++)
            {
                var removal = article.Removals[seq];
                p = _insertRemoval.Parameters;
                p.Clear();
                Set(p, "$article_id", id);
                Set(p, "$seq", seq);
                Set(p, "$rule", removal.Rule);
                Set(p, "$text", removal.Text);
                Set(p, "$line", removal.Line);
                _insertRemoval.ExecuteNonQuery();
            }
            for (var seq = 0; seq < attribution.Cited.Count; seq++)
            {
                var cited = attribution.Cited[seq];
                p = _insertCited.Parameters;
                p.Clear();
                Set(p, "$article_id", id);
                Set(p, "$seq", seq);
                Set(p, "$name", cited.Name);
                Set(p, "$kind", cited.Kind.ToString());
                Set(p, "$evidence", cited.Evidence);
                _insertCited.ExecuteNonQuery();
            }
            return new StoreResult(id, IsDuplicate: false);
        });
    }

    public void Commit(BatchSummary summary)
    {
        ThrowIfClosed();
        _store.Guard("write to", () =>
        {
            using var update = Command(Transaction.Connection!, """
                UPDATE batches
                SET finished_at = $finished_at, inputs = $inputs, articles = $articles, duplicates = $duplicates, problems = $problems
                WHERE id = $id
                """);
            var p = update.Parameters;
            Set(p, "$finished_at", SqliteValues.Timestamp(DateTimeOffset.UtcNow));
            Set(p, "$inputs", summary.Inputs);
            Set(p, "$articles", summary.Articles);
            Set(p, "$duplicates", summary.Duplicates);
            Set(p, "$problems", summary.Problems);
            Set(p, "$id", _id);
            update.ExecuteNonQuery();
            Transaction.Commit();
            return true;
        });
        Close();
    }

    /// <summary>Rolls back unless committed.</summary>
    public void Dispose() => Close();

    private void Close()
    {
        if (_closed)
        {
            return;
        }
        _closed = true;
        _insertArticle?.Dispose();
        _findArticle?.Dispose();
        _insertRemoval?.Dispose();
        _insertCited?.Dispose();
        // Disposing a transaction that was not committed rolls it back.
        Transaction.Dispose();
        _store.BatchClosed(this);
    }

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new InvalidOperationException("this batch has been committed or disposed");
        }
    }

    private SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Set(SqliteParameterCollection parameters, string name, object? value) =>
        parameters.AddWithValue(name, value ?? DBNull.Value);
}
