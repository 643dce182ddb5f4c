using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Kasus;

/// <summary>The agency's working-day calendar and the deadline of each stage of a complaint.</summary>
public sealed class Deadlines(WbsDbContext db, IMemoryCache cache, IOptions<DeadlineOptions> options, IOptions<GratificationRules> gratification, AgencyClock clock)
{
    private const string CacheKey = "holidays";

    public DeadlineOptions Settings => options.Value;

    public async Task<IReadOnlySet<DateOnly>> HolidaysAsync(CancellationToken ct) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return (IReadOnlySet<DateOnly>)(await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct)).ToHashSet();
        }))!;

    public void ForgetHolidays() => cache.Remove(CacheKey);

    /// <summary>The last day for the stage that begins at <paramref name="enteredUtc"/>; null for final statuses.</summary>
    public async Task<DateOnly?> DueOnAsync(ComplaintStatus status, DateTime enteredUtc, CancellationToken ct)
    {
        var days = status switch
        {
            ComplaintStatus.Diterima or ComplaintStatus.Verifikasi => options.Value.VerificationWorkingDays,
            ComplaintStatus.PerluDilengkapi => options.Value.CompletionWorkingDays,
            ComplaintStatus.Ditindaklanjuti => options.Value.FollowUpWorkingDays,
            _ => (int?)null,
        };
        if (days is null)
        {
            return null;
        }

        return WorkingDays.Add(DateOnly.FromDateTime(clock.ToLocal(enteredUtc)), days.Value, await HolidaysAsync(ct));
    }

    /// <summary>
    /// The deadline of a gratification report entering <paramref name="status"/>: forwarding to KPK counts from
    /// submission (or from the reporter's completion); Diverifikasi UPG keeps the running deadline; Perlu Dilengkapi is
    /// the reporter's, counted from the report's date <paramref name="reportedUtc"/> (Peraturan KPK 1/2026 Pasal 14,
    /// <see cref="GratificationRules.CompletionWorkingDays"/>), so asking twice does not lengthen it; once forwarded,
    /// the time is KPK's and there is none.
    /// </summary>
    public async Task<DateOnly?> DueOnAsync(GratificationStatus status, DateTime enteredUtc, DateOnly? current, CancellationToken ct, DateTime? reportedUtc = null)
    {
        if (status == GratificationStatus.DiverifikasiUpg && current is not null)
        {
            return current;
        }

        if (status == GratificationStatus.PerluDilengkapi)
        {
            return await CompletionDueAsync(reportedUtc ?? enteredUtc, ct);
        }

        var days = status switch
        {
            GratificationStatus.Diajukan or GratificationStatus.DiverifikasiUpg => options.Value.GratificationForwardingWorkingDays,
            _ => (int?)null,
        };
        return days is null ? null : WorkingDays.Add(DateOnly.FromDateTime(clock.ToLocal(enteredUtc)), days.Value, await HolidaysAsync(ct));
    }

    /// <summary>The last day to complete a gratification report submitted at <paramref name="reportedUtc"/>.</summary>
    public async Task<DateOnly> CompletionDueAsync(DateTime reportedUtc, CancellationToken ct) =>
        WorkingDays.Add(DateOnly.FromDateTime(clock.ToLocal(reportedUtc)), gratification.Value.CompletionWorkingDays, await HolidaysAsync(ct));

    public DeadlineState StateOf(DateOnly? due, IReadOnlySet<DateOnly> holidays)
    {
        if (due is not { } d)
        {
            return DeadlineState.None;
        }

        // Past the date is late even when no working day lies between (a Friday deadline seen on Sunday).
        var left = WorkingDays.Between(clock.Today, d, holidays);
        return d < clock.Today ? DeadlineState.Overdue : left <= 1 ? DeadlineState.DueSoon : DeadlineState.OnTrack;
    }
}
