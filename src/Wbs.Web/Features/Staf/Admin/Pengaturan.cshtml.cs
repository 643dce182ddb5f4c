using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Staf.Admin;

/// <summary>
/// The agency's name, address, contact lines, time zone and deadlines. Saved in the database, so every node takes
/// them over within a refresh interval; deadlines set from now on count with the new numbers.
/// </summary>
public class PengaturanModel(WbsDbContext db, AuditLog audit, AgencySettingsStore store, IOptions<AgencyOptions> agency, IOptions<DeadlineOptions> deadlines, AgencyClock clock)
    : PageModel
{
    /// <summary>Indonesia's three time zones.</summary>
    public static readonly (string Id, string Label, string Text)[] TimeZones =
    [
        ("Asia/Jakarta", "WIB", "WIB (Waktu Indonesia Barat, UTC+7)"),
        ("Asia/Makassar", "WITA", "WITA (Waktu Indonesia Tengah, UTC+8)"),
        ("Asia/Jayapura", "WIT", "WIT (Waktu Indonesia Timur, UTC+9)"),
    ];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public string? SavedBy { get; private set; }
    public DateTime? SavedAt { get; private set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Nama instansi wajib diisi.")]
        [StringLength(150, ErrorMessage = "Nama instansi paling panjang 150 karakter.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Nama singkat wajib diisi.")]
        [StringLength(60, ErrorMessage = "Nama singkat paling panjang 60 karakter.")]
        public string? ShortName { get; set; }

        [Required(ErrorMessage = "Pemerintah daerah wajib diisi.")]
        [StringLength(150, ErrorMessage = "Pemerintah daerah paling panjang 150 karakter.")]
        public string? Region { get; set; }

        [Required(ErrorMessage = "Kota/kabupaten wajib diisi.")]
        [StringLength(80, ErrorMessage = "Kota/kabupaten paling panjang 80 karakter.")]
        public string? City { get; set; }

        [Required(ErrorMessage = "Alamat wajib diisi.")]
        [StringLength(300, ErrorMessage = "Alamat paling panjang 300 karakter.")]
        public string? Address { get; set; }

        [StringLength(1000, ErrorMessage = "Baris kontak paling banyak 1.000 karakter.")]
        public string? ContactLines { get; set; }

        [Required(ErrorMessage = "Pilih zona waktu.")]
        public string? TimeZone { get; set; }

        [Range(1, 60, ErrorMessage = "Tenggat verifikasi 1 sampai 60 hari kerja.")]
        public int VerificationWorkingDays { get; set; }

        [Range(1, 120, ErrorMessage = "Tenggat kelengkapan 1 sampai 120 hari kerja.")]
        public int CompletionWorkingDays { get; set; }

        [Range(1, 365, ErrorMessage = "Tenggat tindak lanjut 1 sampai 365 hari kerja.")]
        public int FollowUpWorkingDays { get; set; }

        [Range(1, 60, ErrorMessage = "Tenggat penerusan gratifikasi 1 sampai 60 hari kerja.")]
        public int GratificationForwardingWorkingDays { get; set; }
    }

    public void OnGet()
    {
        var a = agency.Value;
        var d = deadlines.Value;
        Input = new InputModel
        {
            Name = a.Name, ShortName = a.ShortName, Region = a.Region, City = a.City, Address = a.Address,
            ContactLines = string.Join('\n', a.ContactLines), TimeZone = a.TimeZone,
            VerificationWorkingDays = d.VerificationWorkingDays, CompletionWorkingDays = d.CompletionWorkingDays,
            FollowUpWorkingDays = d.FollowUpWorkingDays, GratificationForwardingWorkingDays = d.GratificationForwardingWorkingDays,
        };
        SavedBy = store.Current?.UpdatedBy;
        SavedAt = store.Current?.UpdatedAt;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var zone = TimeZones.FirstOrDefault(z => z.Id == Input.TimeZone);
        if (zone.Id is null)
        {
            ModelState.AddModelError("Input.TimeZone", "Pilih salah satu zona waktu: WIB, WITA, atau WIT.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = StaffAuth.Actor(User);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var row = await db.AgencySettings.SingleOrDefaultAsync(s => s.Id == AgencySettings.SingletonId, ct);
        var before = row is null ? Describe(agency.Value, deadlines.Value) : Describe(row);
        if (row is null)
        {
            row = new AgencySettings { Name = "", ShortName = "", Region = "", City = "", Address = "", TimeZone = "", TimeZoneLabel = "" };
            db.AgencySettings.Add(row);
        }

        row.Name = Input.Name!.Trim();
        row.ShortName = Input.ShortName!.Trim();
        row.Region = Input.Region!.Trim();
        row.City = Input.City!.Trim();
        row.Address = Input.Address!.Trim();
        row.ContactLines = string.Join('\n', (Input.ContactLines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        row.TimeZone = zone.Id!;
        row.TimeZoneLabel = zone.Label;
        row.VerificationWorkingDays = Input.VerificationWorkingDays;
        row.CompletionWorkingDays = Input.CompletionWorkingDays;
        row.FollowUpWorkingDays = Input.FollowUpWorkingDays;
        row.GratificationForwardingWorkingDays = Input.GratificationForwardingWorkingDays;
        row.UpdatedAt = clock.UtcNow;
        row.UpdatedBy = actor.UserName;
        await db.SaveChangesAsync(ct);

        var after = Describe(row);
        var changes = after.Where(kv => before.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => $"{kv.Key}: {before.GetValueOrDefault(kv.Key)} -> {kv.Value}");
        var detail = string.Join("; ", changes);
        await audit.AppendAsync(actor.UserName, AuditActions.Settings, "pengaturan-instansi", detail.Length == 0 ? "tanpa perubahan" : Truncate(detail, 2000), ct);
        await transaction.CommitAsync(ct);
        store.Remember(row);
        Message = "Pengaturan instansi disimpan.";
        return RedirectToPage();
    }

    private static Dictionary<string, string> Describe(AgencyOptions a, DeadlineOptions d) => new()
    {
        ["Name"] = a.Name, ["ShortName"] = a.ShortName, ["Region"] = a.Region, ["City"] = a.City, ["Address"] = a.Address,
        ["ContactLines"] = string.Join(" | ", a.ContactLines), ["TimeZone"] = a.TimeZone,
        ["VerificationWorkingDays"] = Num(d.VerificationWorkingDays), ["CompletionWorkingDays"] = Num(d.CompletionWorkingDays),
        ["FollowUpWorkingDays"] = Num(d.FollowUpWorkingDays), ["GratificationForwardingWorkingDays"] = Num(d.GratificationForwardingWorkingDays),
    };

    private static Dictionary<string, string> Describe(AgencySettings s) => new()
    {
        ["Name"] = s.Name, ["ShortName"] = s.ShortName, ["Region"] = s.Region, ["City"] = s.City, ["Address"] = s.Address,
        ["ContactLines"] = string.Join(" | ", s.ContactLineList), ["TimeZone"] = s.TimeZone,
        ["VerificationWorkingDays"] = Num(s.VerificationWorkingDays), ["CompletionWorkingDays"] = Num(s.CompletionWorkingDays),
        ["FollowUpWorkingDays"] = Num(s.FollowUpWorkingDays), ["GratificationForwardingWorkingDays"] = Num(s.GratificationForwardingWorkingDays),
    };

    private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
