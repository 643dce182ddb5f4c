using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan.Tautan;

/// <summary>A link as a report's staff page lists it: the other report, how they relate, why, who linked them.</summary>
public sealed record CaseLinkItem(
    Guid Id, string OtherNumber, ComplaintStatus OtherStatus, CaseLinkKind Kind, bool ThisIsDuplicate, string Reason, string CreatedBy, DateTime CreatedAt)
{
    /// <summary>"Duplikat dari …", "Asli dari duplikat …" or "Terkait".</summary>
    public string KindText => Kind == CaseLinkKind.Related ? "Terkait" : ThisIsDuplicate ? "Duplikat dari" : "Memiliki duplikat";
}
