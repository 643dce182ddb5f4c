using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Kasus;

/// <summary>A report's files as downloads: the heading and empty text of its kind, and the address each file is fetched from.</summary>
public sealed record EvidenceListView(IReadOnlyList<ReportAttachmentItem> Files, string Title, string EmptyText, string DownloadBase);
