using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Cli;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Staf;

/// <summary>The command <c>staff add --username NAME --role ROLE[,ROLE] --password-stdin</c>.</summary>
public sealed class AdminStaffAddCommandTests : IDisposable
{
    private readonly WbsFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task StaffAdd_PrintsAnOtpauthUri_ThatEnrolsTheAuthenticatorAndSignsIn()
    {
        var (code, output) = await RunAsync("sandi petugas yang panjang\n", "staff", "add", "--username", "inspektur.utama", "--role", "Inspektur,Admin", "--password-stdin");

        Assert.True(code == 0, output);
        var uri = Regex.Match(output, @"otpauth://totp/\S+").Value;
        Assert.Contains("inspektur.utama", uri, StringComparison.Ordinal);
        Assert.Contains("issuer=WBS%20Inspektorat%20Kota%20Bontang", uri, StringComparison.Ordinal);
        Assert.DoesNotContain("sandi petugas yang panjang", output, StringComparison.Ordinal);
        var totp = new Totp(Base32Encoding.ToBytes(Regex.Match(uri, "secret=([A-Z2-7]+)").Groups[1].Value));

        // Enrolment (as the staff sign-in does) with the previous step's code, then the API login with the current one.
        await using (var scope = factory.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var accounts = scope.ServiceProvider.GetRequiredService<Wbs.Web.Features.Staf.StaffAccounts>();
            var user = (await users.FindByNameAsync("inspektur.utama"))!;
            Assert.Equal(["Admin", "Inspektur"], (await users.GetRolesAsync(user)).Order());
            Assert.Equal(Wbs.Web.Features.Staf.CodeCheck.Accepted, await accounts.VerifyCodeAsync(user, totp.ComputeTotp(DateTime.UtcNow.AddSeconds(-30))));
        }

        // The operator typed the password: the API gives no token until the member sends one of their own with it.
        using var client = factory.CreateClient();
        using var asked = await BackOfficeStaff.LoginAsync(client, new TestStaff("", "inspektur.utama", "sandi petugas yang panjang", []), totp.ComputeTotp(DateTime.UtcNow));
        Assert.Equal(HttpStatusCode.Forbidden, asked.StatusCode);
        Assert.Equal("password_change_required", (await ApiClient.JsonAsync(asked)).GetProperty("code").GetString());
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new
        {
            username = "inspektur.utama", password = "sandi petugas yang panjang", totpCode = totp.ComputeTotp(DateTime.UtcNow), newPassword = "teh manis di pelabuhan loktuan",
        });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await using var audit = factory.CreateScope();
        var entry = await audit.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries.SingleAsync(e => e.Action == AuditActions.StaffAccount);
        Assert.Equal(("baris-perintah", "petugas:inspektur.utama", "dibuat; peran Inspektur,Admin"), (entry.Actor, entry.Subject, entry.Detail));
    }

    [Fact]
    public async Task StaffAdd_WithoutTheCommandWords_AlsoWorks()
    {
        var (code, output) = await RunAsync("sandi petugas yang panjang", "--username", "verifikator.dua", "--role", "verifikator", "--password-stdin");

        Assert.True(code == 0, output);
        Assert.Contains("otpauth://totp/", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sandi petugas yang panjang\n", 1, "Peran tidak dikenal", "--username", "a.b", "--role", "Bendahara", "--password-stdin")]
    [InlineData("sandi petugas yang panjang\n", 1, "Peran tidak dikenal", "--username", "a.b", "--role", ",", "--password-stdin")]
    [InlineData("pendek\n", 1, "8", "--username", "a.b", "--role", "UPG", "--password-stdin")]
    [InlineData("\n", 2, "Kata sandi kosong", "--username", "a.b", "--role", "UPG", "--password-stdin")]
    [InlineData("", 2, "empty password", "--username", "a.b", "--role", "UPG", "--password-stdin")]
    [InlineData("sandi petugas yang panjang\n", 2, "--password-stdin", "--username", "a.b", "--role", "UPG")]
    [InlineData("sandi petugas yang panjang\n", 2, "required", "--role", "UPG", "--password-stdin")]
    [InlineData("sandi petugas yang panjang\n", 2, "unknown argument: --password", "--username", "a.b", "--role", "UPG", "--password", "x")]
    [InlineData("sandi petugas yang panjang\n", 1, "Nama", "--username", "nama dengan spasi", "--role", "UPG", "--password-stdin")]
    public async Task StaffAdd_WithBadInput_ExitsNonZeroWithAMessage_AndCreatesNothing(string stdin, int expected, string message, params string[] args)
    {
        var (code, output) = await RunAsync(stdin, ["staff", "add", .. args]);

        Assert.Equal(expected, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("otpauth://", output, StringComparison.Ordinal);
        await using var scope = factory.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Users.AnyAsync(u => u.IsStaff));
    }

    [Fact]
    public async Task StaffAdd_ExistingUsername_ExitsNonZero()
    {
        var (first, _) = await RunAsync("sandi petugas yang panjang", "staff", "add", "--username", "admin.satu", "--role", "Admin", "--password-stdin");
        var (second, output) = await RunAsync("sandi petugas yang lain", "staff", "add", "--username", "admin.satu", "--role", "UPG", "--password-stdin");

        Assert.Equal(0, first);
        Assert.Equal(1, second);
        Assert.Contains("sudah dipakai", output, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output)> RunAsync(string stdin, params string[] args)
    {
        _ = factory.Server;
        using var input = new StringReader(stdin);
        await using var output = new StringWriter();
        var code = await StaffAddCommand.RunAsync(factory.Services, args, input, output, CancellationToken.None);
        return (code, output.ToString());
    }
}
