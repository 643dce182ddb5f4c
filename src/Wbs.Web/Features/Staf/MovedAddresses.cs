namespace Wbs.Web.Features.Staf;

/// <summary>The staff case pages' former addresses answer a permanent redirect, so bookmarks keep working.</summary>
public static class MovedAddresses
{
    public static IEndpointRouteBuilder MapMovedStaffAddresses(this IEndpointRouteBuilder app)
    {
        app.MapGet("/Staf/Aduan/{nomor}", (string nomor, HttpRequest request) => Moved("/Staf/Pengaduan/", nomor, request)).ExcludeFromDescription();
        app.MapGet("/Staf/Gratifikasi/Detail/{nomor}", (string nomor, HttpRequest request) => Moved("/Staf/Gratifikasi/", nomor, request)).ExcludeFromDescription();
        return app;
    }

    private static IResult Moved(string prefix, string nomor, HttpRequest request) =>
        Results.Redirect(prefix + Uri.EscapeDataString(nomor) + request.QueryString, permanent: true);
}
