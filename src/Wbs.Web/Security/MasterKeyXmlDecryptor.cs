using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Wbs.Web.Security;

/// <summary>Opens what <see cref="MasterKeyXmlEncryptor"/> sealed; built by the framework with the app's services.</summary>
public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var value = encryptedElement.Element("value")?.Value
            ?? throw new InvalidOperationException("A sealed data-protection key has no value.");
        using var scope = services.CreateScope();
        var plain = scope.ServiceProvider.GetRequiredService<SystemKeys>().Open(SystemKeys.DataProtection, Convert.FromBase64String(value));
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}
