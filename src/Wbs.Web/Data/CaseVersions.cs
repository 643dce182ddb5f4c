using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Wbs.Web.Domain;

namespace Wbs.Web.Data;

/// <summary>
/// Optimistic concurrency for the case rows (complaints and gratification reports): each save gives a changed row a new
/// <see cref="ICase.Version"/> and the update only lands where the row still has the version it was read with, so of two
/// concurrent decisions on one case exactly one is stored and the other fails with <see cref="DbUpdateConcurrencyException"/>.
/// Both SQLite and PostgreSQL honour it (the old version is part of the UPDATE's WHERE).
/// </summary>
public static class CaseVersions
{
    public static void Stamp(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<ICase>())
        {
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Added && entry.Entity.Version == Guid.Empty))
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
