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
public class IndexModel(StaffGratifications gratifications, Deadlines deadlines, AgencyClock clock, TimeLimits limits) : InboxPageModel<GratificationStatus>(clock)
{
    [BindProperty(SupportsGet = true, Name = "lewatBatas")]
    public bool ReportedLateOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "jenis")]
    public string? ReportType { get; set; }

    [BindProperty(SupportsGet = true, Name = "objek")]
    public string? ObjectType { get; set; }

    public GratificationInboxPage Inbox { get; private set; } = null!;

    public GratificationReportType? ParsedReportType => Enum.GetValues<GratificationReportType>().Select(t => (GratificationReportType?)t).FirstOrDefault(t => t.ToString() == ReportType);

    public GiftObjectType? ParsedObjectType => Enum.GetValues<GiftObjectType>().Select(t => (GiftObjectType?)t).FirstOrDefault(t => t.ToString() == ObjectType);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Inbox = await gratifications.InboxAsync(StaffAuth.Actor(User),
            new GratificationInboxFilter(ParsedStatus, OverdueOnly, ReportedLateOnly, Number, RequestedPage, RequestedPageSize, ParsedReportType, ParsedObjectType)
            {
                PastTimeLimits = PastTimeLimitsOnly ? await limits.OverdueCutoffsAsync(ct) : null,
            }, ct);
        PastTimeLimits = await limits.OverdueGratificationsAsync([.. Inbox.Rows.Select(r => r.RegistrationNumber)], ct);
        Holidays = await deadlines.HolidaysAsync(ct);
    }

    public InboxDeadline DeadlineOf(GratificationInboxRow row) => DeadlineOf(row.RegistrationNumber, row.DueOn);

    public override string InboxPath => "/Staf/Gratifikasi";
    public override string RowNoun => "laporan";
    public override string EmptyNoun => "laporan gratifikasi";
    public override IReadOnlyList<InboxTile> StatusTiles => InboxTile.Of(Inbox.Counts, ParsedStatus, s => s.Display());
    public override int OverdueTotal => Inbox.OverdueTotal;
    public override int MatchingTotal => Inbox.Total;
    public override int PageNumberShown => Inbox.Page;
    public override int PageCount => Inbox.PageCount;

    protected override IEnumerable<KeyValuePair<string, string?>> KindFilters() =>
    [
        new("lewatBatas", ReportedLateOnly ? "true" : null),
        new("jenis", ParsedReportType?.ToString()),
        new("objek", ParsedObjectType?.ToString()),
    ];
}
