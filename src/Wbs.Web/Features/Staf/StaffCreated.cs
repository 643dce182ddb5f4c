using Wbs.Web.Domain;

namespace Wbs.Web.Features.Staf;

public sealed record StaffCreated(AppUser? User, string? OtpAuthUri, IReadOnlyList<string> Errors);
