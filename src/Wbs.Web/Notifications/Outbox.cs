using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Notifications;

/// <summary>
/// Adds notification rows to the caller's unit of work, so they are stored by the same SaveChanges and transaction as
/// the event they announce (and vanish with it when that rolls back). Only recipients who gave an address and want the
/// kind get a row; nothing is queued for a channel that is off.
/// </summary>
public sealed class Outbox(WbsDbContext db, AgencyClock clock, IEnumerable<INotificationChannel> channels)
{
    private bool EmailOn => channels.Any(c => c.Name == NotificationChannels.Email && c.IsOn);
    private bool WebhookOn => channels.Any(c => c.Name == NotificationChannels.Webhook && c.IsOn);

    /// <summary>A new report: the Inspektur (complaints) or the UPG (gratification) who want new reports, and the webhook.</summary>
    public async Task NewReportAsync(string number, bool gratification, CancellationToken ct)
    {
        var role = gratification ? StaffRoles.Upg : StaffRoles.Inspektur;
        var staff = await StaffInRoleAsync(role, ct);
        await ToStaffAsync(NotificationKind.NewReport, number, staff, NotificationPreferences.NewReports, ct);
        Webhook(NotificationKind.NewReport, number);
    }

    /// <summary>A disposisi: the staff member it was given to.</summary>
    public async Task AssignmentAsync(string number, string staffId, CancellationToken ct)
    {
        await ToStaffAsync(NotificationKind.Assignment, number, [staffId], NotificationPreferences.Assignments, ct);
        Webhook(NotificationKind.Assignment, number);
    }

    /// <summary>A reporter's message or completion: the case's handler, or its role's members while nobody handles it.</summary>
    public async Task ReporterActedAsync(ICase found, bool completion, CancellationToken ct)
    {
        var handlers = found switch
        {
            Complaint { AssignedToId: { } handler } => [handler],
            Complaint => await StaffInRoleAsync(StaffRoles.Inspektur, ct),
            _ => await StaffInRoleAsync(StaffRoles.Upg, ct),
        };
        var kind = completion ? NotificationKind.ReporterCompletion : NotificationKind.ReporterReply;
        await ToStaffAsync(kind, found.RegistrationNumber, handlers, NotificationPreferences.ReporterReplies, ct);
    }

    /// <summary>A staff member's own security event; always sent when they gave an address.</summary>
    public Task SecurityEventAsync(string staffId, NotificationKind kind, CancellationToken ct) =>
        ToStaffAsync(kind, null, [staffId], NotificationPreferences.None, ct);

    /// <summary>
    /// "Ada pembaruan pada laporan Anda" to a reporter who gave an address: a complaint's (account or anonymous), or a
    /// gratification report's (given on that report's page); the number only if they opted in.
    /// </summary>
    public async Task ReporterUpdateAsync(ICase found, CancellationToken ct)
    {
        if (!EmailOn)
        {
            return;
        }

        var owner = found switch
        {
            Complaint { ReporterId: { } reporter } => RecipientRefs.User(reporter),
            Complaint complaint => RecipientRefs.Anonymous(complaint.Id),
            _ => RecipientRefs.Gratification(found.Id),
        };
        var contact = await db.NotificationContacts.AsNoTracking().Where(c => c.OwnerRef == owner)
            .Select(c => new { c.IncludeNumber }).SingleOrDefaultAsync(ct);
        if (contact is not null)
        {
            Add(owner, NotificationChannels.Email, NotificationKind.ReporterUpdate, contact.IncludeNumber ? found.RegistrationNumber : null);
        }
    }

    /// <summary>The day's deadline digest for one staff member.</summary>
    public Task DigestAsync(string staffId, string dueList, CancellationToken ct) =>
        ToStaffAsync(NotificationKind.DeadlineDigest, null, [staffId], NotificationPreferences.DeadlineDigest, ct, dueList);

    private async Task ToStaffAsync(
        NotificationKind kind, string? number, List<string> staffIds, NotificationPreferences wanted, CancellationToken ct, string? dueList = null)
    {
        if (!EmailOn || staffIds.Count == 0)
        {
            return;
        }

        var owners = staffIds.Select(RecipientRefs.User).ToList();
        var contacts = await db.NotificationContacts.AsNoTracking().Where(c => owners.Contains(c.OwnerRef))
            .Select(c => new { c.OwnerRef, c.Preferences }).ToListAsync(ct);
        foreach (var contact in contacts.Where(c => (c.Preferences & wanted) == wanted))
        {
            Add(contact.OwnerRef, NotificationChannels.Email, kind, number, dueList);
        }
    }

    private void Webhook(NotificationKind kind, string number)
    {
        if (WebhookOn)
        {
            Add(RecipientRefs.Webhook, NotificationChannels.Webhook, kind, number);
        }
    }

    private void Add(string recipient, string channel, NotificationKind kind, string? number, string? dueList = null)
    {
        var now = clock.UtcNow;
        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(), RecipientRef = recipient, Channel = channel, Kind = kind, RegistrationNumber = number, DueList = dueList,
            CreatedAt = now, NextAttemptAt = now,
        });
    }

    private async Task<List<string>> StaffInRoleAsync(string role, CancellationToken ct) =>
        await (from user in db.Users
               join link in db.UserRoles on user.Id equals link.UserId
               join r in db.Roles on link.RoleId equals r.Id
               where r.Name == role && user.IsStaff && !user.IsDisabled
               select user.Id).Distinct().ToListAsync(ct);
}
