namespace Wbs.Web.Features.Staf.Admin.Petugas;

/// <summary>The words the admin pages use for a member's notification address; the address itself is never audited.</summary>
internal static class StaffEmail
{
    public const string Invalid = "Alamat email tidak sah. Tulis lengkap, misalnya nama@inspektorat.go.id, atau kosongkan.";
    public const string SetDetail = "alamat email pemberitahuan disimpan";
    public const string DeletedDetail = "alamat email pemberitahuan dihapus";
}
