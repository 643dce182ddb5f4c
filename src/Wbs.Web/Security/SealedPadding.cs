using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Security;

/// <summary>
/// At start, pads the contact details and gratification identities that versions before padding sealed at their
/// own length, which told a reader of the database whether an email, a NIP or an address was given and how long it
/// was. A row is re-sealed only while it is shorter than its bucket; safe on every start and from several nodes.
/// </summary>
public sealed partial class SealedPadding(WbsDbContext db, ContentSealer sealer, ILogger<SealedPadding> logger)
{
    public async Task<int> EnsureAsync(CancellationToken ct)
    {
        var padded = 0;
        var contacts = await db.Users.Where(u => u.SealedContact != null && u.SealedContact.Length < ContentSealer.ContactBucket)
            .Select(u => new { u.Id, u.SealedContact }).ToListAsync(ct);
        foreach (var row in contacts)
        {
            var old = row.SealedContact!;
            if (Opened<ContactDetails>(Guid.Parse(row.Id), old) is not { } contact)
            {
                continue;
            }

            var renewed = sealer.SealPadded(Guid.Parse(row.Id), contact, ContentSealer.ContactBucket);
            padded += await db.Users.Where(u => u.Id == row.Id && u.SealedContact == old)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.SealedContact, renewed), ct);
        }

        var identities = await db.GratificationReports.Where(r => r.ErasedAt == null && r.SealedIdentity.Length < ContentSealer.IdentityBucket)
            .Select(r => new { r.Id, r.IdentityScope, r.SealedIdentity }).ToListAsync(ct);
        foreach (var row in identities)
        {
            var old = row.SealedIdentity;
            if (Opened<GratificationIdentity>(row.IdentityScope, old) is not { } identity)
            {
                continue;
            }

            var renewed = sealer.SealPadded(row.IdentityScope, identity, ContentSealer.IdentityBucket);
            padded += await db.GratificationReports.Where(r => r.Id == row.Id && r.SealedIdentity == old)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.SealedIdentity, renewed), ct);
        }

        if (padded > 0)
        {
            Padded(logger, padded);
        }

        return padded;
    }

    // A row under a key this node cannot unwrap yet is left for a later start; it still opens as before.
    private T? Opened<T>(Guid scope, byte[] sealedValue) where T : class
    {
        try
        {
            return sealer.Open<T>(scope, sealedValue);
        }
        catch (MasterKeyUnavailableException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Padded {Count} contact details or gratification identities sealed before padding.")]
    private static partial void Padded(ILogger logger, int count);
}
