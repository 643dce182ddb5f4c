namespace Wbs.Web.Features.Gratifikasi;

/// <summary>The reporter's own identity as they gave it (the API shows it only to them).</summary>
public sealed record GratificationReporterDto(
    string FullName, string Nik, string? Nip, string Position, string Unit, string Institution,
    string PhoneNumber, string? Email, string? Address);
