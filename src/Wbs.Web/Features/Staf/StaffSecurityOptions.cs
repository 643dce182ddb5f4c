using Microsoft.EntityFrameworkCore;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Staf;

/// <summary>Section "Wbs:Security": how strictly the admin pages keep account management apart from case content.</summary>
public sealed class StaffSecurityOptions
{
    public const string Section = "Wbs:Security";

    /// <summary>On (the default): the admin pages never give one account Admin together with a content role.</summary>
    public bool StrictSeparation { get; set; } = true;

    public static readonly string[] ContentRoles = [StaffRoles.Verifikator, StaffRoles.Inspektur, StaffRoles.Upg];

    /// <summary>Why the admin pages refuse this set of roles, or null when they may give it.</summary>
    public string? Refusal(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        return StrictSeparation && list.Contains(StaffRoles.Admin, StringComparer.OrdinalIgnoreCase)
            && list.Intersect(ContentRoles, StringComparer.OrdinalIgnoreCase).Any()
            ? "Pemisahan tugas: peran Admin tidak boleh digabung dengan Verifikator, Inspektur, atau UPG pada satu akun."
            : null;
    }
}
