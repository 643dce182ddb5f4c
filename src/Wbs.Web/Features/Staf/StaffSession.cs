using Wbs.Web.Domain;

namespace Wbs.Web.Features.Staf;

/// <summary>
/// A staff member during the sign-in steps or fully signed in (<paramref name="Mfa"/>); <paramref name="CodeGiven"/>
/// means the code was right and only the choice of an own password is left.
/// </summary>
public sealed record StaffSession(AppUser User, bool Mfa, bool CodeGiven = false);
