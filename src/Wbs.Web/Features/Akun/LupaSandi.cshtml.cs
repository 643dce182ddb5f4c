using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Akun;

namespace Wbs.Web.Features.Akun;

public class LupaSandiModel(ReporterAccounts accounts) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? NewRecoveryCode { get; private set; }

    public class InputModel
    {
        public string? Username { get; set; }
        public string? RecoveryCode { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError(string.Empty, "Ulangan kata sandi baru tidak sama.");
        }
        else
        {
            var reset = await accounts.ResetPasswordAsync(Input.Username, Input.RecoveryCode, Input.NewPassword);
            if (reset is { IsOk: true, Value: { } code })
            {
                NewRecoveryCode = code;
                return Page();
            }

            ModelState.AddModelError(string.Empty, reset.Errors.Values.FirstOrDefault() ?? "Kata sandi tidak dapat diganti.");
        }

        Input.NewPassword = Input.ConfirmPassword = Input.RecoveryCode = null;
        return Page();
    }
}
