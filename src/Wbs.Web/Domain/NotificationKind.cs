namespace Wbs.Web.Domain;

/// <summary>What a notification announces; the wording is fixed per kind so no content is ever needed to send one.</summary>
public enum NotificationKind
{
    NewReport = 1,
    Assignment = 2,
    ReporterReply = 3,
    ReporterCompletion = 4,
    NewSignIn = 5,
    TwoFactorReset = 6,
    DeadlineDigest = 7,
    ReporterUpdate = 8,
}
