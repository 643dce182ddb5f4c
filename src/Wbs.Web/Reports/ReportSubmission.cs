using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Reports;

public sealed record SubmittedReport(string RegistrationNumber, ReportStatus Status, DateTime SubmittedAt);

/// <summary>
/// Stores a new complaint whole or not at all: report, number, history and files are written in one
/// transaction, so a failure or a killed process leaves neither a half report nor an orphan file.
/// </summary>
public sealed partial class ReportSubmission(WbsDbContext db, ContentSealer sealer, AgencyClock clock, ILogger<ReportSubmission> logger)
{
    public async Task<SubmittedReport> SubmitAsync(
        string reporterId, int violationTypeId, int? unitId, ReportContent content,
        IReadOnlyList<EvidenceFile> files, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var now = clock.UtcNow;
            var year = clock.ToLocal(now).Year;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var sequence = await RegistrationNumbers.NextAsync(db, RegistrationNumbers.ComplaintPrefix, year, ct);

            var id = Guid.NewGuid();
            var report = new Report
            {
                Id = id,
                RegistrationNumber = RegistrationNumbers.Format(RegistrationNumbers.ComplaintPrefix, year, sequence),
                Year = year,
                Sequence = sequence,
                ReporterId = reporterId,
                ViolationTypeId = violationTypeId,
                UnitId = unitId,
                Status = ReportStatus.Diterima,
                SubmittedAt = now,
                UpdatedAt = now,
                SealedContent = sealer.Seal(id, content),
            };
            report.Events.Add(new ReportEvent
            {
                Status = ReportStatus.Diterima,
                At = now,
                SealedPublicNote = sealer.Seal(id, "Pengaduan diterima dan menunggu verifikasi."),
            });
            foreach (var file in files)
            {
                var attachmentId = Guid.NewGuid();
                report.Attachments.Add(new Attachment
                {
                    Id = attachmentId,
                    SealedFileName = sealer.Seal(id, file.FileName),
                    ContentType = file.Kind.ContentType,
                    Size = file.Content.LongLength,
                    RemovedMetadata = RemovedMetadataText.Join(file.RemovedMetadata),
                    CreatedAt = now,
                    Blob = new AttachmentBlob { AttachmentId = attachmentId, Data = sealer.SealBytes(id, file.Content) },
                });
            }

            db.Reports.Add(report);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            LogStored(logger, report.RegistrationNumber, files.Count);
            return new SubmittedReport(report.RegistrationNumber, report.Status, now);
        });
    }

    [LoggerMessage(LogLevel.Information, "Report {RegistrationNumber} stored with {FileCount} file(s)")]
    private static partial void LogStored(ILogger logger, string registrationNumber, int fileCount);
}
