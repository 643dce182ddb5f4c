using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;
using Wbs.Web.Security;
using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// Checks and stores a new gratification report whole or not at all: report, GRT number, history and files in one
/// transaction, as for complaints. The page and the API both come through here; a retry with the idempotency key
/// of a stored submission answers that submission, as for complaints.
/// </summary>
public sealed partial class GratificationSubmission(
    WbsDbContext db, ContentSealer sealer, EvidenceIntake evidence, AgencyClock clock, Deadlines deadlines, ILogger<GratificationSubmission> logger,
    GratificationOwners owners, SubmissionKeys keys, Notifications.Outbox outbox)
{
    public async Task<Outcome<SubmittedGratification>> SubmitAsync(
        string reporterId, GratificationDraft draft, IReadOnlyList<IncomingFile> files, CancellationToken ct,
        IReadOnlyDictionary<string, string>? earlierErrors = null, SubmissionKeyClaim? submissionKey = null)
    {
        if (submissionKey is not null)
        {
            if (await ReplayAsync(reporterId, submissionKey, ct) is { } first)
            {
                return Outcome.With(first);
            }

            await keys.PurgeAsync(ct);
        }

        var (identity, content, errors) = GratificationDraftValidator.Validate(draft, clock.Today);
        var (accepted, fileErrors) = await evidence.CheckAsync(files, ct);
        if (fileErrors.Count > 0)
        {
            errors["files"] = string.Join(" ", fileErrors);
        }

        foreach (var (key, message) in earlierErrors ?? new Dictionary<string, string>())
        {
            errors[key] = message;
        }

        if (identity is null || content is null || errors.Count > 0)
        {
            return Outcome.Invalid(errors).Without<SubmittedGratification>();
        }

        try
        {
            return Outcome.With(await StoreAsync(reporterId, identity, content, accepted, ct, submissionKey));
        }
        catch (DbUpdateException) when (submissionKey is not null)
        {
            // A concurrent submission with the same key stored its report first: answer that one.
            if (await ReplayAsync(reporterId, submissionKey, ct) is { } winner)
            {
                return Outcome.With(winner);
            }

            throw;
        }
    }

    public async Task<SubmittedGratification> StoreAsync(
        string reporterId, GratificationIdentity identity, GratificationContent content, IReadOnlyList<EvidenceFile> files, CancellationToken ct,
        SubmissionKeyClaim? submissionKey = null)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var now = clock.UtcNow;
            var year = clock.ToLocal(now).Year;
            var holidays = await deadlines.HolidaysAsync(ct);
            var dueOn = await deadlines.DueOnAsync(GratificationStatus.Diajukan, now, null, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var sequence = await RegistrationSequence.NextAsync(db, RegistrationNumbers.GratificationPrefix, year, ct);

            var id = Guid.NewGuid();
            var identityScope = Guid.NewGuid();
            var report = new GratificationReport
            {
                Id = id,
                RegistrationNumber = RegistrationNumbers.Format(RegistrationNumbers.GratificationPrefix, year, sequence),
                Year = year,
                Sequence = sequence,
                OwnerRef = owners.RefFor(reporterId),
                Status = GratificationStatus.Diajukan,
                SubmittedAt = now,
                UpdatedAt = now,
                StatusChangedAt = now,
                ReceivedOn = content.ReceivedDate,
                ReportDeadline = ReportingDeadline.DeadlineFor(content.ReceivedDate, holidays),
                DueOn = dueOn,
                IdentityScope = identityScope,
                SealedIdentity = sealer.SealPadded(identityScope, identity, ContentSealer.IdentityBucket),
                SealedContent = sealer.Seal(id, content),
            };
            report.Events.Add(new GratificationEvent
            {
                Status = GratificationStatus.Diajukan,
                Kind = ReportEventKind.Submitted,
                At = now,
                SealedPublicNote = sealer.Seal(id, "Laporan gratifikasi diterima dan menunggu verifikasi UPG."),
            });
            foreach (var file in files)
            {
                db.Attachments.Add(ComplaintSubmission.NewAttachment(sealer, id, file, now));
            }

            db.GratificationReports.Add(report);
            if (submissionKey is not null)
            {
                keys.Record(submissionKey, id);
            }

            await outbox.NewReportAsync(report.RegistrationNumber, gratification: true, ct);
            await db.SaveChangesAsync(ct);
            await EvidenceBlobs.WriteQueuedAsync(db, sealer, ct);
            await StatisticsStamp.BumpAsync(db, ct);
            await transaction.CommitAsync(ct);
            LogStored(logger, report.RegistrationNumber, files.Count);
            return new SubmittedGratification(report.RegistrationNumber, report.Status, now, report.ReportDeadline);
        });
    }

    /// <summary>What the submission that stored this key answered, for the same owner only.</summary>
    private async Task<SubmittedGratification?> ReplayAsync(string reporterId, SubmissionKeyClaim key, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await keys.FindAsync(key, ct) is not { } row)
        {
            return null;
        }

        var owner = owners.RefFor(reporterId);
        var report = await db.GratificationReports.AsNoTracking()
            .Where(r => r.Id == row.ReportId && r.OwnerRef == owner)
            .Select(r => new { r.RegistrationNumber, r.SubmittedAt, r.ReportDeadline })
            .SingleOrDefaultAsync(ct);
        return report is null
            ? null
            : new SubmittedGratification(report.RegistrationNumber, GratificationStatus.Diajukan, report.SubmittedAt, report.ReportDeadline, Replayed: true);
    }

    [LoggerMessage(LogLevel.Information, "Gratification report {RegistrationNumber} stored with {FileCount} file(s)")]
    private static partial void LogStored(ILogger logger, string registrationNumber, int fileCount);
}
