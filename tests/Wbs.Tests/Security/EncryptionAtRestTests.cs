using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Security;

namespace Wbs.Tests.Security;

public class EncryptionAtRestTests
{
    [Fact]
    public async Task Submit_StoresContentAndFilesOnlyAsCiphertext()
    {
        using var factory = new WbsFactory();
        var reporter = await ApiReporter.RegisterAsync(factory.CreateClient(), "elang.senja");
        var number = await reporter.SubmitAsync(ApiReporter.ValidFields("ZQXJ"), ("bukti.png", ApiReporter.Png("ZQXJFILE")));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.Complaints.SingleAsync(r => r.RegistrationNumber == number);
        var attachment = await db.Attachments.Include(a => a.Blob).SingleAsync(a => a.ReportId == report.Id);
        Assert.DoesNotContain("ZQXJ", Encoding.UTF8.GetString(report.SealedContent), StringComparison.Ordinal);
        Assert.DoesNotContain("ZQXJFILE", Encoding.Latin1.GetString(attachment.Blob!.Data), StringComparison.Ordinal);
        var key = await db.DataKeys.SingleAsync(k => k.Id == report.Id);
        Assert.StartsWith("mk-", key.MasterKeyId, StringComparison.Ordinal);

        var detail = await reporter.Client.GetStringAsync($"/api/v1/reports/{number}");
        Assert.Contains("Pungutan izin usahaZQXJ", detail, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Start_CreatesAKeyFileOnlyTheOwnerCanRead()
    {
        using var factory = new WbsFactory();
        _ = factory.CreateClient();

        var ring = factory.Services.GetRequiredService<MasterKeyRing>();
        Assert.NotNull(ring.KeyFilePath);
        Assert.True(File.Exists(ring.KeyFilePath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ring.KeyFilePath!));
    }

    [Fact]
    public async Task SealedContent_FromAnotherReport_DoesNotOpen()
    {
        using var factory = new WbsFactory();
        var reporter = await ApiReporter.RegisterAsync(factory.CreateClient(), "camar.laut");
        var first = await reporter.SubmitAsync(ApiReporter.ValidFields("A"));
        var second = await reporter.SubmitAsync(ApiReporter.ValidFields("B"));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var a = await db.Complaints.SingleAsync(r => r.RegistrationNumber == first);
        var b = await db.Complaints.SingleAsync(r => r.RegistrationNumber == second);
        var sealer = scope.ServiceProvider.GetRequiredService<ContentSealer>();

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => sealer.OpenBytes(b.Id, a.SealedContent));
    }
}
