namespace Wbs.Web.Domain;

public sealed record GratificationStatusChange(
    GratificationStatus To, string? PublicNote, string? InternalNote,
    DateOnly? ForwardedOn = null, KpkDecision? Decision = null, string? DecisionNumber = null, DateOnly? DecisionDate = null,
    PositionLevel? SignatoryLevel = null, string? SignedBy = null);
