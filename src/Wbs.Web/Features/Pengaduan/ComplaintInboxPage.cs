using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintInboxPage(IReadOnlyList<ComplaintInboxRow> Rows, int Total, int Page, int PageSize, int OverdueTotal)
{
    /// <summary>Reports in scope per status, whatever the filter (the tiles).</summary>
    public IReadOnlyDictionary<ComplaintStatus, int> Counts { get; init; } = new Dictionary<ComplaintStatus, int>();

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
