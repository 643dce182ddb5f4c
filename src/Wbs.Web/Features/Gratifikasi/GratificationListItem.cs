using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

public sealed record GratificationListItem(
    string RegistrationNumber, GratificationReportType ReportType, GiftObjectType ObjectType, GratificationStatus Status,
    DateOnly ReceivedOn, DateTime SubmittedAt, DateTime UpdatedAt, int UnreadMessages);
