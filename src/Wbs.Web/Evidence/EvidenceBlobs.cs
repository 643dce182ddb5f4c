using Wbs.Web.Infrastructure;
using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;

// Table and column names in the SQL below come from the EF model, never from input; values are parameters.
#pragma warning disable EF1002

namespace Wbs.Web.Evidence;

/// <summary>
/// Moves evidence bytes between the upload's sealed spool, the database and a download without ever holding a file
/// whole: EF inserts the rows with empty placeholders, then each file is sealed chunk by chunk
/// (<see cref="EvidenceChunks"/>) straight into its column (SQLite's incremental blob I/O, PostgreSQL's streamed
/// bytea parameter) in the same transaction; a download reads the column as a stream and opens it chunk by chunk.
/// </summary>
public static class EvidenceBlobs
{
    private const int CopyBuffer = EvidenceChunks.ChunkSize + EvidenceChunks.TagSize;

    // What each new blob row is still to receive; keyed by the row object so nothing outlives it.
    private static readonly ConditionalWeakTable<AttachmentBlob, Pending> Queued = [];

    private sealed record Pending(Guid ReportId, EvidenceFile File);

    /// <summary>A blob row whose bytes <see cref="WriteQueuedAsync"/> writes once the row exists.</summary>
    public static AttachmentBlob NewBlob(Guid reportId, Guid attachmentId, EvidenceFile file)
    {
        var blob = new AttachmentBlob { AttachmentId = attachmentId, Data = [], SealedOriginal = file.Original is null ? null : [] };
        Queued.AddOrUpdate(blob, new Pending(reportId, file));
        return blob;
    }

    /// <summary>Writes the bytes of every blob row saved in this context that still waits for them; call after SaveChanges, inside its transaction.</summary>
    public static async Task WriteQueuedAsync(WbsDbContext db, ContentSealer sealer, CancellationToken ct)
    {
        var waiting = db.ChangeTracker.Entries<AttachmentBlob>()
            .Where(e => e.State == EntityState.Unchanged && Queued.TryGetValue(e.Entity, out _)).Select(e => e.Entity).ToList();
        foreach (var blob in waiting)
        {
            Queued.TryGetValue(blob, out var pending);
            await WriteAsync(db, blob.AttachmentId, nameof(AttachmentBlob.Data), pending!.File.Content.Length,
                () => sealer.SealStream(pending.ReportId, pending.File.Content.OpenRead()), ct);
            if (pending.File.Original is { } original)
            {
                await WriteAsync(db, blob.AttachmentId, nameof(AttachmentBlob.SealedOriginal), pending.File.OriginalLength,
                    () => sealer.SealStream(blob.AttachmentId, original()), ct);
            }

            Queued.Remove(blob);
        }
    }

    /// <summary>
    /// The stored bytes of one column (<see cref="AttachmentBlob.Data"/> or <see cref="AttachmentBlob.SealedOriginal"/>)
    /// opened as plaintext under <paramref name="scope"/>, read as the response is written; null when there is none.
    /// </summary>
    public static async Task<Stream?> OpenAsync(WbsDbContext db, ContentSealer sealer, Guid attachmentId, string column, Guid scope, CancellationToken ct)
    {
        var (table, key, data) = Names(db, column);
        await db.Database.OpenConnectionAsync(ct);
        if (db.Database.IsSqlite())
        {
            var rowid = await db.Database.SqlQueryRaw<long>($"SELECT rowid AS \"Value\" FROM \"{table}\" WHERE \"{key}\" = {{0}} AND \"{data}\" IS NOT NULL", attachmentId)
                .ToListAsync(ct);
            return rowid is [var row]
                ? sealer.OpenStream(scope, new SqliteBlob((SqliteConnection)db.Database.GetDbConnection(), table, data, row, readOnly: true))
                : null;
        }

        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT \"{data}\" FROM \"{table}\" WHERE \"{key}\" = @id AND \"{data}\" IS NOT NULL";
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.Parameters.Add(new NpgsqlParameter("id", attachmentId));
        var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        if (!await reader.ReadAsync(ct))
        {
            await reader.DisposeAsync();
            await command.DisposeAsync();
            return null;
        }

        return sealer.OpenStream(scope, new ReaderStream(reader.GetStream(0), reader, command));
    }

    private static async Task WriteAsync(WbsDbContext db, Guid attachmentId, string column, long plainLength, Func<Stream> sealing, CancellationToken ct)
    {
        var (table, key, data) = Names(db, column);
        var length = EvidenceChunks.SealedLength(plainLength);
        await using var source = sealing();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"{table}\" SET \"{data}\" = zeroblob({length}) WHERE \"{key}\" = {{0}}", [attachmentId], ct);
            var rowid = await db.Database.SqlQueryRaw<long>($"SELECT rowid AS \"Value\" FROM \"{table}\" WHERE \"{key}\" = {{0}}", attachmentId).ToListAsync(ct);
            using var blob = new SqliteBlob((SqliteConnection)db.Database.GetDbConnection(), table, data, rowid.Single());
            await CopyExactlyAsync(source, blob, length, ct);
            return;
        }

        // Npgsql copies a Stream parameter whole into memory (several times its size) before sending it, so the sealed
        // bytes go in pieces appended to the column: a piece at a time in memory, at the price of PostgreSQL rewriting
        // the value it has so far with each piece (about three times a 20 MB file's bytes on the server).
        var piece = new byte[PieceBytes];
        long written = 0;
        int read;
        while ((read = await source.ReadAtLeastAsync(piece, piece.Length, throwOnEndOfStream: false, ct)) > 0)
        {
            written += read;
            if (written > length)
            {
                throw new InvalidDataException("Sealed evidence is longer than announced.");
            }

            var sql = written == read
                ? $"UPDATE \"{table}\" SET \"{data}\" = @piece WHERE \"{key}\" = @id"
                : $"UPDATE \"{table}\" SET \"{data}\" = \"{data}\" || @piece WHERE \"{key}\" = @id";
            await db.Database.ExecuteSqlRawAsync(sql,
                [new NpgsqlParameter<ReadOnlyMemory<byte>>("piece", piece.AsMemory(0, read)) { NpgsqlDbType = NpgsqlDbType.Bytea }, new NpgsqlParameter("id", attachmentId)], ct);
        }

        if (written != length)
        {
            throw new InvalidDataException("Sealed evidence is shorter than announced.");
        }
    }

    private const int PieceBytes = 4 << 20;

    private static async Task CopyExactlyAsync(Stream source, Stream target, long length, CancellationToken ct)
    {
        var buffer = new byte[CopyBuffer];
        long written = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            written += read;
            if (written > length)
            {
                throw new InvalidDataException("Sealed evidence is longer than announced.");
            }

            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        if (written != length)
        {
            throw new InvalidDataException("Sealed evidence is shorter than announced.");
        }
    }

    private static (string Table, string Key, string Data) Names(WbsDbContext db, string column)
    {
        var entity = db.Model.FindEntityType(typeof(AttachmentBlob))!;
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        return (table, entity.FindProperty(nameof(AttachmentBlob.AttachmentId))!.GetColumnName(store)!, entity.FindProperty(column)!.GetColumnName(store)!);
    }

    /// <summary>The column's stream, which keeps its reader and command until the download is written.</summary>
    private sealed class ReaderStream(Stream inner, DbDataReader reader, DbCommand command) : ForwardOnlyStream(inner)
    {
        public override int Read(Span<byte> buffer) => Inner.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => Inner.ReadAsync(buffer, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            // The column's stream first, then the reader and command it belongs to.
            base.Dispose(disposing);
            if (disposing)
            {
                reader.Dispose();
                command.Dispose();
            }
        }
    }
}
