using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Statistik;

namespace Wbs.Web.Reports;

/// <summary>What a reporter does on their own complaint after submitting it: write to the handler, complete it.</summary>
public sealed class ReporterActions(WbsDbContext db, ContentSealer sealer, ReporterReplies replies, Deadlines deadlines, AgencyClock clock)
{
    public async Task<Dictionary<string, string>?> SendMessageAsync(string reporterId, string registrationNumber, string? body, CancellationToken ct)
    {
        if (ReporterReplies.CheckMessage(body) is { Count: > 0 } invalid)
        {
            return invalid;
        }

        var report = await FindAsync(reporterId, registrationNumber, ct);
        if (report is null)
        {
            return null;
        }

        var now = clock.UtcNow;
        replies.AddMessage(report.Id, body!, now);
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

        if (report.Status != ReportStatus.PerluDilengkapi)
        {
            return new() { ["status"] = "Pengaduan ini sedang tidak diminta untuk dilengkapi." };
        }

        var (accepted, errors) = await replies.CheckCompletionAsync(information, "petugas", files, ct);
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        replies.AddCompletion(report.Id, information!, accepted, now);
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
