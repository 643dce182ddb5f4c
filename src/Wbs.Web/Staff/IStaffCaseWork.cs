using Wbs.Web.Domain;
using Wbs.Web.Reports;

namespace Wbs.Web.Staff;

/// <summary>The work every kind of report shares on its staff page: evidence, the thread with the reporter, internal notes.</summary>
public interface IStaffCaseWork
{
    Task<AttachmentDownload?> DownloadAsync(StaffActor actor, string registrationNumber, Guid attachmentId, CancellationToken ct);

    Task<(StaffOutcome Outcome, AttachmentDownload? File)> RevealOriginalAsync(
        StaffActor actor, string registrationNumber, Guid attachmentId, string? reason, CancellationToken ct);

    Task<StaffOutcome> SendMessageAsync(StaffActor actor, string registrationNumber, string? body, CancellationToken ct);

    Task<StaffOutcome> AddInternalNoteAsync(StaffActor actor, string registrationNumber, string? note, CancellationToken ct);
}
