using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Documents;

/// <summary>
/// The UPG's KPK form for a gratification report. It carries the identity in full, so it is made only once the UPG has
/// verified the report and only for a stated reason: the audit chain keeps the reason (never content) and the reporter
/// is told, as after a reveal on the page.
/// </summary>
public sealed class KpkForms(WbsDbContext db, ContentSealer sealer, AuditLog audit, Deadlines deadlines, AgencyClock clock, IOptionsMonitor<AgencyOptions> agency)
{
    public const string CompletionPrefix = "Informasi tambahan:";

    public const string ReasonMessage = "Tuliskan alasan mencetak formulir KPK yang memuat identitas lengkap pelapor (sedikitnya 10 karakter).";

    public const string NotYetMessage = "Formulir KPK baru tersedia setelah laporan berstatus Diverifikasi UPG.";

    public static string FileName(string registrationNumber) => $"formulir-kpk-{registrationNumber}.pdf";

    /// <summary>From verification onwards: before it the UPG has not yet judged the report worth forwarding.</summary>
    public static bool IsAvailable(GratificationStatus status) => status is GratificationStatus.DiverifikasiUpg
        or GratificationStatus.DiteruskanKeKpk or GratificationStatus.DitetapkanKpk or GratificationStatus.Selesai;

    public async Task<Outcome<PdfFile>> RenderAsync(StaffActor actor, string registrationNumber, string? reason, CancellationToken ct)
    {
        var number = ReporterGratifications.Number(registrationNumber);
        if (number is null || !actor.IsUpg)
        {
            return Outcome.NotFound.Without<PdfFile>();
        }

        var report = await db.GratificationReports.SingleOrDefaultAsync(r => r.RegistrationNumber == number, ct);
        if (report is null)
        {
            return Outcome.NotFound.Without<PdfFile>();
        }

        if (!IsAvailable(report.Status))
        {
            return Outcome.Conflict("reason", NotYetMessage).Without<PdfFile>();
        }

        if (!StaffEvidence.IsReason(reason))
        {
            return Outcome.Invalid("reason", ReasonMessage).Without<PdfFile>();
        }

        var pdf = KpkFormDocument.Render(await FormAsync(report, ct), agency.CurrentValue);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        report.IdentityRevealedAt = clock.UtcNow;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The report changed since it was read (the form would show an older state): nothing is revealed or printed.
            await transaction.RollbackAsync(ct);
            return CaseChanges.Refused(db).Without<PdfFile>();
        }

        await audit.AppendAsync(actor.UserName, AuditActions.KpkForm, report.RegistrationNumber, null, ct, typedNote: Truncate(reason!.Trim(), 1000));
        await transaction.CommitAsync(ct);
        return Outcome.With(new PdfFile(FileName(report.RegistrationNumber), pdf));
    }

    private async Task<KpkForm> FormAsync(GratificationReport report, CancellationToken ct)
    {
        var files = await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Select(a => new { a.SealedFileName, a.Size, a.CreatedAt }).ToListAsync(ct);
        var replies = await db.ReportMessages.AsNoTracking().Where(m => m.ReportId == report.Id && !m.FromStaff)
            .OrderBy(m => m.At).ThenBy(m => m.Id).Select(m => new { m.At, m.SealedBody }).ToListAsync(ct);

        // The reporter's completions are the thread messages ReporterReplies.AddCompletion writes with this prefix.
        var additions = replies.Select(m => (m.At, Body: sealer.Open<string>(report.Id, m.SealedBody)))
            .Where(m => m.Body.StartsWith(CompletionPrefix, StringComparison.Ordinal))
            .Select(m => new KpkFormAddition(clock.Format(m.At), m.Body[CompletionPrefix.Length..].Trim()))
            .ToList();

        // In time is judged on the day the UPG received the report, as the reporter's page judges it.
        var submittedOn = DateOnly.FromDateTime(clock.ToLocal(report.SubmittedAt));
        var deadline = ReportingDeadline.Of(report.ReceivedOn, report.ReportDeadline, submittedOn, await deadlines.HolidaysAsync(ct));
        return new KpkForm(
            report.RegistrationNumber,
            sealer.Open<GratificationIdentity>(report.IdentityScope, report.SealedIdentity),
            sealer.Open<GratificationContent>(report.Id, report.SealedContent),
            files.Select(f => new KpkFormFile(sealer.Open<string>(report.Id, f.SealedFileName), clock.Format(f.CreatedAt), EvidenceIntake.FormatSize(f.Size))).ToList(),
            clock.Format(report.SubmittedAt), report.ReportDeadline, deadline.State != ReportingDeadlineState.Passed, report.Status,
            report.ForwardedToKpkOn, report.KpkDecision, report.KpkDecisionNumber, report.KpkDecisionDate, clock.Today)
        {
            Additions = additions,
            Timeliness = deadline.TimelinessLine,
            SignedBy = report.KpkDecisionSignedBy is null ? null
                : report.KpkDecisionSignedBy + (report.KpkSignatoryLevel is { } level ? $" (tingkat jabatan pelapor: {level.Display()})" : ""),
        };
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
