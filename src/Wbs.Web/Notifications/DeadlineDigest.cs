using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Notifications;

/// <summary>
/// The daily digest of deadlines: once a day, from <see cref="SenderOptions.DigestHour"/> agency time, one message per
/// staff member who wants it and has a case due within <see cref="SenderOptions.DigestWorkingDays"/> working days or
/// past due (the handler of a complaint, or every Inspektur while nobody handles it; the UPG for gratification
/// reports). Run by the lease holder only; a member already sent today's digest is skipped, so a second run on the
/// same day (a restart, another node taking over) queues nothing.
/// </summary>
public sealed class DeadlineDigest(WbsDbContext db, Deadlines deadlines, Outbox outbox, AgencyClock clock, IOptions<SenderOptions> options)
{
    public async Task<int> QueueDueAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var local = clock.ToLocal(clock.UtcNow);
        if (local.Hour < settings.DigestHour)
        {
            return 0;
        }

        var holidays = await deadlines.HolidaysAsync(ct);
        var horizon = WorkingDays.Add(clock.Today, settings.DigestWorkingDays, holidays);
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.DueOn != null && c.DueOn <= horizon)
            .Select(c => c.AssignedToId).ToListAsync(ct);
        var gratificationsDue = await db.GratificationReports.AsNoTracking().AnyAsync(g => g.DueOn != null && g.DueOn <= horizon, ct);

        var recipients = complaints.OfType<string>().ToHashSet();
        if (complaints.Any(handler => handler is null))
        {
            recipients.UnionWith(await StaffInRoleAsync(StaffRoles.Inspektur, ct));
        }

        if (gratificationsDue)
        {
            recipients.UnionWith(await StaffInRoleAsync(StaffRoles.Upg, ct));
        }

        if (recipients.Count == 0)
        {
            return 0;
        }

        var startOfDay = clock.StartOfDayUtc(clock.Today);
        var owners = recipients.Select(RecipientRefs.User).ToList();
        var alreadyToday = await db.Outbox.AsNoTracking()
            .Where(m => m.Kind == NotificationKind.DeadlineDigest && m.CreatedAt >= startOfDay && owners.Contains(m.RecipientRef))
            .Select(m => m.RecipientRef).ToListAsync(ct);
        var queued = 0;
        foreach (var staffId in recipients.Where(id => !alreadyToday.Contains(RecipientRefs.User(id))))
        {
            await outbox.DigestAsync(staffId, ct);
            queued++;
        }

        await db.SaveChangesAsync(ct);
        return queued;
    }

    private Task<List<string>> StaffInRoleAsync(string role, CancellationToken ct) =>
        (from user in db.Users
         join link in db.UserRoles on user.Id equals link.UserId
         join r in db.Roles on link.RoleId equals r.Id
         where r.Name == role && user.IsStaff && !user.IsDisabled
         select user.Id).Distinct().ToListAsync(ct);
}
