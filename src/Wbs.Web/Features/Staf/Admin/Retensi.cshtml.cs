using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.Retensi;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf.Admin;

/// <summary>
/// How many years a closed case's content is kept, per final status. Saved in the database for every node, audited;
/// a change applies to cases that close from now on (a case's last day is fixed when it closes).
/// </summary>
public class RetensiModel(WbsDbContext db, AuditLog audit, RetentionPolicy policy, AgencyClock clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public string? SavedBy { get; private set; }
    public DateTime? SavedAt { get; private set; }

    public class InputModel
    {
        [Range(RetentionPolicy.MinYears, RetentionPolicy.MaxYears, ErrorMessage = "Masa simpan pengaduan Selesai 1 sampai 50 tahun.")]
        public int ComplaintSelesaiYears { get; set; }

        [Range(RetentionPolicy.MinYears, RetentionPolicy.MaxYears, ErrorMessage = "Masa simpan pengaduan Ditolak 1 sampai 50 tahun.")]
        public int ComplaintDitolakYears { get; set; }

        [Range(RetentionPolicy.MinYears, RetentionPolicy.MaxYears, ErrorMessage = "Masa simpan pengaduan Diteruskan 1 sampai 50 tahun.")]
        public int ComplaintDiteruskanYears { get; set; }

        [Range(RetentionPolicy.MinYears, RetentionPolicy.MaxYears, ErrorMessage = "Masa simpan laporan gratifikasi Selesai 1 sampai 50 tahun.")]
        public int GratificationSelesaiYears { get; set; }

        [Range(RetentionPolicy.MinYears, RetentionPolicy.MaxYears, ErrorMessage = "Masa simpan laporan gratifikasi Tidak Dapat Ditindaklanjuti 1 sampai 50 tahun.")]
        public int GratificationTidakDapatDitindaklanjutiYears { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await policy.CurrentAsync(ct);
        Input = new InputModel
        {
            ComplaintSelesaiYears = current.ComplaintSelesaiYears, ComplaintDitolakYears = current.ComplaintDitolakYears,
            ComplaintDiteruskanYears = current.ComplaintDiteruskanYears, GratificationSelesaiYears = current.GratificationSelesaiYears,
            GratificationTidakDapatDitindaklanjutiYears = current.GratificationTidakDapatDitindaklanjutiYears,
        };
        (SavedBy, SavedAt) = (current.UpdatedBy, current.UpdatedBy is null ? null : current.UpdatedAt);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            var current = await policy.CurrentAsync(ct);
            (SavedBy, SavedAt) = (current.UpdatedBy, current.UpdatedBy is null ? null : current.UpdatedAt);
            return Page();
        }

        var actor = StaffAuth.Actor(User);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = Describe(await policy.CurrentAsync(ct));
        var row = await db.RetentionSettings.SingleOrDefaultAsync(s => s.Id == RetentionSettings.SingletonId, ct);
        if (row is null)
        {
            row = new RetentionSettings();
            db.RetentionSettings.Add(row);
        }

        row.ComplaintSelesaiYears = Input.ComplaintSelesaiYears;
        row.ComplaintDitolakYears = Input.ComplaintDitolakYears;
        row.ComplaintDiteruskanYears = Input.ComplaintDiteruskanYears;
        row.GratificationSelesaiYears = Input.GratificationSelesaiYears;
        row.GratificationTidakDapatDitindaklanjutiYears = Input.GratificationTidakDapatDitindaklanjutiYears;
        row.UpdatedAt = clock.UtcNow;
        row.UpdatedBy = actor.UserName;
        await db.SaveChangesAsync(ct);
        var after = Describe(row);
        var detail = string.Join("; ", after.Where(kv => before[kv.Key] != kv.Value).Select(kv => $"{kv.Key}: {before[kv.Key]} -> {kv.Value} tahun"));
        await audit.AppendAsync(actor.UserName, AuditActions.Settings, "pengaturan-retensi", detail.Length == 0 ? "tanpa perubahan" : detail, ct);
        await transaction.CommitAsync(ct);
        Message = "Masa simpan disimpan. Berlaku untuk kasus yang ditutup mulai sekarang.";
        return RedirectToPage();
    }

    private static Dictionary<string, int> Describe(RetentionSettings s) => new()
    {
        ["ComplaintSelesaiYears"] = s.ComplaintSelesaiYears, ["ComplaintDitolakYears"] = s.ComplaintDitolakYears,
        ["ComplaintDiteruskanYears"] = s.ComplaintDiteruskanYears, ["GratificationSelesaiYears"] = s.GratificationSelesaiYears,
        ["GratificationTidakDapatDitindaklanjutiYears"] = s.GratificationTidakDapatDitindaklanjutiYears,
    };
}
