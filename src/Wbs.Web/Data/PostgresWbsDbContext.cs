using Microsoft.EntityFrameworkCore;

namespace Wbs.Web.Data;

public sealed class PostgresWbsDbContext(DbContextOptions<PostgresWbsDbContext> options) : WbsDbContext(options);
