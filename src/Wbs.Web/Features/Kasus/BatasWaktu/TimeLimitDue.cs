namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>
/// A running limit that falls within the asked window or has passed: the report's number and kind, which limit, its
/// day, and the complaint's handler (null for gratification reports and unassigned complaints) so a digest can be
/// scoped per person. Carries nothing of the report's content or its reporter.
/// </summary>
public sealed record TimeLimitDue(string RegistrationNumber, bool Gratification, TimeLimitKind Limit, DateOnly DueOn, bool Overdue, string? HandlerId);
