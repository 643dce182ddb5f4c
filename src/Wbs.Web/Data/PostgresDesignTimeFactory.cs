using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wbs.Web.Data;

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWbsDbContext>
{
    public PostgresWbsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWbsDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
