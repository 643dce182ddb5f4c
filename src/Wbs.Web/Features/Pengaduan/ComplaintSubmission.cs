using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Features.Statistik;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>
/// Stores a new complaint whole or not at all: report, number, history and files are written in one
/// transaction, so a failure or a killed process leaves neither a half report nor an orphan file.
/// </summary>
/// <remarks>A null reporter is a complaint without an account (Features/Lacak).</remarks>
public sealed partial class ComplaintSubmission(WbsDbContext db, ContentSealer sealer, AgencyClock clock, Deadlines deadlines, ILogger<ComplaintSubmission> logger,
    Notifications.Outbox outbox)
{
    public async Task<SubmittedComplaint> SubmitAsync(
        string? reporterId, int violationTypeId, int? unitId, ComplaintContent content,
        IReadOnlyList<EvidenceFile> files, CancellationToken ct, Action<Complaint>? alongside = null,
        ComplaintArrival? arrival = null, Func<Complaint, CancellationToken, Task>? beforeCommit = null)
    {
        arrival ??= ComplaintArrival.Web;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var now = clock.UtcNow;
            var year = clock.ToLocal(now).Year;
            // A letter that lay on a desk for a week has used a week of its deadline: the count starts on the day received.
            var dueOn = arrival.ReceivedOn is { } received
                ? await deadlines.DueOnAsync(ComplaintStatus.Diterima, clock.StartOfDayUtc(received), ct)
                : await deadlines.DueOnAsync(ComplaintStatus.Diterima, now, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var sequence = await RegistrationSequence.NextAsync(db, RegistrationNumbers.ComplaintPrefix, year, ct);

            var id = Guid.NewGuid();
            var report = new Complaint
            {
                Id = id,
                RegistrationNumber = RegistrationNumbers.Format(RegistrationNumbers.ComplaintPrefix, year, sequence),
                Year = year,
                Sequence = sequence,
                ReporterId = reporterId,
                ViolationTypeId = violationTypeId,
                UnitId = unitId,
                Status = ComplaintStatus.Diterima,
                SubmittedAt = now,
                UpdatedAt = now,
                Channel = arrival.Channel,
                ReceivedOn = arrival.ReceivedOn,
                StatusChangedAt = now,
                DueOn = dueOn,
                SealedContent = sealer.Seal(id, arrival.Reference is null ? content : content with { ChannelReference = arrival.Reference }),
            };
            report.Events.Add(new ComplaintEvent
            {
                Status = ComplaintStatus.Diterima,
                Kind = ReportEventKind.Submitted,
                At = now,
                SealedPublicNote = sealer.Seal(id, "Pengaduan diterima dan menunggu verifikasi."),
            });
            foreach (var file in files)
            {
                db.Attachments.Add(NewAttachment(sealer, id, file, now));
            }

            db.Complaints.Add(report);

            // What another feature stores with the report in the same transaction (an anonymous report's access row).
            alongside?.Invoke(report);
            // The Inspektur's notice is stored with the report, so neither exists without the other.
            await outbox.NewReportAsync(report.RegistrationNumber, gratification: false, ct);
            await db.SaveChangesAsync(ct);
            await EvidenceBlobs.WriteQueuedAsync(db, sealer, ct);
            // In the same transaction: every node's cached public figures refresh once this commits.
            await StatisticsStamp.BumpAsync(db, ct);

            // What must commit with the report or not at all (the audit entry of a complaint recorded by staff).
            if (beforeCommit is not null)
            {
                await beforeCommit(report, ct);
            }

            await transaction.CommitAsync(ct);
            LogStored(logger, report.RegistrationNumber, files.Count);
            return new SubmittedComplaint(report.RegistrationNumber, report.Status, now);
        });
    }

    /// <summary>An evidence file sealed under its report's key, ready to be stored with it.</summary>
    public static Attachment NewAttachment(ContentSealer sealer, Guid reportId, EvidenceFile file, DateTime now)
    {
        var attachmentId = Guid.NewGuid();
        return new Attachment
        {
            Id = attachmentId,
            ReportId = reportId,
            SealedFileName = sealer.Seal(reportId, file.FileName),
            ContentType = file.Kind.ContentType,
            Size = file.Content.Length,
            RemovedMetadata = RemovedMetadataText.Join(file.RemovedMetadata),
            CreatedAt = now,

            // The bytes follow once the row exists (EvidenceBlobs.WriteQueuedAsync), sealed chunk by chunk: the cleaned
            // copy under the report's key, the upload as it came (when cleaning changed it) under a key of its own.
            Blob = EvidenceBlobs.NewBlob(reportId, attachmentId, file),
        };
    }

    [LoggerMessage(LogLevel.Information, "Report {RegistrationNumber} stored with {FileCount} file(s)")]
    private static partial void LogStored(ILogger logger, string registrationNumber, int fileCount);
}
