using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintListItem(
    string RegistrationNumber, string Title, string ViolationType, ComplaintStatus Status, DateTime SubmittedAt, DateTime UpdatedAt, int UnreadMessages = 0);
