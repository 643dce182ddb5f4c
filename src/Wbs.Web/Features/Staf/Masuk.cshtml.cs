using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Staf;

/// <summary>Staff sign-in: name and password first, then the authenticator code (or enrolment when there is none yet).</summary>
public class MasukModel(StaffSignIn signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "keluar")]
    public bool SignedOut { get; set; }

    /// <summary>The name whose password was accepted; the page then asks for the authenticator code.</summary>
    public string? AwaitingCodeFor { get; private set; }

    public class InputModel
    {
        public string? Username { get; set; }
        public string? Password { get; set; }
    }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var checkedIn = await signIn.CheckPasswordAsync(Input.Username, Input.Password);
        Input.Password = null;
        if (checkedIn is not { IsOk: true, Value: { } user })
        {
            ModelState.AddModelError(string.Empty, checkedIn.Errors.Values.First());
            return Page();
        }

        await signIn.BeginAsync(HttpContext, user);
        return user.TwoFactorEnabled ? RedirectToPage(new { ReturnUrl }) : RedirectToPage("/Staf/Autentikator", new { ReturnUrl });
    }

    public async Task<IActionResult> OnPostKodeAsync()
    {
        var session = await signIn.CurrentAsync(HttpContext);
        if (session is null)
        {
            return RedirectToPage(new { ReturnUrl });
        }

        if (!session.User.TwoFactorEnabled)
        {
            return RedirectToPage("/Staf/Autentikator", new { ReturnUrl });
        }

        if (session.CodeGiven)
        {
            return LocalRedirect(StaffSignIn.NextPage(session.User, ReturnUrl));
        }

        var completed = await signIn.CompleteAsync(HttpContext, session.User, Code, "kata sandi dan kode autentikator");
        if (completed.IsOk)
        {
            return LocalRedirect(StaffSignIn.NextPage(session.User, ReturnUrl));
        }

        Code = null;
        ModelState.AddModelError(nameof(Code), completed.Errors["code"]);
        AwaitingCodeFor = session.User.UserName;
        return Page();
    }

    /// <summary>Leaves a half-finished sign-in, to start again (perhaps as someone else).</summary>
    public async Task<IActionResult> OnPostBatalAsync()
    {
        await signIn.SignOutAsync(HttpContext, null);
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var session = await signIn.CurrentAsync(HttpContext);
        if (session is { Mfa: true })
        {
            return LocalRedirect(StaffSignIn.Target(ReturnUrl));
        }

        if (session is { CodeGiven: true })
        {
            return LocalRedirect(StaffSignIn.NextPage(session.User, ReturnUrl));
        }

        if (session is not null && !session.User.TwoFactorEnabled)
        {
            return RedirectToPage("/Staf/Autentikator", new { ReturnUrl });
        }

        AwaitingCodeFor = session?.User.UserName;
        return Page();
    }
}
