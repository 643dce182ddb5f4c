using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

/// <param name="Replayed">True when a retry with the same idempotency key got the answer of the submission that stored it.</param>
public sealed record SubmittedComplaint(string RegistrationNumber, ComplaintStatus Status, DateTime SubmittedAt, bool Replayed = false);
