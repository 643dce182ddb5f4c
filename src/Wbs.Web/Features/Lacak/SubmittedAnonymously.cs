using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Lacak;

/// <summary>A complaint stored without an account, with the access code shown once and the report it opens.</summary>
public sealed record SubmittedAnonymously(SubmittedComplaint Complaint, string AccessCode, OpenedReport Opened);
