namespace Wbs.Web.Features.Kasus;

/// <summary>One step of the public history in the report's own status type.</summary>
/// <param name="CompletedByReporter">The reporter's completion, which returns the status to the start but is not a second submission.</param>
public sealed record ReporterCaseStep<TStatus>(TStatus Status, DateTime At, string? Note, bool CompletedByReporter = false)
    where TStatus : struct, Enum;

