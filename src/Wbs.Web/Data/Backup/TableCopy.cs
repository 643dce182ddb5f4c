using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Wbs.Web.Data.Backup;

/// <summary>
/// Copies every table of the model from one context to another (PostgreSQL to a SQLite backup file and back), row by row
/// as stored, principals before dependents, in batches bounded by count and bytes so that no table is held whole.
/// </summary>
public static class TableCopy
{
    private const int BatchRows = 1000;
    private const long BatchBytes = 32L << 20;

    private static readonly MethodInfo CopyType = typeof(TableCopy).GetMethod(nameof(CopyTypeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The tables' entity types, each after the ones its foreign keys point to.</summary>
    public static IReadOnlyList<IEntityType> Ordered(IModel model)
    {
        var types = model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null && !t.HasSharedClrType).OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var done = new List<IEntityType>();
        var seen = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (!seen.Add(type))
            {
                return;
            }

            foreach (var principal in type.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(p => p != type && types.Contains(p)))
            {
                Visit(principal);
            }

            done.Add(type);
        }

        types.ForEach(Visit);
        return done;
    }

    /// <summary>Empties every table of a freshly migrated target (the rows migrations seed), dependents first.</summary>
    public static async Task ClearAsync(DbContext target, CancellationToken ct)
    {
        foreach (var type in Ordered(target.Model).Reverse())
        {
#pragma warning disable EF1002 // The table name comes from the EF model, never from input.
            await target.Database.ExecuteSqlRawAsync($"DELETE FROM \"{type.GetTableName()}\"", ct);
#pragma warning restore EF1002
        }
    }

    /// <summary>Copies every table; returns the rows copied per table.</summary>
    public static async Task<Dictionary<string, long>> CopyAllAsync(DbContext source, DbContext target, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        target.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var type in Ordered(source.Model))
        {
            var copy = (Task<long>)CopyType.MakeGenericMethod(type.ClrType).Invoke(null, [source, target, type, ct])!;
            counts[type.GetTableName()!] = await copy;
        }

        return counts;
    }

    private static async Task<long> CopyTypeAsync<T>(DbContext source, DbContext target, IEntityType type, CancellationToken ct)
        where T : class
    {
        var blobs = type.GetProperties().Where(p => p.ClrType == typeof(byte[]) && p.PropertyInfo is not null).Select(p => p.PropertyInfo!).ToList();
        long count = 0;
        long pendingBytes = 0;
        var pending = 0;
        await foreach (var row in source.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            target.Set<T>().Add(row);
            pending++;
            count++;
            pendingBytes += blobs.Sum(p => (long)((p.GetValue(row) as byte[])?.Length ?? 0));
            if (pending >= BatchRows || pendingBytes >= BatchBytes)
            {
                await target.SaveChangesAsync(ct);
                target.ChangeTracker.Clear();
                pending = 0;
                pendingBytes = 0;
            }
        }

        if (pending > 0)
        {
            await target.SaveChangesAsync(ct);
            target.ChangeTracker.Clear();
        }

        return count;
    }

    /// <summary>After an explicit-key copy into PostgreSQL, each identity column continues after its highest value.</summary>
    public static async Task ResetIdentitiesAsync(DbContext target, CancellationToken ct)
    {
        foreach (var type in Ordered(target.Model))
        {
            var key = type.FindPrimaryKey();
            if (key is not { Properties: [var id] } || id.ValueGenerated != ValueGenerated.OnAdd || (id.ClrType != typeof(long) && id.ClrType != typeof(int)))
            {
                continue;
            }

            var table = type.GetTableName()!;
            var column = id.GetColumnName(StoreObjectIdentifier.Table(table, type.GetSchema()))!;
#pragma warning disable EF1002 // Names come from the EF model, never from input.
            await target.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE(MAX(\"{column}\"), 0) + 1, false) FROM \"{table}\"", ct);
#pragma warning restore EF1002
        }
    }
}
