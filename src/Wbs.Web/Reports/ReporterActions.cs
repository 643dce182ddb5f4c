using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Statistik;

namespace Wbs.Web.Reports;

/// <summary>What a reporter does on their own complaint after submitting it: write to the handler, complete it.</summary>
public sealed class ReporterActions(WbsDbContext db, ContentSealer sealer, EvidenceIntake evidence, Deadlines deadlines, AgencyClock clock)
{
    public async Task<Dictionary<string, string>?> SendMessageAsync(string reporterId, string registrationNumber, string? body, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > 5000)
        {
            return new() { ["message"] = "Pesan wajib diisi (paling banyak 5.000 karakter)." };
        }

        var report = await FindAsync(reporterId, registrationNumber, ct);
        if (report is null)
        {
            return null;
        }

        var now = clock.UtcNow;
        db.ReportMessages.Add(new ReportMessage { ReportId = report.Id, FromStaff = false, At = now, SealedBody = sealer.Seal(report.Id, body.Trim()) });
        report.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>
    /// Adds the information the inspectorate asked for (text and files) while the report is Perlu Dilengkapi; the
    /// report then returns to Verifikasi by itself. Stored whole or not at all.
    /// </summary>
    public async Task<Dictionary<string, string>?> CompleteAsync(
        string reporterId, string registrationNumber, string? information, IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var report = await FindAsync(reporterId, registrationNumber, ct);
        if (report is null)
        {
            return null;
        }

        var errors = new Dictionary<string, string>();
        if (report.Status != ReportStatus.PerluDilengkapi)
        {
            errors["status"] = "Pengaduan ini sedang tidak diminta untuk dilengkapi.";
            return errors;
        }

        if (string.IsNullOrWhiteSpace(information))
        {
            errors["information"] = "Tuliskan informasi tambahan yang diminta petugas.";
        }
        else if (information.Length > 20000)
        {
            errors["information"] = "Informasi tambahan paling banyak 20.000 karakter.";
        }

        var (accepted, fileErrors) = await evidence.CheckAsync(files, ct);
        if (fileErrors.Count > 0)
        {
            errors["files"] = string.Join(" ", fileErrors);
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ReportMessages.Add(new ReportMessage { ReportId = report.Id, FromStaff = false, At = now, SealedBody = sealer.Seal(report.Id, "Informasi tambahan:\n" + information!.Trim()) });
        foreach (var file in accepted)
        {
            db.Attachments.Add(ReportSubmission.NewAttachment(sealer, report.Id, file, now));
        }

        report.Status = ReportStatus.Verifikasi;
        report.StatusChangedAt = now;
        report.UpdatedAt = now;
        report.DueOn = await deadlines.DueOnAsync(ReportStatus.Verifikasi, now, ct);
        db.ReportEvents.Add(new ReportEvent
        {
            ReportId = report.Id,
            Status = ReportStatus.Verifikasi,
            Kind = ReportEventKind.Completed,
            At = now,
            SealedPublicNote = sealer.Seal(report.Id, $"Pelapor melengkapi informasi{(accepted.Count > 0 ? $" dan {accepted.Count} berkas bukti" : "")}; pengaduan kembali diverifikasi."),
        });
        await db.SaveChangesAsync(ct);
        // Back to Verifikasi: the public statistics on every node refresh once this commits.
        await StatisticsStamp.BumpAsync(db, ct);
        await transaction.CommitAsync(ct);
        return [];
    }

    private async Task<Report?> FindAsync(string reporterId, string registrationNumber, CancellationToken ct)
    {
        var number = RegistrationNumbers.Normalize(registrationNumber);
        return number is null ? null : await db.Reports.SingleOrDefaultAsync(r => r.ReporterId == reporterId && r.RegistrationNumber == number, ct);
    }
}
