using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Wbs.Web.Data;

namespace Wbs.StatisticsBench;

/// <summary>
/// INSERTs built from the EF model (table, columns, type mappings and value converters), so the rows are exactly
/// what the app would have written, without the change tracker's cost per row. One prepared command is reused:
/// single-row on SQLite (where binding many named parameters is slow), 200 rows a statement on PostgreSQL.
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAsync<T>(WbsDbContext db, IReadOnlyList<T> rows) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping())).ToList();
        var perStatement = db.Database.IsSqlite() ? 1 : 200;
        DbCommand? command = null;
        try
        {
            for (var offset = 0; offset < rows.Count; offset += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - offset);
                if (command is null || command.Parameters.Count != count * columns.Count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = NewCommand(db, table, columns, count, rows[offset]);
                }

                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var (property, mapping) = columns[c];
                        var value = property.GetGetter().GetClrValue(rows[offset + r]);
                        command.Parameters[(r * columns.Count) + c].Value =
                            (mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static DbCommand NewCommand(WbsDbContext db, StoreObjectIdentifier table,
        List<(IProperty Property, RelationalTypeMapping Mapping)> columns, int rowCount, object sample)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var sql = new StringBuilder($"INSERT INTO \"{table.Name}\" (")
            .AppendJoin(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))
            .Append(") VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = "@p" + ((r * columns.Count) + c);
                sql.Append(c == 0 ? "" : ", ").Append(name);
                // The type mapping sets the provider's parameter type (e.g. SQLite's text GUIDs) once; values change per row.
                var (property, mapping) = columns[c];
                command.Parameters.Add(mapping.CreateParameter(command, name, property.GetGetter().GetClrValue(sample), property.IsNullable));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }
}
