using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>A gratification reporter's identity as the UPG sees it before a reveal: enough to tell reports apart, not to find the person.</summary>
public sealed record MaskedIdentity(
    string FullName, string Nik, string? Nip, string Position, string Unit, string Institution, string PhoneNumber, string? Email, bool HasAddress)
{
    // Position, unit and institution stay visible: the UPG judges from them whether the gift relates to the office.
    public static MaskedIdentity Of(GratificationIdentity identity) => new(
        IdentityMask.Name(identity.FullName),
        IdentityMask.Digits(identity.Nik),
        identity.Nip is null ? null : IdentityMask.Digits(identity.Nip),
        identity.Position,
        identity.Unit,
        identity.Institution,
        PhoneNumbers.Mask(identity.PhoneNumber),
        identity.Email is null ? null : IdentityMask.Email(identity.Email),
        !string.IsNullOrWhiteSpace(identity.Address));
}

public static class IdentityMask
{
    private const string Hidden = "•••••";

    /// <summary>"Rahmawati Saputri" → "R•••••": one initial and a fixed mask, so neither word lengths nor other initials show.</summary>
    public static string Name(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0 ? Hidden : char.ToUpperInvariant(trimmed[0]) + Hidden;
    }

    /// <summary>A NIK or NIP: the last four digits only; the leading digits carry region, birth date and year.</summary>
    public static string Digits(string number) =>
        number.Length <= 4 ? new string('*', number.Length) : new string('*', number.Length - 4) + number[^4..];

    /// <summary>"rahma.contoh@example.org" → "r•••@•••": the first letter only; a domain can name the employer or the person.</summary>
    public static string Email(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "•••" : email[..1] + "•••@•••";
    }
}
