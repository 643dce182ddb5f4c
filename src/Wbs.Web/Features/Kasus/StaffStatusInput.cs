namespace Wbs.Web.Features.Kasus;

/// <summary>
/// The fields of the "Ubah status" form that every kind of report has; each page's own input adds what its statuses
/// need (an outcome, a forwarding date, a KPK decision).
/// </summary>
public class StaffStatusInput
{
    public string? To { get; set; }
    public string? PublicNote { get; set; }
    public string? InternalNote { get; set; }
}
