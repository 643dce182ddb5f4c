using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Gratifikasi;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Documents;

/// <summary>
/// The UPG's KPK form for a gratification report; each one made is written to the audit chain (without content) and
/// counts as a reveal of the identity, which the reporter's page mentions.
/// </summary>
public sealed class KpkForms(WbsDbContext db, ContentSealer sealer, AuditLog audit, Deadlines deadlines, AgencyClock clock, IOptionsMonitor<AgencyOptions> agency)
{
    public static string FileName(string registrationNumber) => $"formulir-kpk-{registrationNumber}.pdf";

    public async Task<PdfFile?> RenderAsync(string actorName, string registrationNumber, CancellationToken ct)
    {
        var number = ReporterGratifications.Number(registrationNumber);
        if (number is null)
        {
            return null;
        }

        var report = await db.GratificationReports.SingleOrDefaultAsync(r => r.RegistrationNumber == number, ct);
        if (report is null)
        {
            return null;
        }

        var files = await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id)
            .OrderBy(a => a.CreatedAt).Select(a => a.SealedFileName).ToListAsync(ct);

        // In time is judged on the day the UPG received the report, as the reporter's page judges it.
        var submittedOn = DateOnly.FromDateTime(clock.ToLocal(report.SubmittedAt));
        var deadline = ReportingDeadline.Of(report.ReceivedOn, report.ReportDeadline, submittedOn, await deadlines.HolidaysAsync(ct));
        var form = new KpkForm(
            report.RegistrationNumber,
            sealer.Open<GratificationIdentity>(report.IdentityScope, report.SealedIdentity),
            sealer.Open<GratificationContent>(report.Id, report.SealedContent),
            files.Select(f => sealer.Open<string>(report.Id, f)).ToList(),
            clock.Format(report.SubmittedAt), report.ReportDeadline, deadline.State != ReportingDeadlineState.Passed, report.Status,
            report.ForwardedToKpkOn, report.KpkDecision, report.KpkDecisionNumber, report.KpkDecisionDate, clock.Today);
        var pdf = KpkFormDocument.Render(form, agency.CurrentValue);

        // The form carries the identity in full, so the reporter is told as after a reveal on the page.
        report.IdentityRevealedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actorName, AuditActions.KpkForm, report.RegistrationNumber, null, ct);
        return new PdfFile(FileName(report.RegistrationNumber), pdf);
    }
}
