using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintHistoryItem(ComplaintStatus Status, string? Note, DateTime At);
