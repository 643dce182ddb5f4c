using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Wbs.Web.Security;

/// <summary>
/// Seals each data-protection key (which signs cookies, bearer tokens and anti-forgery tokens) before it is stored in
/// the shared DataProtectionKeys table: AES-256-GCM under the data-protection system key, itself wrapped by the master
/// key ring outside the database. A database copy alone therefore yields no key to forge a sign-in with.
/// </summary>
public sealed class MasterKeyXmlEncryptor(IServiceProvider services) : IXmlEncryptor
{
    internal const string ElementName = "sealedByMasterKeyRing";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        using var scope = services.CreateScope();
        var keys = scope.ServiceProvider.GetRequiredService<SystemKeys>();
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedValue = keys.Seal(SystemKeys.DataProtection, plain);

        // Start-up creates the system key; saving here only matters when it did not (a key joins this unit of work).
        scope.ServiceProvider.GetRequiredService<Data.WbsDbContext>().SaveChanges();
        var element = new XElement(ElementName,
            new XAttribute("dataKey", SystemKeys.DataProtection),
            new XComment(" AES-256-GCM under a data key wrapped by the master key ring; see docs/SECURITY.md "),
            new XElement("value", Convert.ToBase64String(sealedValue)));
        return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
    }
}
