using Wbs.Web.Accounts;
using Wbs.Web.Domain;

namespace Wbs.Web.Gratifikasi;

/// <summary>A gratification reporter's identity as the UPG sees it before a reveal: enough to tell reports apart, not to find the person.</summary>
public sealed record MaskedIdentity(
    string FullName, string Nik, string? Nip, string Position, string Unit, string Institution, string PhoneNumber, string? Email, bool HasAddress)
{
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
    /// <summary>"Rahmawati Saputri" → "R******** S******": each word keeps its initial only.</summary>
    public static string Name(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[..1] + new string('*', w.Length - 1)));

    /// <summary>A NIK or NIP: the first four and last four digits (region and sequence), the birth date hidden.</summary>
    public static string Digits(string number) =>
        number.Length <= 8 ? new string('*', number.Length) : number[..4] + new string('*', number.Length - 8) + number[^4..];

    /// <summary>"rahma.contoh@example.org" → "r***@e***.org": the initials and the top-level domain only.</summary>
    public static string Email(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1)
        {
            return "***";
        }

        var domain = email[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        var top = dot > 0 ? domain[dot..] : "";
        return email[..1] + "***@" + domain[..1] + "***" + top;
    }
}
