namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintInboxPage(IReadOnlyList<ComplaintInboxRow> Rows, int Total, int Page, int PageSize, int OverdueTotal)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
