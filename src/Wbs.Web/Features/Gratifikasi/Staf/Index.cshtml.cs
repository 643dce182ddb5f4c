using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Staf;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Web.Features.Gratifikasi.Staf;

/// <summary>The UPG inbox: figures per status, the overdue count, filters that work without script and a paged list.</summary>
public class IndexModel(StaffGratifications gratifications, Deadlines deadlines, AgencyClock clock, TimeLimits limits) : PageModel, IInboxView
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "terlambat")]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "lewatBatas")]
    public bool ReportedLateOnly { get; set; }

    /// <summary>Only cases past a service limit (batas waktu layanan: verifikasi, umpan balik).</summary>
    [BindProperty(SupportsGet = true, Name = "batasLayanan")]
    public bool PastTimeLimitsOnly { get; set; }

    /// <summary>The listed rows' past service limits, by number.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TimeLimitKind>> PastTimeLimits { get; private set; } = new Dictionary<string, IReadOnlyList<TimeLimitKind>>();

    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "jenis")]
    public string? ReportType { get; set; }

    [BindProperty(SupportsGet = true, Name = "objek")]
    public string? ObjectType { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "ukuran")]
    public int? PageSize { get; set; }

    public GratificationInboxPage Inbox { get; private set; } = null!;
    public IReadOnlySet<DateOnly> Holidays { get; private set; } = new HashSet<DateOnly>();
    public DateOnly Today => clock.Today;

    public GratificationStatus? ParsedStatus => Enum.GetValues<GratificationStatus>().Select(s => (GratificationStatus?)s).FirstOrDefault(s => s.ToString() == Status);

    public GratificationReportType? ParsedReportType => Enum.GetValues<GratificationReportType>().Select(t => (GratificationReportType?)t).FirstOrDefault(t => t.ToString() == ReportType);

    public GiftObjectType? ParsedObjectType => Enum.GetValues<GiftObjectType>().Select(t => (GiftObjectType?)t).FirstOrDefault(t => t.ToString() == ObjectType);

    public bool IsFiltered => ParsedStatus is not null || OverdueOnly || PastTimeLimitsOnly || ReportedLateOnly || !string.IsNullOrWhiteSpace(Number)
        || ParsedReportType is not null || ParsedObjectType is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Inbox = await gratifications.InboxAsync(StaffAuth.Actor(User),
            new GratificationInboxFilter(ParsedStatus, OverdueOnly, ReportedLateOnly, Number, Math.Max(1, PageNumber), PageSize ?? 25, ParsedReportType, ParsedObjectType)
            {
                PastTimeLimits = PastTimeLimitsOnly ? await limits.OverdueCutoffsAsync(ct) : null,
            }, ct);
        PastTimeLimits = await limits.OverdueGratificationsAsync([.. Inbox.Rows.Select(r => r.RegistrationNumber)], ct);
        Holidays = await deadlines.HolidaysAsync(ct);
    }

    public InboxDeadline DeadlineOf(GratificationInboxRow row) => new(DeadlineLabel.Of(row.DueOn, Today, Holidays), row.DueOn)
    {
        PastTimeLimits = PastTimeLimits.GetValueOrDefault(row.RegistrationNumber) ?? [],
    };

    string IInboxView.InboxPath => "/Staf/Gratifikasi";
    string IInboxView.RowNoun => "laporan";
    string IInboxView.EmptyNoun => "laporan gratifikasi";
    IReadOnlyList<InboxTile> IInboxView.StatusTiles => InboxTile.Of(Inbox.Counts, ParsedStatus, s => s.Display());
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
            ["terlambat"] = OverdueOnly ? "true" : null,
            ["batasLayanan"] = PastTimeLimitsOnly ? "true" : null,
            ["lewatBatas"] = ReportedLateOnly ? "true" : null,
            ["nomor"] = string.IsNullOrWhiteSpace(Number) ? null : Number.Trim(),
            ["jenis"] = ParsedReportType?.ToString(),
            ["objek"] = ParsedObjectType?.ToString(),
            ["ukuran"] = PageSize?.ToString(CultureInfo.InvariantCulture),
            ["halaman"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Staf/Gratifikasi", query.Where(q => q.Value is not null).ToDictionary());
    }
}
