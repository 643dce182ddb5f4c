using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

public sealed record GratificationInboxRow(
    string RegistrationNumber, DateTime SubmittedAt, DateOnly ReceivedOn, DateOnly ReportDeadline, bool ReportedLate,
    GratificationReportType ReportType, GiftObjectType ObjectType, GratificationStatus Status, DateOnly? DueOn, int UnreadMessages);
