using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// A gratification report names its reporter (name, NIK), and the same account may file pseudonymous complaints. So a
/// gratification report is not owned by the plain account id that complaints carry but by a keyed reference,
/// HMAC-SHA256 of the account id under a key derived from a system data key (wrapped by the master key ring): from a
/// copy of the database alone the two cannot be linked, while the app finds "my reports" with one indexed lookup.
/// </summary>
public sealed partial class GratificationOwners(SystemKeys keys, WbsDbContext db, ILogger<GratificationOwners> logger)
{
    private const string Purpose = "wbs gratification owner v1";

    /// <summary>Hex of 32 bytes; an account id (a GUID, 36 characters) never has this length.</summary>
    public const int RefLength = 64;

    public string RefFor(string accountId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.Derive(SystemKeys.GratificationOwners, Purpose), Encoding.UTF8.GetBytes(accountId)));

    /// <summary>
    /// At start: creates the key, and replaces the plain account ids of reports filed before keyed references (rows
    /// whose reference is not 64 characters long). Safe to run on every start and from several nodes.
    /// </summary>
    public async Task EnsureAsync(CancellationToken ct)
    {
        await keys.EnsureAsync(SystemKeys.GratificationOwners, ct);
        var plain = await db.GratificationReports.Where(r => r.OwnerRef.Length != RefLength).Select(r => new { r.Id, r.OwnerRef }).ToListAsync(ct);
        foreach (var row in plain)
        {
            var owner = row.OwnerRef;
            await db.GratificationReports.Where(r => r.Id == row.Id && r.OwnerRef == owner)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.OwnerRef, RefFor(owner)), ct);
        }

        if (plain.Count > 0)
        {
            Replaced(logger, plain.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replaced the plain owner of {Count} gratification reports by a keyed reference.")]
    private static partial void Replaced(ILogger logger, int count);
}
