using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;

namespace Wbs.Tests.Security;

/// <summary>The attack of a leaked database: read the data-protection key ring from a copy and forge a sign-in cookie.</summary>
public class DataProtectionAtRestTests
{
    private const string CookiePurpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";

    [Fact]
    public async Task KeyRingRows_HoldNoPlaintextKey()
    {
        using var factory = new WbsFactory();
        var pages = factory.CreatePageClient();
        await pages.RegisterAsync();

        var rows = await KeyRingXmlAsync(factory);

        Assert.NotEmpty(rows);
        Assert.All(rows, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("sealedByMasterKeyRing", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task CookieForgedFromACopiedKeyRing_IsRefused_WhileOneFromTheRealRingIsAccepted()
    {
        using var factory = new WbsFactory();
        var pages = factory.CreatePageClient();
        var reporter = await pages.RegisterAsync();
        var copy = Directory.CreateTempSubdirectory("wbs-stolen-ring-");
        try
        {
            // The attacker writes the copied rows where a stock provider reads keys, without the master key file.
            var rows = await KeyRingXmlAsync(factory);
            for (var i = 0; i < rows.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(copy.FullName, $"key-{i}.xml"), rows[i]);
            }

            var stolen = DataProtectionProvider.Create(copy, builder => builder.SetApplicationName("wbs"));
            var forged = await TicketAsync(factory, stolen, reporter.Username);
            var genuine = await TicketAsync(factory, factory.Services.GetRequiredService<IDataProtectionProvider>(), reporter.Username);

            Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(factory, genuine)).StatusCode);
            var refused = await WithCookieAsync(factory, forged);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/Akun/Masuk", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task PlainKeyFromAnEarlierVersion_IsRevokedAtStart_SoACookieForgedWithItIsRefused()
    {
        using var factory = new WbsFactory();
        var reporter = await factory.CreatePageClient().RegisterAsync();
        var old = Directory.CreateTempSubdirectory("wbs-plain-ring-");
        try
        {
            // An earlier version stored its keys unencrypted; a copy of that database hands the key to anyone.
            var earlier = DataProtectionProvider.Create(old, builder => builder.SetApplicationName("wbs"));
            earlier.CreateProtector("warm-up").Protect("x");
            var file = Directory.GetFiles(old.FullName, "key-*.xml").Single();
            await using (var scope = factory.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
                db.DataProtectionKeys.Add(new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey
                {
                    FriendlyName = Path.GetFileNameWithoutExtension(file),
                    Xml = await File.ReadAllTextAsync(file),
                });
                await db.SaveChangesAsync();
            }

            // The next node to start is the upgraded one.
            using var upgraded = factory.AnotherNode();
            var forged = await TicketAsync(upgraded, earlier, reporter.Username);
            var genuine = await TicketAsync(upgraded, upgraded.Services.GetRequiredService<IDataProtectionProvider>(), reporter.Username);

            Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(upgraded, genuine)).StatusCode);
            var refused = await WithCookieAsync(upgraded, forged);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/Akun/Masuk", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Contains(await KeyRingXmlAsync(upgraded), xml => xml.Contains("<revocation", StringComparison.Ordinal));
        }
        finally
        {
            old.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Start_LogsNoMissingEncryptorWarning()
    {
        var logs = new CapturedLogs();
        using var baseFactory = new WbsFactory();
        using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        await new PageClient(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })).RegisterAsync();

        Assert.NotEmpty(await KeyRingXmlAsync(baseFactory));
        Assert.DoesNotContain("No XML encryptor configured", logs.Text, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task SqliteFolderAndFiles_AreOwnerOnly()
    {
        // SQLite on either run: the files are what this test looks at.
        using var factory = new WbsFactory();
        factory.Settings["Wbs:DatabaseProvider"] = "Sqlite";
        factory.Settings["ConnectionStrings:Wbs"] = "";
        await factory.CreatePageClient().RegisterAsync();

        var database = Path.Combine(factory.DataFolder, "wbs.db");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(factory.DataFolder));
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            Assert.True(File.Exists(file), file + " exists while the app runs in WAL mode");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    private static async Task<List<string>> KeyRingXmlAsync(WbsFactory factory)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    // Everything in the ticket comes from the database copy: the account's id, name and security stamp.
    private static async Task<string> TicketAsync(WbsFactory factory, IDataProtectionProvider provider, string username)
    {
        await using var scope = factory.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Users.AsNoTracking().SingleAsync(u => u.UserName == username);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, username), new Claim("AspNet.Identity.SecurityStamp", user.SecurityStamp!)],
            IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity),
            new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) },
            IdentityConstants.ApplicationScheme);
        return new TicketDataFormat(provider.CreateProtector(CookiePurpose, IdentityConstants.ApplicationScheme, "v2")).Protect(ticket);
    }

    private static async Task<HttpResponseMessage> WithCookieAsync(WbsFactory factory, string cookie)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Pengaduan");
        request.Headers.Add("Cookie", "wbs.auth=" + cookie);
        return await client.SendAsync(request);
    }
}
