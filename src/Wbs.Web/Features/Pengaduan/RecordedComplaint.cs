using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>A complaint recorded by staff; <paramref name="AccessCode"/> only when the reporter follows it online, shown once.</summary>
public sealed record RecordedComplaint(SubmittedComplaint Complaint, ComplaintChannel Channel, DateOnly ReceivedOn, string? AccessCode);
