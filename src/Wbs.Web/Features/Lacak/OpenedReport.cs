namespace Wbs.Web.Features.Lacak;

/// <summary>A complaint opened by its number and access code, for one Lacak session or API token.</summary>
public sealed record OpenedReport(Guid ReportId, string RegistrationNumber, string SessionStamp);
