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
public class IndexModel(StaffComplaints reports, WbsDbContext db, Deadlines deadlines, AgencyClock clock, TimeLimits limits) : InboxPageModel<ComplaintStatus>(clock)
{
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

    public StaffActor Actor { get; private set; } = null!;
    public ComplaintInboxPage Inbox { get; private set; } = null!;
    public Dictionary<ComplaintStatus, int> Counts { get; private set; } = [];
    public List<SelectListItem> ViolationTypes { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public List<SelectListItem> Handlers { get; private set; } = [];

    public ComplaintChannel? ParsedChannel => ComplaintChannelText.Parse(Channel);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = StaffAuth.Actor(User);
        if (!Actor.CanReadComplaints)
        {
            return;
        }

        Inbox = await reports.InboxAsync(Actor, new ComplaintInboxFilter(
            ParsedStatus, ViolationTypeId, UnitId, Actor.IsInspektur ? HandlerId : null, OverdueOnly, Number,
            RequestedPage, RequestedPageSize, Channel: ParsedChannel)
        {
            PastTimeLimits = PastTimeLimitsOnly ? await limits.OverdueCutoffsAsync(ct) : null,
            After = string.IsNullOrWhiteSpace(After) ? null : After,
            Before = string.IsNullOrWhiteSpace(After) && !string.IsNullOrWhiteSpace(Before) ? Before : null,
        }, ct);
        PastTimeLimits = await limits.OverdueComplaintsAsync([.. Inbox.Rows.Select(r => r.RegistrationNumber)], ct);
        Counts = new(Inbox.Counts);
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

    public InboxDeadline DeadlineOf(ComplaintInboxRow row) => DeadlineOf(row.RegistrationNumber, row.DueOn);

    public override string InboxPath => "/Staf";
    public override string RowNoun => "pengaduan";
    public override string EmptyNoun => "pengaduan";
    public override IReadOnlyList<InboxTile> StatusTiles => InboxTile.Of(Counts, ParsedStatus, s => s.Display());
    public override int OverdueTotal => Inbox.OverdueTotal;
    public override int MatchingTotal => Inbox.Total;
    public override int PageNumberShown => Inbox.Page;
    public override int PageCount => Inbox.PageCount;

    // Next and previous go from the listed rows' numbers, so page 50 costs what page 1 does; back to page 1 needs none.
    public override string? NextPageUrl => PageNumberShown < PageCount && Inbox.Rows.Count > 0
        ? PageUrl(PageNumberShown + 1, new("setelah", Inbox.Rows[^1].RegistrationNumber)) : null;

    public override string? PreviousPageUrl => PageNumberShown <= 1 || Inbox.Rows.Count == 0 ? null
        : PageNumberShown == 2 ? PageUrl(1) : PageUrl(PageNumberShown - 1, new("sebelum", Inbox.Rows[0].RegistrationNumber));

    protected override IEnumerable<KeyValuePair<string, string?>> KindFilters() =>
    [
        new("kanal", ParsedChannel?.ToString()),
        new("jenis", ViolationTypeId?.ToString(CultureInfo.InvariantCulture)),
        new("unit", UnitId?.ToString(CultureInfo.InvariantCulture)),
        new("petugas", string.IsNullOrEmpty(HandlerId) ? null : HandlerId),
    ];
}
