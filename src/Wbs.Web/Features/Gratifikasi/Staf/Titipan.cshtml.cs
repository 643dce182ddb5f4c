using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Gratifikasi.Staf;

/// <summary>The UPG's register of objects held (barang titipan): where each object is, a form to record its next step, the xlsx export.</summary>
public class TitipanModel(GiftRegister register) : PageModel
{
    public IReadOnlyList<RegisterItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public string? Notice { get; private set; }

    [BindProperty]
    public StepInput Langkah { get; set; } = new();

    public sealed class StepInput
    {
        public string? Number { get; set; }
        public string? Step { get; set; }
        public string? On { get; set; }
        public string? Place { get; set; }
        public string? HandledBy { get; set; }
    }

    public async Task OnGetAsync(bool tersimpan, CancellationToken ct)
    {
        Notice = tersimpan ? "Langkah penyimpanan tercatat." : null;
        Items = await register.ItemsAsync(StaffAuth.Actor(User), ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var step = Enum.GetValues<CustodyStep>().Select(s => (CustodyStep?)s).FirstOrDefault(s => s.ToString() == Langkah.Step);
        DateOnly? on = DateOnly.TryParseExact(Langkah.On?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        var outcome = await register.RecordAsync(StaffAuth.Actor(User), Langkah.Number ?? "", step, on, Langkah.Place, Langkah.HandledBy, ct);
        if (outcome.IsOk)
        {
            return Redirect("/Staf/Gratifikasi/Titipan?tersimpan=true");
        }

        Errors = outcome.Kind == Kasus.OutcomeKind.NotFound
            ? new Dictionary<string, string> { ["number"] = "Nomor registrasi gratifikasi tidak ditemukan." }
            : outcome.Errors;
        Items = await register.ItemsAsync(StaffAuth.Actor(User), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetEksporAsync(CancellationToken ct)
    {
        var file = await register.ExportAsync(StaffAuth.Actor(User), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public string? ErrorOf(string key) => Errors.GetValueOrDefault(key);
}
