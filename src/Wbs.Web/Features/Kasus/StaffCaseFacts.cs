using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// What the shared sections of a staff case page show of the report, with its status already put into words, so that
/// they need not know the report's own status type.
/// </summary>
public sealed record StaffCaseFacts(
    string RegistrationNumber, StaffCaseStatus Status, bool WithoutAccount, IReadOnlyList<StaffCaseStatus> AllowedNext,
    IReadOnlyList<ReportAttachmentItem> Attachments, IReadOnlyList<CaseMessage> Messages, IReadOnlyList<StaffCaseEntry> History)
{
    /// <summary>The facts of a report whose statuses are <typeparamref name="TStatus"/>, shown by <paramref name="display"/>.</summary>
    public static StaffCaseFacts Of<TStatus>(
        string registrationNumber, TStatus status, bool withoutAccount, IReadOnlyList<TStatus> allowedNext, IReadOnlyList<CaseEvent<TStatus>> events,
        IReadOnlyList<CaseMessage> messages, IReadOnlyList<ReportAttachmentItem> attachments, Func<TStatus, string> display)
        where TStatus : struct, Enum =>
        new(registrationNumber, StaffCaseStatus.Of(status, display), withoutAccount,
            allowedNext.Select(s => StaffCaseStatus.Of(s, display)).ToList(), attachments, messages,
            events.Select(e => new StaffCaseEntry(e.Kind, StaffCaseStatus.Of(e.Status, display), e.At, e.Actor, e.PublicNote, e.InternalNote)).ToList());

    /// <summary>The history's internal notes, newest first.</summary>
    public IReadOnlyList<StaffCaseEntry> InternalNotes => History.Where(e => e.InternalNote is not null).Reverse().ToList();
}
