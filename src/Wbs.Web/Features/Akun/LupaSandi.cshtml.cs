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
            var (code, error) = await accounts.ResetPasswordAsync(Input.Username, Input.RecoveryCode, Input.NewPassword);
            if (code is not null)
            {
                NewRecoveryCode = code;
                return Page();
            }

            ModelState.AddModelError(string.Empty, error ?? "Kata sandi tidak dapat diganti.");
        }

        Input.NewPassword = Input.ConfirmPassword = Input.RecoveryCode = null;
        return Page();
    }
}
