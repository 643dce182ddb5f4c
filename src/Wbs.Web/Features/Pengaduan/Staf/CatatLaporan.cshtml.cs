using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Documents;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Lacak;
using Wbs.Web.Features.Staf;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Pengaduan.Staf;

/// <summary>
/// Catat Laporan: a Verifikator or Inspektur records a complaint received outside the site, with the complaint form's
/// own fields (the shared partial), its channel and the day received. The answer shows the number and, when the
/// reporter follows online, the access code, once and without a redirect; the receipt is printed from it.
/// </summary>
[Authorize(Policy = StaffAuth.ComplaintPolicy)]
public class CatatLaporanModel(
    WbsDbContext db, ComplaintIntake intake, EvidenceIntake evidence, SubmissionKeys keys, ComplaintRecording recording,
    Receipts receipts, AccessCheck check, AuditLog audit)
    : TambahModel(db, intake, evidence, keys)
{
    [BindProperty]
    public RecordingDraft Arrival { get; set; } = new();

    [BindProperty]
    public TanpaAkunModel.ContactInput Contact { get; set; } = new();

    public RecordedComplaint? Recorded { get; private set; }

    public override bool AsksGoodFaith => false;

    protected override async Task<Outcome<SubmittedComplaint>> SubmitAsync(
        ComplaintDraft draft, IReadOnlyList<IncomingFile> files, Dictionary<string, string> earlier, CancellationToken ct)
    {
        var actor = StaffAuth.Actor(User);
        Arrival.ContactPhone = Contact.PhoneNumber;
        Arrival.ContactEmail = Contact.Email;
        var (result, stored) = await recording.RecordAsync(
            actor, draft, Arrival, files, earlier, ct, Keys.Claim(ComplaintRecording.Scope(actor), SubmissionKey));
        Recorded = stored;
        return result;
    }

    protected override Task<IActionResult> StoredAsync(SubmittedComplaint stored)
    {
        // The answer itself shows the code: no redirect, so it is never in an address or the history.
        ModelState.Clear();
        return Task.FromResult<IActionResult>(Page());
    }

    /// <summary>
    /// The reporter's receipt, for the member who recorded the complaint (or an Inspektur); the access code is printed
    /// only when it is the right one for this report, checked against its hash.
    /// </summary>
    public async Task<IActionResult> OnPostTandaTerimaAsync(string? nomor, string? kodeAkses, CancellationToken ct)
    {
        var actor = StaffAuth.Actor(User);
        var number = RegistrationNumbers.Normalize(nomor);
        var report = number is null ? null : await Db.Complaints.AsNoTracking()
            .Where(c => c.RegistrationNumber == number && c.ReporterId == null && c.Channel != ComplaintChannel.Web)
            .Select(c => new { c.Id, c.RegistrationNumber, c.Channel, c.ReceivedOn })
            .SingleOrDefaultAsync(ct);
        if (report is null || !(actor.IsInspektur || await Db.AuditEntries.AnyAsync(
                a => a.Action == AuditActions.RecordComplaint && a.Subject == report.RegistrationNumber && a.Actor == actor.UserName, ct)))
        {
            return NotFound();
        }

        string? code = null;
        if (!string.IsNullOrWhiteSpace(kodeAkses))
        {
            if (!await check.MatchesAsync(report.Id, kodeAkses, ct))
            {
                return NotFound();
            }

            code = AccessCodes.Format(AccessCodes.Normalize(kodeAkses)!);
        }

        var receipt = await receipts.ComplaintAsync(ReportOwner.Anonymous(report.Id), report.RegistrationNumber, ct, code, new RecordedArrival(report.Channel, report.ReceivedOn));
        if (receipt is null)
        {
            return NotFound();
        }

        await audit.AppendAsync(actor.UserName, AuditActions.Receipt, report.RegistrationNumber, code is null ? "kode-akses=tidak" : "kode-akses=ya", ct);
        return File(receipt.Content, "application/pdf", receipt.FileName);
    }
}
