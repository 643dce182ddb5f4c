namespace Wbs.Web.Features.Pengaduan;

public sealed record StaffComplaintListItem(
    string RegistrationNumber, string Title, DateTime SubmittedAt, string ViolationType, string? Unit, string Status,
    string? Handler, string? DueOn, string Deadline, int UnreadMessages);
