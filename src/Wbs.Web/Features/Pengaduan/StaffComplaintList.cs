namespace Wbs.Web.Features.Pengaduan;

public sealed record StaffComplaintList(IReadOnlyList<StaffComplaintListItem> Items, int Page, int PageSize, int Total, int PageCount, int OverdueTotal);
