using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Wbs.Web.Data;
using Wbs.Web.Data.Backup;

namespace Wbs.Tests.Backup;

/// <summary>Every row of every table as text (bytes as base64, times to the tick), sorted by key, to compare two databases.</summary>
public static class TableDump
{
    private static readonly MethodInfo RowsOf = typeof(TableDump).GetMethod(nameof(RowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<Dictionary<string, List<string>>> AllAsync(WbsDbContext db)
    {
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var type in TableCopy.Ordered(db.Model))
        {
            tables[type.GetTableName()!] = await (Task<List<string>>)RowsOf.MakeGenericMethod(type.ClrType).Invoke(null, [db, type])!;
        }

        return tables;
    }

    private static async Task<List<string>> RowsAsync<T>(WbsDbContext db, IEntityType type)
        where T : class
    {
        var properties = type.GetProperties().Where(p => p.PropertyInfo is not null).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var rows = await db.Set<T>().AsNoTracking().ToListAsync();
        return rows.Select(row => string.Join("|", properties.Select(p => p.Name + "=" + Text(p.PropertyInfo!.GetValue(row)))))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static string Text(object? value) => value switch
    {
        null => "∅",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime time => time.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcTicks.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
