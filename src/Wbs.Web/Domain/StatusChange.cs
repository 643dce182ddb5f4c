namespace Wbs.Web.Domain;

public sealed record StatusChange(ComplaintStatus To, string? PublicNote, string? InternalNote, ComplaintOutcome? Outcome, string? ForwardedTo);
