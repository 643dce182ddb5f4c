using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

public sealed record GratificationInboxPage(IReadOnlyList<GratificationInboxRow> Rows, int Total, int Page, int PageSize, int OverdueTotal, Dictionary<GratificationStatus, int> Counts)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
