using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>
/// Checks a draft and its evidence, then stores it; the page and the API both come through here. Invalid answers carry
/// errors keyed by the API's field names, the evidence's problems together under "files".
/// </summary>
public sealed class ComplaintIntake(WbsDbContext db, EvidenceIntake evidence, ComplaintSubmission submission, AgencyClock clock)
{
    public async Task<Outcome<SubmittedComplaint>> SubmitAsync(
        string? reporterId, ComplaintDraft draft, IReadOnlyList<IncomingFile> files, CancellationToken ct,
        IReadOnlyDictionary<string, string>? earlierErrors = null, Action<Domain.Complaint>? alongside = null)
    {
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

        return Outcome.With(await submission.SubmitAsync(reporterId, draft.ViolationTypeId!.Value, draft.UnitId, content, accepted, ct, alongside));
    }
}
