using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;

namespace Wbs.Web.Security;

/// <summary>
/// Revokes the data-protection keys that versions before the sealed key ring stored in plain XML: anyone holding an
/// old copy of the database could otherwise keep forging cookies and tokens with them until they expire. The
/// framework then makes a new, sealed key; people signed in with an old key sign in again once.
/// </summary>
public sealed partial class PlainKeyRingRetirement(WbsDbContext db, IKeyManager keys, ILogger<PlainKeyRingRetirement> logger)
{
    internal const string Reason = "stored unencrypted before the key ring was sealed under the master key ring";

    public async Task<int> RetireAsync(CancellationToken ct)
    {
        var rows = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync(ct);
        var plain = rows.Select(PlainKeyId).OfType<Guid>().ToHashSet();
        if (plain.Count == 0)
        {
            return 0;
        }

        var retired = 0;
        foreach (var key in keys.GetAllKeys().Where(k => plain.Contains(k.KeyId) && !k.IsRevoked))
        {
            keys.RevokeKey(key.KeyId, Reason);
            retired++;
        }

        if (retired > 0)
        {
            LogRetired(retired);
        }

        return retired;
    }

    /// <summary>The id of a stored key whose secret is not sealed; null for sealed keys, revocations and anything else.</summary>
    internal static Guid? PlainKeyId(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        XElement element;
        try
        {
            element = XElement.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }

        if (element.Name.LocalName != "key" || !Guid.TryParse(element.Attribute("id")?.Value, out var id))
        {
            return null;
        }

        var sealedSecret = element.Descendants().Any(e => e.Name.LocalName == MasterKeyXmlEncryptor.ElementName);
        return sealedSecret ? null : id;
    }

    [LoggerMessage(LogLevel.Warning, "Revoked {Count} data-protection key(s) stored unencrypted by an earlier version; a new sealed key replaces them")]
    private partial void LogRetired(int count);
}
