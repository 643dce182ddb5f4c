using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan.Pelimpahan;

/// <summary>
/// What the Inspektur prepares a hand-over from: each text of the case (key, label, text) to mark for blacking out, the
/// reporter's messages that may be included, the cleaned evidence files, and the packages made before.
/// </summary>
public sealed record HandoverDraft(
    string RegistrationNumber, string Title, ComplaintStatus Status, bool CanHandOver,
    IReadOnlyList<HandoverPart> Parts, IReadOnlyList<HandoverPart> Messages,
    IReadOnlyList<(Guid Id, string Name, string ContentType, long Size)> Files,
    IReadOnlyList<HandoverRecord> Packages);
