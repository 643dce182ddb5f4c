using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Staf;

/// <summary>
/// Enrolment of the authenticator app, required before any other staff page: a QR code and the key as text, then a
/// code from the app proves it works and completes the sign-in.
/// </summary>
public class AutentikatorModel(StaffSignIn signIn, StaffAccounts accounts) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string UserName { get; private set; } = "";

    /// <summary>The key in groups of four, for typing into an app that cannot scan.</summary>
    public string KeyText { get; private set; } = "";

    /// <summary>The otpauth:// address as a PNG data address (the page's policy allows data: images only).</summary>
    public string QrImage { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var session = await signIn.CurrentAsync(HttpContext);
        if (Elsewhere(session) is { } elsewhere)
        {
            return elsewhere;
        }

        Show(session!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var session = await signIn.CurrentAsync(HttpContext);
        if (Elsewhere(session) is { } elsewhere)
        {
            return elsewhere;
        }

        var completed = await signIn.CompleteAsync(HttpContext, session!.User, Code, "pendaftaran aplikasi autentikator");
        if (completed.IsOk)
        {
            return LocalRedirect(StaffSignIn.NextPage(session.User, ReturnUrl));
        }

        Code = null;
        ModelState.AddModelError(nameof(Code), completed.Errors["code"]);
        Show(session);
        return Page();
    }

    // Without the password step there is nothing to enrol; an enrolled account gives its code on the sign-in page.
    private IActionResult? Elsewhere(StaffSession? session) => session switch
    {
        null => RedirectToPage("/Staf/Masuk", new { ReturnUrl }),
        { Mfa: true } => LocalRedirect(StaffSignIn.Target(ReturnUrl)),
        { CodeGiven: true } => LocalRedirect(StaffSignIn.NextPage(session.User, ReturnUrl)),
        { User.TwoFactorEnabled: true } => RedirectToPage("/Staf/Masuk", new { ReturnUrl }),
        _ => null,
    };

    private void Show(StaffSession session)
    {
        UserName = session.User.UserName!;
        var key = accounts.SecretText(session.User);
        KeyText = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        using var data = QRCodeGenerator.GenerateQrCode(accounts.OtpAuthUri(session.User), QRCodeGenerator.ECCLevel.M);
        QrImage = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
