using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Notifications;

/// <summary>Sets, reads and deletes a person's notification address, sealed under their own scope.</summary>
public sealed class NotificationContacts(WbsDbContext db, ContentSealer sealer, AgencyClock clock)
{
    /// <summary>What a staff member gets until they choose: disposisi, replies and the digest; new reports for Inspektur and UPG.</summary>
    public static NotificationPreferences StaffDefaults(IEnumerable<string> roles)
    {
        var preferences = NotificationPreferences.Assignments | NotificationPreferences.ReporterReplies | NotificationPreferences.DeadlineDigest;
        return roles.Any(r => r is StaffRoles.Inspektur or StaffRoles.Upg) ? preferences | NotificationPreferences.NewReports : preferences;
    }

    public static bool IsAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address) && address.Length <= 254 && System.Net.Mail.MailAddress.TryCreate(address.Trim(), out var parsed)
        && parsed.Address == address.Trim();

    /// <summary>Adds the change to the unit of work; the caller saves it.</summary>
    public async Task SetAsync(string ownerRef, string address, NotificationPreferences preferences, bool includeNumber, CancellationToken ct)
    {
        var sealedAddress = sealer.SealPadded(RecipientRefs.ScopeOf(ownerRef), address.Trim(), ContentSealer.ContactBucket);
        var row = await db.NotificationContacts.SingleOrDefaultAsync(c => c.OwnerRef == ownerRef, ct);
        if (row is null)
        {
            db.NotificationContacts.Add(new NotificationContact
            {
                OwnerRef = ownerRef, SealedAddress = sealedAddress, Preferences = preferences, IncludeNumber = includeNumber, UpdatedAt = clock.UtcNow,
            });
        }
        else
        {
            row.SealedAddress = sealedAddress;
            row.Preferences = preferences;
            row.IncludeNumber = includeNumber;
            row.UpdatedAt = clock.UtcNow;
        }
    }

    /// <summary>Deletes the address; queued messages for it are dropped by the sender.</summary>
    public Task<int> DeleteAsync(string ownerRef, CancellationToken ct) =>
        db.NotificationContacts.Where(c => c.OwnerRef == ownerRef).ExecuteDeleteAsync(ct);

    public async Task<(string Address, NotificationContact Row)?> GetAsync(string ownerRef, CancellationToken ct)
    {
        var row = await db.NotificationContacts.AsNoTracking().SingleOrDefaultAsync(c => c.OwnerRef == ownerRef, ct);
        return row is null ? null : (sealer.Open<string>(RecipientRefs.ScopeOf(ownerRef), row.SealedAddress), row);
    }
}
