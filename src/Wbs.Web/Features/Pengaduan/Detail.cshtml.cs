using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Akun;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Pengaduan;

public class DetailModel(ReporterComplaints reports, EvidenceIntake evidence, WbsDbContext db, ReporterAccounts accounts)
    : ReporterDetailPage<ComplaintListItem, ComplaintDetail>(reports, evidence)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada petugas.",
        ["lengkap"] = "Terima kasih. Informasi tambahan Anda tersimpan dan pengaduan kembali diverifikasi.",
    };

    /// <summary>The public note with which staff asked for more information (the latest one).</summary>
    public string? CompletionRequest => Report.History.LastOrDefault(h => h.Status == ComplaintStatus.PerluDilengkapi)?.Note;

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;

    /// <summary>Whether the account left a phone number the inspectorate could call; without one, messages are the only way.</summary>
    public async Task<bool> HasPhoneAsync(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == ReporterId, ct);
        return user is not null && accounts.ContactOf(user)?.PhoneNumber is { Length: > 0 };
    }
}
