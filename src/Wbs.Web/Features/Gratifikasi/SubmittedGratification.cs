using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

/// <param name="Replayed">True when a retry with the same idempotency key got the answer of the submission that stored it.</param>
public sealed record SubmittedGratification(string RegistrationNumber, GratificationStatus Status, DateTime SubmittedAt, DateOnly ReportDeadline, bool Replayed = false);
