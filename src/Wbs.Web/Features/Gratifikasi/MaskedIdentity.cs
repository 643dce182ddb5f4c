using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// A gratification reporter's identity as the UPG sees it before a reveal: enough to tell reports apart and to judge
/// whether the gift relates to an office of the institution, not to find the person. The institution is shown; name
/// (initial only), NIK and NIP (no digit), position and unit, phone (last three digits), email and address are not.
/// </summary>
public sealed record MaskedIdentity(
    string FullName, string Nik, string? Nip, string Position, string Unit, string Institution, string PhoneNumber, string? Email, bool HasAddress)
{
    public static MaskedIdentity Of(GratificationIdentity identity) => new(
        IdentityMask.Name(identity.FullName),
        // No digit of NIK or NIP: the leading ones carry region, birth date and year, and even the last four, with
        // the institution, confirm a suspected colleague. Whether a NIP was given shows (a civil servant or not).
        IdentityMask.Hidden,
        identity.Nip is null ? null : IdentityMask.Hidden,
        IdentityMask.Hidden,
        IdentityMask.Hidden,
        identity.Institution,
        PhoneNumbers.Mask(identity.PhoneNumber),
        identity.Email is null ? null : IdentityMask.Email(identity.Email),
        !string.IsNullOrWhiteSpace(identity.Address));
}
