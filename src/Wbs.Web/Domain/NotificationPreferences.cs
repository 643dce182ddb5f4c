namespace Wbs.Web.Domain;

/// <summary>The kinds a staff member may switch on or off; security events are always sent.</summary>
[Flags]
public enum NotificationPreferences
{
    None = 0,
    NewReports = 1,
    Assignments = 2,
    ReporterReplies = 4,
    DeadlineDigest = 8,
    ReportUpdates = 16,
}
