namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintDetailDto(
    string RegistrationNumber, string Title, string Description, int? ViolationTypeId, string ViolationType,
    IReadOnlyList<ReportedPersonDto> ReportedPersons, string? Witnesses, string Location, string? Unit,
    string IncidentDate, string? IncidentDateEnd, string? Why, string? How, decimal? EstimatedLoss,
    string Status, DateTime SubmittedAt, DateTime UpdatedAt,
    IReadOnlyList<HistoryDto> History, IReadOnlyList<AttachmentDto> Attachments);
