namespace Wbs.Web.Features.Kasus;

/// <summary>
/// Whose report a reporter-side call may reach: an account's reports, or the one complaint a Lacak session or
/// anonymous token opened. Every reporter query is scoped by one of the two, never by neither.
/// </summary>
public sealed class ReportOwner
{
    private ReportOwner(string? accountId, Guid? anonymousReportId)
    {
        AccountId = accountId;
        AnonymousReportId = anonymousReportId;
    }

    public string? AccountId { get; }

    public Guid? AnonymousReportId { get; }

    public static ReportOwner Account(string accountId) =>
        new(string.IsNullOrEmpty(accountId) ? throw new ArgumentException("An account owner needs an id.", nameof(accountId)) : accountId, null);

    public static ReportOwner Anonymous(Guid reportId) => new(null, reportId);

    public static implicit operator ReportOwner(string accountId) => Account(accountId);
}
