using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;
using Wbs.Web.Features.Akun;
using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Security;

/// <summary>
/// What a copy of the database tells, read from the raw rows: it must not link a named gratification reporter to the
/// same account's pseudonymous complaints, nor tell by lengths whether an optional detail was given, nor when a
/// reporter read a message, nor why staff revealed an identity.
/// </summary>
public sealed class LeakedDatabaseTests(UpgFixture upg) : IClassFixture<UpgFixture>
{
    private WbsFactory Factory => upg.Factory;

    [Fact]
    public async Task GratificationReport_CarriesNoValueThatLinksItToTheAccount_AndTheReporterStillFindsIt()
    {
        var report = await upg.SubmitAsync();

        var row = await RowAsync("GratificationReports", "RegistrationNumber", report.Number);
        foreach (var (column, value) in row)
        {
            Assert.False(value.Contains(report.ReporterId, StringComparison.OrdinalIgnoreCase), $"Column {column} holds the account id.");
        }

        // A keyed reference, not a hash anyone could compute from the account id (which complaints carry in plain).
        var owner = row["OwnerRef"];
        Assert.Equal(GratificationOwners.RefLength, owner.Length);
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(report.ReporterId))), owner);
        Assert.Equal(report.Number, (await report.AsReporterSeesAsync(Factory)).RegistrationNumber);
        await using var scope = Factory.CreateScope();
        var mine = await scope.ServiceProvider.GetRequiredService<ReporterGratifications>().ListAsync(report.ReporterId, default);
        Assert.Equal([report.Number], mine.Select(m => m.RegistrationNumber));
    }

    [Fact]
    public async Task PlainOwnerOfAnOlderReport_IsReplacedByTheKeyedReferenceAtStart()
    {
        var report = await upg.SubmitAsync();
        await ExecuteAsync("UPDATE \"GratificationReports\" SET \"OwnerRef\" = @v WHERE \"RegistrationNumber\" = @n", report.ReporterId, report.Number);
        Assert.Equal(report.ReporterId, (await RowAsync("GratificationReports", "RegistrationNumber", report.Number))["OwnerRef"]);

        await using (var scope = Factory.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<GratificationOwners>().EnsureAsync(default);
        }

        var owner = (await RowAsync("GratificationReports", "RegistrationNumber", report.Number))["OwnerRef"];
        Assert.Equal(GratificationOwners.RefLength, owner.Length);
        Assert.Equal(report.Number, (await report.AsReporterSeesAsync(Factory)).RegistrationNumber);
    }

    [Fact]
    public async Task SealedContact_HasOneLength_WithoutAnEmail_WithAShortOne_AndWithALongOne()
    {
        var lengths = new List<int>();
        foreach (var email in new string?[] { null, "a@b.id", new string('x', 180) + "@contoh-instansi.go.id" })
        {
            var reporter = Reporter.New(email: email);
            await using var scope = Factory.CreateScope();
            var registered = await scope.ServiceProvider.GetRequiredService<ReporterAccounts>()
                .RegisterAsync(new RegistrationRequest(reporter.Username, reporter.Password, reporter.PhoneNumber, reporter.Email));
            Assert.True(registered.IsOk, string.Join(" ", registered.Errors.Values));
            lengths.Add((await RawBytesAsync("SELECT \"SealedContact\" FROM \"AspNetUsers\" WHERE \"UserName\" = @n", reporter.Username)).Length);
        }

        Assert.Single(lengths.Distinct());
    }

    [Fact]
    public async Task ContactAndIdentitySealedBeforePadding_ArePaddedAtStart_AndOpenAsBefore()
    {
        var report = await upg.SubmitAsync();
        var reporter = Reporter.New(email: "a@b.id");
        int paddedContact, paddedIdentity;
        string contactBefore, identityBefore;
        await using (var scope = Factory.CreateScope())
        {
            var services = scope.ServiceProvider;
            var registered = await services.GetRequiredService<ReporterAccounts>()
                .RegisterAsync(new RegistrationRequest(reporter.Username, reporter.Password, reporter.PhoneNumber, reporter.Email));
            Assert.True(registered.IsOk, string.Join(" ", registered.Errors.Values));
            var db = services.GetRequiredService<WbsDbContext>();
            var sealer = services.GetRequiredService<ContentSealer>();

            // Seal both as a version before padding did: at their own length.
            var user = await db.Users.SingleAsync(u => u.UserName == reporter.Username);
            paddedContact = user.SealedContact!.Length;
            var contact = sealer.Open<ContactDetails>(Guid.Parse(user.Id), user.SealedContact);
            contactBefore = JsonSerializer.Serialize(contact);
            user.SealedContact = sealer.Seal(Guid.Parse(user.Id), contact);
            var gratification = await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == report.Number);
            paddedIdentity = gratification.SealedIdentity.Length;
            var identity = sealer.Open<GratificationIdentity>(gratification.IdentityScope, gratification.SealedIdentity);
            identityBefore = JsonSerializer.Serialize(identity);
            gratification.SealedIdentity = sealer.Seal(gratification.IdentityScope, identity);
            await db.SaveChangesAsync();
            Assert.True(user.SealedContact.Length < paddedContact);
            Assert.True(gratification.SealedIdentity.Length < paddedIdentity);
        }

        // The next node to start is the upgraded one.
        using var upgraded = Factory.AnotherNode();
        await using (var scope = upgraded.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var sealer = scope.ServiceProvider.GetRequiredService<ContentSealer>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == reporter.Username);
            var gratification = await db.GratificationReports.AsNoTracking().SingleAsync(r => r.RegistrationNumber == report.Number);

            Assert.Equal(paddedContact, user.SealedContact!.Length);
            Assert.Equal(paddedIdentity, gratification.SealedIdentity.Length);
            Assert.Equal(contactBefore, JsonSerializer.Serialize(sealer.Open<ContactDetails>(Guid.Parse(user.Id), user.SealedContact)));
            Assert.Equal(identityBefore, JsonSerializer.Serialize(sealer.Open<GratificationIdentity>(gratification.IdentityScope, gratification.SealedIdentity)));
        }
    }

    [Fact]
    public async Task SealedIdentity_HasOneLength_WhetherOrNotEmailNipAndAddressWereGiven()
    {
        var full = await upg.SubmitAsync();
        var draft = GratificationSamples.Draft(UpgFixture.Today);
        (draft.Email, draft.Nip, draft.Address) = (null, null, null);
        var bare = await upg.SubmitAsync(draft);

        var sql = "SELECT \"SealedIdentity\" FROM \"GratificationReports\" WHERE \"RegistrationNumber\" = @n";
        Assert.Equal((await RawBytesAsync(sql, full.Number)).Length, (await RawBytesAsync(sql, bare.Number)).Length);
    }

    [Fact]
    public async Task ReadMessage_KeepsThatItWasRead_NotWhen()
    {
        var report = await upg.SubmitAsync();
        await using (var scope = Factory.CreateScope())
        {
            var sent = await scope.ServiceProvider.GetRequiredService<ReporterGratifications>().SendMessageAsync(report.ReporterId, report.Number, "Amplop sudah saya serahkan ke UPG.", default);
            Assert.True(sent.IsOk, string.Join(" ", sent.Errors.Values));
        }

        await Task.Delay(1100);
        await upg.Upg.GetPageAsync(UpgPage.Url(report.Number));

        await using var read = Factory.CreateScope();
        var db = read.ServiceProvider.GetRequiredService<WbsDbContext>();
        var id = await db.GratificationReports.Where(r => r.RegistrationNumber == report.Number).Select(r => r.Id).SingleAsync();
        var message = await db.ReportMessages.AsNoTracking().SingleAsync(m => m.ReportId == id && !m.FromStaff);
        Assert.NotNull(message.ReadAt);
        Assert.Equal(message.At, message.ReadAt);
    }

    [Fact]
    public async Task RevealReason_IsNotInTheAuditLogInPlain()
    {
        const string reason = "Klarifikasi nilai amplop, alasan rahasia 7391-uji.";
        var report = await upg.SubmitAsync();
        using var revealed = await upg.Upg.SubmitAsync(UpgPage.Url(report.Number),
            new Dictionary<string, string?> { ["AlasanIdentitas"] = reason }, formSelector: "#identitas form");
        Assert.Contains(GratificationSamples.Nik, await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var everything = new StringBuilder();
        await using var scope = Factory.CreateScope();
        var connection = await OpenAsync(scope);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"AuditEntries\"";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                everything.Append(Text(reader.GetValue(i))).Append('|');
            }
        }

        Assert.Contains(report.Number, everything.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("7391-uji", everything.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Klarifikasi nilai amplop", everything.ToString(), StringComparison.Ordinal);
    }

    private static string Text(object value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        DBNull => "",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private async Task<Dictionary<string, string>> RowAsync(string table, string keyColumn, string key)
    {
        await using var scope = Factory.CreateScope();
        var connection = await OpenAsync(scope);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{keyColumn}\" = @n";
        Add(command, "n", key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No row in {table}.");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => Text(reader.GetValue(i)));
    }

    private async Task<byte[]> RawBytesAsync(string sql, string key)
    {
        await using var scope = Factory.CreateScope();
        var connection = await OpenAsync(scope);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "n", key);
        return (byte[])(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("No value."));
    }

    private async Task ExecuteAsync(string sql, string value, string key)
    {
        await using var scope = Factory.CreateScope();
        var connection = await OpenAsync(scope);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "v", value);
        Add(command, "n", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<DbConnection> OpenAsync(AsyncServiceScope scope)
    {
        var connection = scope.ServiceProvider.GetRequiredService<WbsDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        return connection;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
