using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Kasus;

/// <summary>What staff see of a case besides its own fields: the thread, the evidence and the names of the staff involved.</summary>
public sealed record CaseFile(IReadOnlyList<CaseMessage> Messages, IReadOnlyList<ReportAttachmentItem> Attachments, IReadOnlyDictionary<string, string> StaffNames)
{
    public string? NameOf(string? staffId) => staffId is null ? null : StaffNames.GetValueOrDefault(staffId);
}
