using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// What the shared sections of a reporter's page show of the report, with its statuses already put into words (as on
/// the staff pages), so that they need not know the report's own status type.
/// </summary>
/// <param name="AwaitingCompletion">Whether the handler asked the reporter to complete the report (Perlu Dilengkapi).</param>
/// <param name="CompletionRequest">The public note with which they asked for it (the latest one).</param>
public sealed record ReporterCaseFacts(
    string RegistrationNumber, StaffCaseStatus Status, DateTime SubmittedAt, DateTime UpdatedAt, DateOnly? DueOn,
    bool AwaitingCompletion, string? CompletionRequest, IReadOnlyList<ReporterCaseEntry> History,
    IReadOnlyList<ReportMessageItem> Messages, IReadOnlyList<ReportAttachmentItem> Attachments)
{
    /// <summary>
    /// The facts of a report whose statuses are <typeparamref name="TStatus"/>, shown by <paramref name="display"/>;
    /// <paramref name="asked"/> is the kind's Perlu Dilengkapi.
    /// </summary>
    public static ReporterCaseFacts Of<TStatus>(
        string registrationNumber, TStatus status, TStatus asked, DateTime submittedAt, DateTime updatedAt, DateOnly? dueOn,
        IReadOnlyList<ReporterCaseStep<TStatus>> history, IReadOnlyList<ReportMessageItem> messages,
        IReadOnlyList<ReportAttachmentItem> attachments, Func<TStatus, string> display)
        where TStatus : struct, Enum
    {
        var same = EqualityComparer<TStatus>.Default;
        return new(
            registrationNumber, StaffCaseStatus.Of(status, display), submittedAt, updatedAt, dueOn, same.Equals(status, asked),
            history.LastOrDefault(h => same.Equals(h.Status, asked))?.Note,
            history.Select(h => new ReporterCaseEntry(StaffCaseStatus.Of(h.Status, display), h.At, h.Note, h.CompletedByReporter)).ToList(),
            messages, attachments);
    }
}
