using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Features.Staf;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Staf.Admin;

/// <summary>
/// The working-day calendar: national holidays and cuti bersama per year. Deadlines set from now on count with the
/// edited calendar; deadlines already set stay as they were.
/// </summary>
public class HariLiburModel(WbsDbContext db, AuditLog audit, Deadlines deadlines, AgencyClock clock) : PageModel
{
    public const int MaxNameLength = 150;

    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(string? date, string? name, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return await RefuseAsync("Isi tanggal hari libur (misalnya 2026-08-17).", ct);
        }

        Year = day.Year;
        if (NameError(name) is { } error)
        {
            return await RefuseAsync(error, ct);
        }

        if (await db.Holidays.AnyAsync(h => h.Date == day, ct))
        {
            return await RefuseAsync($"Tanggal {Format(day)} sudah tercatat sebagai hari libur.", ct);
        }

        db.Holidays.Add(new Holiday { Date = day, Name = name!.Trim() });
        return await SaveAsync(day, $"ditambah: {name.Trim()}", $"Hari libur {Format(day)} ditambahkan.", ct);
    }

    public async Task<IActionResult> OnPostRenameAsync(string? date, string? name, CancellationToken ct)
    {
        var holiday = await FindAsync(date, ct);
        if (holiday is null)
        {
            return NotFound();
        }

        Year = holiday.Date.Year;
        if (NameError(name) is { } error)
        {
            return await RefuseAsync(error, ct);
        }

        var before = holiday.Name;
        holiday.Name = name!.Trim();
        return await SaveAsync(holiday.Date, $"diubah: {before} -> {holiday.Name}", $"Nama hari libur {Format(holiday.Date)} disimpan.", ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? date, CancellationToken ct)
    {
        var holiday = await FindAsync(date, ct);
        if (holiday is null)
        {
            return NotFound();
        }

        Year = holiday.Date.Year;
        db.Holidays.Remove(holiday);
        return await SaveAsync(holiday.Date, $"dihapus: {holiday.Name}", $"Hari libur {Format(holiday.Date)} dihapus.", ct);
    }

    public static string Format(DateOnly day) => day.ToString("dddd, d MMMM yyyy", Culture.Indonesian);

    private static string? NameError(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Nama hari libur wajib diisi."
        : name.Trim().Length > MaxNameLength ? $"Nama hari libur paling panjang {MaxNameLength} karakter."
        : null;

    private async Task<Holiday?> FindAsync(string? date, CancellationToken ct) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? await db.Holidays.SingleOrDefaultAsync(h => h.Date == day, ct)
            : null;

    private async Task<IActionResult> SaveAsync(DateOnly day, string detail, string message, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(StaffAuth.Actor(User).UserName, AuditActions.MasterData, "hari-libur:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), detail, ct);
        await transaction.CommitAsync(ct);
        deadlines.ForgetHolidays();
        Message = message;
        return RedirectToPage(new { tahun = day.Year });
    }

    private async Task<IActionResult> RefuseAsync(string error, CancellationToken ct)
    {
        ModelState.AddModelError(string.Empty, error);
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : clock.Today.Year;
        var first = new DateOnly(ShownYear, 1, 1);
        var last = new DateOnly(ShownYear, 12, 31);
        Holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last).OrderBy(h => h.Date).ToListAsync(ct);
    }
}
