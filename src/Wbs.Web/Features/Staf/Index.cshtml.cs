using Wbs.Web.Features.Pengaduan;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Staf;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Web.Features.Staf;

/// <summary>The staff dashboard and inbox: figures per status, the overdue count, filters and a paged list.</summary>
public class IndexModel(StaffComplaints reports, WbsDbContext db, Deadlines deadlines, AgencyClock clock, TimeLimits limits) : PageModel, IInboxView
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    /// <summary>A channel by name (kanal): Surat, KotakPengaduan, Web …</summary>
    [BindProperty(SupportsGet = true, Name = "kanal")]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true, Name = "jenis")]
    public int? ViolationTypeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    /// <summary>A Verifikator's id, or "-" for reports not yet assigned (belum didisposisi).</summary>
    [BindProperty(SupportsGet = true, Name = "petugas")]
    public string? HandlerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "terlambat")]
    public bool OverdueOnly { get; set; }

    /// <summary>Only cases past a service limit (batas waktu layanan: verifikasi, umpan balik).</summary>
    [BindProperty(SupportsGet = true, Name = "batasLayanan")]
    public bool PastTimeLimitsOnly { get; set; }

    /// <summary>The listed rows' past service limits, by number.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TimeLimitKind>> PastTimeLimits { get; private set; } = new Dictionary<string, IReadOnlyList<TimeLimitKind>>();

    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "ukuran")]
    public int? PageSize { get; set; }

    public StaffActor Actor { get; private set; } = null!;
    public ComplaintInboxPage Inbox { get; private set; } = null!;
    public Dictionary<ComplaintStatus, int> Counts { get; private set; } = [];
    public List<SelectListItem> ViolationTypes { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public List<SelectListItem> Handlers { get; private set; } = [];
    public IReadOnlySet<DateOnly> Holidays { get; private set; } = new HashSet<DateOnly>();
    public DateOnly Today => clock.Today;

    public ComplaintChannel? ParsedChannel => ComplaintChannelText.Parse(Channel);

    public bool IsFiltered => ParsedStatus is not null || ParsedChannel is not null || ViolationTypeId is not null || UnitId is not null
        || !string.IsNullOrEmpty(HandlerId) || OverdueOnly || PastTimeLimitsOnly || !string.IsNullOrWhiteSpace(Number);

    public ComplaintStatus? ParsedStatus => Enum.GetValues<ComplaintStatus>().Select(s => (ComplaintStatus?)s).FirstOrDefault(s => s.ToString() == Status);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = StaffAuth.Actor(User);
        if (!Actor.CanReadComplaints)
        {
            return;
        }

        Inbox = await reports.InboxAsync(Actor, new ComplaintInboxFilter(
            ParsedStatus, ViolationTypeId, UnitId, Actor.IsInspektur ? HandlerId : null, OverdueOnly, Number,
            Math.Max(1, PageNumber), PageSize ?? 25, Channel: ParsedChannel)
        {
            PastTimeLimits = PastTimeLimitsOnly ? await limits.OverdueCutoffsAsync(ct) : null,
        }, ct);
        PastTimeLimits = await limits.OverdueComplaintsAsync([.. Inbox.Rows.Select(r => r.RegistrationNumber)], ct);
        Counts = await reports.StatusCountsAsync(Actor, ct);
        Holidays = await deadlines.HolidaysAsync(ct);
        ViolationTypes = (await db.ViolationTypes.AsNoTracking().OrderBy(v => v.SortOrder).Select(v => new { v.Id, v.Name }).ToListAsync(ct))
            .Select(v => new SelectListItem(v.Name, v.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        if (Actor.IsInspektur)
        {
            Handlers = [new("Belum didisposisi", "-"), .. (await reports.VerifikatorsAsync(ct)).Select(v => new SelectListItem(v.Name, v.Id))];
        }
    }

    public InboxDeadline DeadlineOf(ComplaintInboxRow row) => new(DeadlineLabel.Of(row.DueOn, Today, Holidays), row.DueOn)
    {
        PastTimeLimits = PastTimeLimits.GetValueOrDefault(row.RegistrationNumber) ?? [],
    };

    string IInboxView.InboxPath => "/Staf";
    string IInboxView.RowNoun => "pengaduan";
    string IInboxView.EmptyNoun => "pengaduan";
    IReadOnlyList<InboxTile> IInboxView.StatusTiles => InboxTile.Of(Counts, ParsedStatus, s => s.Display());
    int IInboxView.OverdueTotal => Inbox.OverdueTotal;
    int IInboxView.MatchingTotal => Inbox.Total;
    int IInboxView.PageNumberShown => Inbox.Page;
    int IInboxView.PageCount => Inbox.PageCount;

    /// <summary>This list's address with one page number changed, filters kept.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = ParsedStatus?.ToString(),
            ["kanal"] = ParsedChannel?.ToString(),
            ["jenis"] = ViolationTypeId?.ToString(CultureInfo.InvariantCulture),
            ["unit"] = UnitId?.ToString(CultureInfo.InvariantCulture),
            ["petugas"] = string.IsNullOrEmpty(HandlerId) ? null : HandlerId,
            ["terlambat"] = OverdueOnly ? "true" : null,
            ["batasLayanan"] = PastTimeLimitsOnly ? "true" : null,
            ["nomor"] = string.IsNullOrWhiteSpace(Number) ? null : Number.Trim(),
            ["ukuran"] = PageSize?.ToString(CultureInfo.InvariantCulture),
            ["halaman"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Staf", query.Where(q => q.Value is not null).ToDictionary());
    }
}
