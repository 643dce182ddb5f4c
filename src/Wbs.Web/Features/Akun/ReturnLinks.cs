using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Features.Akun;

/// <summary>The ReturnUrl that logging in and registering carry along: kept only when it stays on this site.</summary>
public static class ReturnLinks
{
    public static string? Local(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/Akun/", StringComparison.OrdinalIgnoreCase) ? returnUrl : null;

    /// <summary>Whether the way back leads into the reporter's gratification pages.</summary>
    public static bool IsGratification(string? localReturnUrl) =>
        localReturnUrl is not null
        && localReturnUrl.StartsWith("/Gratifikasi", StringComparison.OrdinalIgnoreCase)
        && (localReturnUrl.Length == "/Gratifikasi".Length || localReturnUrl["/Gratifikasi".Length] is '/' or '?' or '#');

    public static string With(string page, string? localReturnUrl) =>
        localReturnUrl is null ? page : page + "?ReturnUrl=" + Uri.EscapeDataString(localReturnUrl);
}
