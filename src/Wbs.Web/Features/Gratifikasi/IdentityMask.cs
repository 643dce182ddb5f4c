namespace Wbs.Web.Features.Gratifikasi;

public static class IdentityMask
{
    public const string Hidden = "•••••";

    /// <summary>"Rahmawati Saputri" → "R•••••": one initial and a fixed mask, so neither word lengths nor other initials show.</summary>
    public static string Name(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0 ? Hidden : char.ToUpperInvariant(trimmed[0]) + Hidden;
    }

    /// <summary>"rahma.contoh@example.org" → "r•••@•••": the first letter only; a domain can name the employer or the person.</summary>
    public static string Email(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "•••" : email[..1] + "•••@•••";
    }
}
