using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Verifikasi;

/// <summary>The published receipt verification keys, newest first; the same as /.well-known/wbs-receipt-keys.json.</summary>
public class KunciModel(ReceiptSigningKeys keys) : PageModel
{
    public IReadOnlyList<ReceiptSigningKey> Keys { get; private set; } = [];

    public string ActiveId { get; private set; } = "";

    public void OnGet()
    {
        Keys = keys.All.Reverse().ToList();
        ActiveId = keys.Signing.Id;
    }
}
