using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Kasus;

/// <summary>What the reporter's message thread shows: who answers (petugas or UPG), the messages and the typed reply.</summary>
public sealed record ReporterThreadView(IReadOnlyList<ReportMessageItem> Messages, string Title, string StaffName, string Addressee, string? Draft, string? Error);
