using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wbs.Web.Data;

/// <summary>Used by "dotnet ef migrations add" only: one factory per provider's migration set.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWbsDbContext>
{
    public SqliteWbsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWbsDbContext>().UseSqlite("Data Source=design.db").Options);
}
