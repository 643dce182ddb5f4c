using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Akun;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Pengaduan;

public class DetailModel(ReporterComplaints reports, EvidenceIntake evidence, WbsDbContext db, ReporterAccounts accounts)
    : ReporterComplaintPage(reports, evidence)
{
    private static readonly ReporterCaseLabels Words = LabelsAt("/Pengaduan", "Unduh tanda terima (PDF)");

    public override ReporterCaseLabels Labels => Words;

    public override string ReceiptAddress => "/Pengaduan/TandaTerima/" + Report.RegistrationNumber;

    /// <summary>Whether the account left a phone number the inspectorate could call; without one, messages are the only way.</summary>
    public async Task<bool> HasPhoneAsync(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == ReporterId, ct);
        return user is not null && accounts.ContactOf(user)?.PhoneNumber is { Length: > 0 };
    }
}
