using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Api;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The gratification receipt: the owner's alone, and it names nobody.</summary>
public class TandaTerimaPdfTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Get_OwnReceiptPage_DownloadsPdfWithNumberAgencyGiftAndDeadlineButNoIdentity()
    {
        using var browser = factory.CreatePageClient();
        var reporter = await browser.RegisterAsync();
        var draft = GratificationSamples.Draft(GratificationApiForm.Today);
        var submitted = await GratificationSamples.SubmitAsync(factory.Services, await IdOfAsync(reporter.Username), draft);
        var number = submitted.RegistrationNumber;

        var pdf = await PdfText.DownloadAsync(browser.Http, $"/Gratifikasi/TandaTerima/{number.ToLowerInvariant()}", $"tanda-terima-{number}.pdf");

        var text = PdfText.Of(pdf);
        Assert.Equal(1, PdfText.Pages(pdf));
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Inspektorat Kota Bontang", text, StringComparison.Ordinal);
        Assert.Contains("TANDA TERIMA LAPORAN", text, StringComparison.Ordinal);
        Assert.Contains("Laporan Gratifikasi — Penerimaan", text, StringComparison.Ordinal);
        Assert.Contains("Uang / setara uang", text, StringComparison.Ordinal);
        Assert.Contains("Rp 2.500.000", text, StringComparison.Ordinal);
        var received = DateOnly.ParseExact(draft.ReceivedDate!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var indonesian = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
        Assert.Contains(received.ToString("d MMMM yyyy", indonesian), text, StringComparison.Ordinal);
        Assert.Contains(GratificationApiForm.LegalDeadline(received).ToString("d MMMM yyyy", indonesian), text, StringComparison.Ordinal);
        Assert.Contains("Diajukan", text, StringComparison.Ordinal);
        Assert.Contains("WITA", text, StringComparison.Ordinal);
        Assert.Contains("Dokumen ini dibuat secara elektronik dan sah tanpa tanda tangan.", text, StringComparison.Ordinal);
        Assert.Contains("Simpan nomor registrasi ini", text, StringComparison.Ordinal);
        foreach (var identity in new[] { "Rahmawati", "Saputri", GratificationSamples.Nik, GratificationSamples.Nip, GratificationSamples.PhoneNumber, "rahma.contoh", "Katamso", "Sinar", "Kaltim", "Amplop", "41234" })
        {
            Assert.DoesNotContain(identity, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Get_ReceiptThroughTheApi_IsTheSameDocumentForTheOwnerOnly()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var number = await GratificationApiForm.CreateAsync(api);

        var pdf = await PdfText.DownloadAsync(api.Http, $"/api/v1/gratifications/{number}/receipt", $"tanda-terima-{number}.pdf");

        var text = PdfText.Of(pdf);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Inspektorat Kota Bontang", text, StringComparison.Ordinal);
        Assert.DoesNotContain(GratificationSamples.Nik, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahmawati", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OtherReportersOrWrongKindNumber_Returns404()
    {
        using var owner = factory.CreatePageClient();
        var ownerAccount = await owner.RegisterAsync();
        var number = (await GratificationSamples.SubmitAsync(factory.Services, await IdOfAsync(ownerAccount.Username))).RegistrationNumber;
        var complaint = await owner.SubmitValidReportAsync();
        using var other = factory.CreatePageClient();
        await other.RegisterAsync();

        using var foreign = await other.Http.GetAsync($"/Gratifikasi/TandaTerima/{number}");
        using var complaintAsGratification = await owner.Http.GetAsync($"/Gratifikasi/TandaTerima/{complaint}");
        using var gratificationAsComplaint = await owner.Http.GetAsync($"/Pengaduan/TandaTerima/{number}");
        using var unknown = await owner.Http.GetAsync($"/Gratifikasi/TandaTerima/GRT-{AgencyTime.Year}-99999");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Null(foreign.Content.Headers.ContentDisposition);
        Assert.Equal(HttpStatusCode.NotFound, complaintAsGratification.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gratificationAsComplaint.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Get_ReceiptWithoutSigningIn_RedirectsToLogin()
    {
        using var browser = factory.CreatePageClient();

        using var response = await browser.Http.GetAsync($"/Gratifikasi/TandaTerima/GRT-{AgencyTime.Year}-00001");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Akun/Masuk", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    private async Task<string> IdOfAsync(string username)
    {
        await using var scope = factory.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(username);
        return user!.Id;
    }
}
