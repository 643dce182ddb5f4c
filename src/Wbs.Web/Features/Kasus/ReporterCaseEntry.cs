namespace Wbs.Web.Features.Kasus;

/// <summary>One step of the public history, its status in words.</summary>
public sealed record ReporterCaseEntry(StaffCaseStatus Status, DateTime At, string? Note, bool CompletedByReporter);
