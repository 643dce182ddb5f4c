using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Wbs.Web.Features.Kasus.BatasWaktu;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// What every inbox page shares, whichever report kind it lists: the filters both kinds have (status, overdue, past a
/// service limit, number), paging, the deadline cell and the page address with the filters kept. A kind adds its own
/// filters through <see cref="KindFilters"/>.
/// </summary>
public abstract class InboxPageModel<TStatus>(AgencyClock clock) : PageModel, IInboxView
    where TStatus : struct, Enum
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "terlambat")]
    public bool OverdueOnly { get; set; }

    /// <summary>Only cases past a service limit (batas waktu layanan: verifikasi, umpan balik).</summary>
    [BindProperty(SupportsGet = true, Name = "batasLayanan")]
    public bool PastTimeLimitsOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The pager's cursor: the number of the row the page follows ("next").</summary>
    [BindProperty(SupportsGet = true, Name = "setelah")]
    public string? After { get; set; }

    /// <summary>The pager's cursor: the number of the row the page precedes ("previous").</summary>
    [BindProperty(SupportsGet = true, Name = "sebelum")]
    public string? Before { get; set; }

    [BindProperty(SupportsGet = true, Name = "ukuran")]
    public int? PageSize { get; set; }

    /// <summary>The listed rows' past service limits, by number.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TimeLimitKind>> PastTimeLimits { get; protected set; } = new Dictionary<string, IReadOnlyList<TimeLimitKind>>();

    public IReadOnlySet<DateOnly> Holidays { get; protected set; } = new HashSet<DateOnly>();

    public DateOnly Today => clock.Today;

    public TStatus? ParsedStatus => Enum.GetValues<TStatus>().Select(s => (TStatus?)s).FirstOrDefault(s => s.ToString() == Status);

    /// <summary>The page asked for, never below the first.</summary>
    protected int RequestedPage => Math.Max(1, PageNumber);

    protected int RequestedPageSize => PageSize ?? 25;

    public bool IsFiltered => ParsedStatus is not null || OverdueOnly || PastTimeLimitsOnly || !string.IsNullOrWhiteSpace(Number)
        || KindFilters().Any(f => f.Value is not null);

    /// <summary>The kind's own filters as they stand in the address (name and value; null when not set).</summary>
    protected abstract IEnumerable<KeyValuePair<string, string?>> KindFilters();

    public abstract string InboxPath { get; }

    public abstract string RowNoun { get; }

    public abstract string EmptyNoun { get; }

    public abstract IReadOnlyList<InboxTile> StatusTiles { get; }

    public abstract int OverdueTotal { get; }

    public abstract int MatchingTotal { get; }

    public abstract int PageNumberShown { get; }

    public abstract int PageCount { get; }

    /// <summary>A row's deadline cell: how its deadline stands today and which service limits it is past.</summary>
    protected InboxDeadline DeadlineOf(string number, DateOnly? dueOn) => new(DeadlineLabel.Of(dueOn, Today, Holidays), dueOn)
    {
        PastTimeLimits = PastTimeLimits.GetValueOrDefault(number) ?? [],
    };

    /// <summary>By page number; an inbox that pages by cursor links its first and last row's numbers instead.</summary>
    public virtual string? NextPageUrl => PageNumberShown < PageCount ? PageUrl(PageNumberShown + 1) : null;

    public virtual string? PreviousPageUrl => PageNumberShown > 1 ? PageUrl(PageNumberShown - 1) : null;

    /// <summary>This list's address with one page number changed, filters kept.</summary>
    public string PageUrl(int page) => PageUrl(page, null);

    /// <summary>This list's address with one page number and a cursor ("setelah" or "sebelum" and a number), filters kept.</summary>
    protected string PageUrl(int page, KeyValuePair<string, string?>? cursor)
    {
        IEnumerable<KeyValuePair<string, string?>> query =
        [
            new("status", ParsedStatus?.ToString()),
            .. KindFilters(),
            new("terlambat", OverdueOnly ? "true" : null),
            new("batasLayanan", PastTimeLimitsOnly ? "true" : null),
            new("nomor", string.IsNullOrWhiteSpace(Number) ? null : Number.Trim()),
            new("ukuran", PageSize?.ToString(CultureInfo.InvariantCulture)),
            cursor ?? new("setelah", null),
            new("halaman", page.ToString(CultureInfo.InvariantCulture)),
        ];
        return QueryHelpers.AddQueryString(InboxPath, query.Where(q => q.Value is not null));
    }
}
