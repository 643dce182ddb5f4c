using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>
/// Checks a draft and its evidence, then stores it; the page and the API both come through here. Invalid answers carry
/// errors keyed by the API's field names, the evidence's problems together under "files". A submission with an
/// idempotency key that already stored a report answers that report, checked before anything else and again when a
/// concurrent submission with the same key won the race.
/// </summary>
public sealed class ComplaintIntake(WbsDbContext db, EvidenceIntake evidence, ComplaintSubmission submission, AgencyClock clock, SubmissionKeys keys)
{
    public async Task<Outcome<SubmittedComplaint>> SubmitAsync(
        string? reporterId, ComplaintDraft draft, IReadOnlyList<IncomingFile> files, CancellationToken ct,
        IReadOnlyDictionary<string, string>? earlierErrors = null, Action<Domain.Complaint>? alongside = null,
        SubmissionKeyClaim? submissionKey = null, ComplaintArrival? arrival = null, Func<Domain.Complaint, CancellationToken, Task>? beforeCommit = null)
    {
        if (submissionKey is not null)
        {
            if (await ReplayAsync(reporterId, submissionKey, ct) is { } first)
            {
                return Outcome.With(first);
            }

            await keys.PurgeAsync(ct);
        }

        var types = (await db.ViolationTypes.Where(v => v.IsActive).Select(v => v.Id).ToListAsync(ct)).ToHashSet();
        var units = (await db.Units.Where(u => u.IsActive).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        var (content, errors) = ComplaintDraftValidator.Validate(draft, types, units, clock.Today);
        var (accepted, fileErrors) = await evidence.CheckAsync(files, ct);
        if (fileErrors.Count > 0)
        {
            errors["files"] = string.Join(" ", fileErrors);
        }

        foreach (var (key, message) in earlierErrors ?? new Dictionary<string, string>())
        {
            errors[key] = message;
        }

        if (content is null || errors.Count > 0)
        {
            return Outcome.Invalid(errors).Without<SubmittedComplaint>();
        }

        try
        {
            return Outcome.With(await submission.SubmitAsync(reporterId, draft.ViolationTypeId!.Value, draft.UnitId, content, accepted, ct, report =>
            {
                if (submissionKey is not null)
                {
                    keys.Record(submissionKey, report.Id);
                }

                alongside?.Invoke(report);
            }, arrival, beforeCommit));
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

    /// <summary>What the submission that stored this key answered, for the same owner only.</summary>
    private async Task<SubmittedComplaint?> ReplayAsync(string? reporterId, SubmissionKeyClaim key, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await keys.FindAsync(key, ct) is not { } row)
        {
            return null;
        }

        var report = await db.Complaints.AsNoTracking()
            .Where(c => c.Id == row.ReportId && c.ReporterId == reporterId)
            .Select(c => new { c.RegistrationNumber, c.SubmittedAt })
            .SingleOrDefaultAsync(ct);
        return report is null ? null : new SubmittedComplaint(report.RegistrationNumber, Domain.ComplaintStatus.Diterima, report.SubmittedAt, Replayed: true);
    }
}
