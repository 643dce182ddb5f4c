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
            .Select(c => new { c.AssignedToId, c.RegistrationNumber, DueOn = c.DueOn!.Value }).ToListAsync(ct);
        var gratifications = await db.GratificationReports.AsNoTracking().Where(g => g.DueOn != null && g.DueOn <= horizon)
            .Select(g => new { g.RegistrationNumber, DueOn = g.DueOn!.Value }).ToListAsync(ct);

        // Whose each case is: its handler; every Inspektur while nobody handles a complaint; the UPG for gratification.
        var cases = new Dictionary<string, List<(string Number, DateOnly DueOn)>>();
        void Give(IEnumerable<string> staff, string number, DateOnly dueOn)
        {
            foreach (var id in staff)
            {
                (cases.TryGetValue(id, out var list) ? list : cases[id] = []).Add((number, dueOn));
            }
        }

        var inspektur = complaints.Any(c => c.AssignedToId is null) ? await StaffInRoleAsync(StaffRoles.Inspektur, ct) : [];
        foreach (var complaint in complaints)
        {
            Give(complaint.AssignedToId is { } handler ? [handler] : inspektur, complaint.RegistrationNumber, complaint.DueOn);
        }

        var upg = gratifications.Count > 0 ? await StaffInRoleAsync(StaffRoles.Upg, ct) : [];
        foreach (var gratification in gratifications)
        {
            Give(upg, gratification.RegistrationNumber, gratification.DueOn);
        }

        var recipients = cases.Keys.ToList();
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
            await outbox.DigestAsync(staffId, DigestList.Encode(cases[staffId], clock.Today), ct);
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
