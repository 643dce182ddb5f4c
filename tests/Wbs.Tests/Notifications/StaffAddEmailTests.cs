using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Cli;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Tests.Notifications;

/// <summary><c>staff add ... --email</c> stores the address sealed, with the role's defaults.</summary>
public class StaffAddEmailTests
{
    [Fact]
    public async Task StaffAdd_WithEmail_StoresItSealedWithTheRolesDefaults_AndRefusesABadOne()
    {
        using var factory = new WbsFactory();
        _ = factory.Server;
        var (code, output) = await RunAsync(factory, "sandi petugas yang panjang", "staff", "add", "--username", "upg.satu", "--role", "UPG",
            "--email", "upg.satu@inspektorat.example.go.id", "--password-stdin");
        Assert.True(code == 0, output);

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var id = await db.Users.Where(u => u.UserName == "upg.satu").Select(u => u.Id).SingleAsync();
        var contact = await scope.ServiceProvider.GetRequiredService<NotificationContacts>().GetAsync(RecipientRefs.User(id), default);
        Assert.NotNull(contact);
        Assert.Equal("upg.satu@inspektorat.example.go.id", contact.Value.Address);
        Assert.True(contact.Value.Row.Preferences.HasFlag(NotificationPreferences.NewReports));
        Assert.DoesNotContain("upg.satu", System.Text.Encoding.Latin1.GetString(contact.Value.Row.SealedAddress), StringComparison.Ordinal);

        var (refused, message) = await RunAsync(factory, "sandi petugas yang panjang", "staff", "add", "--username", "upg.dua", "--role", "UPG",
            "--email", "bukan alamat", "--password-stdin");
        Assert.Equal(2, refused);
        Assert.Contains("email", message, StringComparison.OrdinalIgnoreCase);
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "upg.dua"));
    }

    private static async Task<(int Code, string Output)> RunAsync(WbsFactory factory, string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        await using var output = new StringWriter();
        var code = await StaffAddCommand.RunAsync(factory.Services, args, input, output, CancellationToken.None);
        return (code, output.ToString());
    }
}
