namespace Wbs.Web.Features.Pengaduan;

public sealed record StaffComplaintDetailDto(
    string RegistrationNumber, string Status, DateTime SubmittedAt, DateTime UpdatedAt, string ViolationType, string? Unit,
    string Title, string Description, IReadOnlyList<ReportedPersonDto> ReportedPersons, string? Witnesses, string Location,
    string IncidentDate, string? IncidentDateEnd, string? Why, string? How, decimal? EstimatedLoss,
    string ReporterPhone, bool ReporterHasEmail, string? AssignedTo, IReadOnlyList<string> Checklist, string? Outcome, string? ForwardedTo,
    string? DueOn, string Deadline, IReadOnlyList<string> AllowedNext,
    IReadOnlyList<StaffHistoryDto> History, IReadOnlyList<StaffMessageDto> Messages, IReadOnlyList<AttachmentDto> Attachments);
