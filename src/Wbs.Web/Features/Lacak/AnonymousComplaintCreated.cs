namespace Wbs.Web.Features.Lacak;

public sealed record AnonymousComplaintCreated(string RegistrationNumber, string AccessCode, string Status, DateTime SubmittedAt);
