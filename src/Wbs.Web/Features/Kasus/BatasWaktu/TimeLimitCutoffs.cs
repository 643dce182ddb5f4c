namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>
/// The latest start days (and the instants after them) at which a verification or feedback limit falls on or before a
/// given day (<see cref="TimeLimitRules.LatestStart"/>): what lets the inbox filter and the digest select cases in SQL.
/// </summary>
public sealed record TimeLimitCutoffs(DateOnly VerificationStart, DateTime VerificationBeforeUtc, DateOnly FeedbackStart, DateTime FeedbackBeforeUtc);
