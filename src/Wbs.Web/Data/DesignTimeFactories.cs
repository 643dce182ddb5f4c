using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wbs.Web.Data;

/// <summary>Used by "dotnet ef migrations add" only: one factory per provider's migration set.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWbsDbContext>
{
    public SqliteWbsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWbsDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWbsDbContext>
{
    public PostgresWbsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWbsDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
