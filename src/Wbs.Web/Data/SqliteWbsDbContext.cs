using Microsoft.EntityFrameworkCore;

namespace Wbs.Web.Data;

public sealed class SqliteWbsDbContext(DbContextOptions<SqliteWbsDbContext> options) : WbsDbContext(options);
