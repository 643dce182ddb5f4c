using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;

namespace Wbs.Web.Api;

public static class MasterDataEndpoints
{
    public static RouteGroupBuilder MapMasterDataEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("/violation-types", async (WbsDbContext db, CancellationToken ct) =>
            await db.ViolationTypes.AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.SortOrder)
                .Select(v => new NamedItem(v.Id, v.Name)).ToListAsync(ct))
            .WithTags("Data induk");

        v1.MapGet("/units", async (WbsDbContext db, CancellationToken ct) =>
            await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder)
                .Select(u => new NamedItem(u.Id, u.Name)).ToListAsync(ct))
            .WithTags("Data induk");
        return v1;
    }
}
