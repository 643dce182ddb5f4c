using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>One step of the history; Kind tells the reporter's own completion apart from a status the UPG set.</summary>
public sealed record GratificationHistoryItem(GratificationStatus Status, string? Note, DateTime At, ReportEventKind Kind = ReportEventKind.StatusChanged);
