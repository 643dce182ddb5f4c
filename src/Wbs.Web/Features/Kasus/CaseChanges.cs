using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// What a change of a case answers when another change of the same case was stored first (its version moved, see
/// <see cref="CaseVersions"/>): a conflict the pages show with what was typed kept and the API answers with 409.
/// </summary>
public static class CaseChanges
{
    public const string ChangedMessage =
        "Laporan ini baru saja diubah oleh orang lain, jadi perubahan Anda tidak disimpan. Muat ulang halaman untuk melihat keadaan terbarunya, lalu ulangi bila masih perlu.";

    /// <summary>Keyed "status" like every refusal that comes from the case's state.</summary>
    public static readonly Outcome Changed = Outcome.Conflict("status", ChangedMessage);

    /// <summary>Forgets the refused change, so the page shown next reads the case as it is now and saves nothing of it.</summary>
    public static Outcome Refused(WbsDbContext db)
    {
        db.ChangeTracker.Clear();
        return Changed;
    }
}
