using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Cli;
using Wbs.Web.Documents;
using Wbs.Web.Security;

namespace Wbs.Tests.Verifikasi;

/// <summary>
/// The signed receipt: its code and its PDF verify on /verifikasi, anything altered is refused, old receipts survive a
/// key rotation, and the offline command agrees with the page.
/// </summary>
public class ReceiptVerificationTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task ReceiptCode_TypedOnVerifikasi_IsValidWithNumberAndTimeOnly()
    {
        var (number, pdf, code) = await ReceiptAsync();

        var result = await PostCodeAsync(code);

        Assert.StartsWith($"Sah: nomor {number} diterima pada ", result, StringComparison.Ordinal);
        Assert.EndsWith("WITA", result, StringComparison.Ordinal);
        Assert.Contains(ReceiptDocument.CodeLabel, PdfText.Of(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiptCode_IsTheSameEveryTimeTheReceiptIsPrinted()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var number = await api.CreateValidReportAsync();

        var first = CodeOf(await PdfText.DownloadAsync(api.Http, $"/api/v1/reports/{number}/receipt", $"tanda-terima-{number}.pdf"));
        var second = CodeOf(await PdfText.DownloadAsync(api.Http, $"/api/v1/reports/{number}/receipt", $"tanda-terima-{number}.pdf"));

        // ECDSA signatures are randomised; the signed message (all but the signature) must not change.
        Assert.Equal(Message(first), Message(second));
    }

    [Fact]
    public async Task QrAddress_OpenedWithGet_IsValid()
    {
        var (number, _, code) = await ReceiptAsync();

        using var page = factory.CreatePageClient();
        var document = await page.GetPageAsync($"/verifikasi?kode={ReceiptCode.Compact(code)}");

        Assert.StartsWith($"Sah: nomor {number} ", Result(document), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("number")]
    [InlineData("time")]
    [InlineData("signature")]
    [InlineData("kind")]
    public async Task TamperedCode_IsNotValid(string what)
    {
        var (_, _, code) = await ReceiptAsync();
        var bytes = ReceiptCode.FromBase32(code)!;
        var numberLength = bytes[2];
        switch (what)
        {
            case "number": bytes[3 + numberLength - 1] = (byte)(bytes[3 + numberLength - 1] == '9' ? '8' : bytes[3 + numberLength - 1] + 1); break;
            case "time": bytes[3 + numberLength + 7] ^= 0x01; break;
            case "signature": bytes[^1] ^= 0x01; break;
            case "kind": bytes[1] = bytes[1] == 1 ? (byte)2 : (byte)1; break;
        }

        Assert.Equal("Tidak sah", await PostCodeAsync(ReceiptCode.Base32(bytes)));
    }

    [Fact]
    public async Task CodeWithItsLastCharacterRetyped_IsNotValid()
    {
        var (_, _, code) = await ReceiptAsync();
        var trimmed = code.Trim();
        var tampered = trimmed[..^1] + (trimmed[^1] == 'A' ? 'B' : 'A');

        Assert.Equal("Tidak sah", await PostCodeAsync(tampered));
    }

    [Fact]
    public async Task Garbage_IsNotValid()
    {
        Assert.Equal("Tidak sah", await PostCodeAsync("ABCDE-FGHIJ-KLMNO"));
        Assert.Equal("Tidak sah", await PostCodeAsync("bukan kode!"));
        Assert.Equal("Tidak sah", await PostCodeAsync(new string('A', 2000)));
    }

    [Fact]
    public async Task UploadedReceiptPdf_IsValid()
    {
        var (number, pdf, _) = await ReceiptAsync();

        var (status, document) = await UploadAsync(pdf, "tanda-terima.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith($"Sah: nomor {number} diterima pada ", Result(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedPdfWithoutCode_IsNotValid()
    {
        var (status, document) = await UploadAsync(SampleFiles.PdfBytes(), "lain.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Tidak sah", Result(document));
    }

    [Fact]
    public async Task UploadedNonPdf_GetsAClearError()
    {
        var (_, document) = await UploadAsync("bukan pdf"u8.ToArray(), "tanda-terima.pdf", "application/pdf");

        Assert.Null(document.QuerySelector("[data-verification-result]"));
        Assert.Contains("bukan PDF", document.QuerySelector("[data-verification-problem]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedOversizedFile_GetsAClearError()
    {
        var big = new byte[(2 * 1024 * 1024) + 1];
        "%PDF-1.4\n"u8.CopyTo(big);

        var (_, document) = await UploadAsync(big, "besar.pdf", "application/pdf");

        Assert.Null(document.QuerySelector("[data-verification-result]"));
        Assert.Contains("terlalu besar", document.QuerySelector("[data-verification-problem]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterRotation_OldReceiptStillVerifies_NewOnesUseTheNewKey_BothArePublished()
    {
        var (oldNumber, _, oldCode) = await ReceiptAsync();
        var (exit, output) = await CliAsync("keys", "rotate-signing");
        Assert.Equal(0, exit);
        var active = factory.Services.GetRequiredService<ReceiptSigningKeys>().Signing;
        Assert.Contains(active.Id, output, StringComparison.Ordinal);

        var (newNumber, _, newCode) = await ReceiptAsync();

        Assert.StartsWith($"Sah: nomor {oldNumber} ", await PostCodeAsync(oldCode), StringComparison.Ordinal);
        Assert.StartsWith($"Sah: nomor {newNumber} ", await PostCodeAsync(newCode), StringComparison.Ordinal);
        Assert.Equal(active.KeyId, ReceiptCode.FromBase32(newCode)![^68..^64]);
        Assert.NotEqual(active.KeyId, ReceiptCode.FromBase32(oldCode)![^68..^64]);
        using var http = factory.CreateClient();
        var keys = JsonDocument.Parse(await http.GetStringAsync("/.well-known/wbs-receipt-keys.json")).RootElement.GetProperty("keys");
        Assert.True(keys.GetArrayLength() >= 2);
        Assert.Contains(keys.EnumerateArray(), k => k.GetProperty("id").GetString() == active.Id && k.GetProperty("active").GetBoolean());
        var page = await factory.CreatePageClient().GetPageAsync("/verifikasi/kunci");
        Assert.Equal(keys.GetArrayLength(), page.QuerySelectorAll("[data-key-id]").Length);
        Assert.DoesNotContain("PRIVATE", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyFile_IsOwnerOnly_AndPublishedKeysHoldNoPrivateHalf()
    {
        var keys = factory.Services.GetRequiredService<ReceiptSigningKeys>();
        using var http = factory.CreateClient();

        var json = await http.GetStringAsync("/.well-known/wbs-receipt-keys.json");

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keys.KeyFilePath));
        }

        Assert.DoesNotContain("private", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("BEGIN PUBLIC KEY", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CliVerify_WithPublishedKeys_AgreesWithThePage()
    {
        var (number, _, code) = await ReceiptAsync();
        using var http = factory.CreateClient();
        var keysFile = Path.Combine(factory.DataFolder, "published-keys.json");
        await File.WriteAllTextAsync(keysFile, await http.GetStringAsync("/.well-known/wbs-receipt-keys.json"));
        var bytes = ReceiptCode.FromBase32(code)!;
        bytes[^5] ^= 0x10;

        var good = await CliAsync("receipt", "verify", "--code", code, "--keys", keysFile);
        var bad = await CliAsync("receipt", "verify", "--code", ReceiptCode.Base32(bytes), "--keys", keysFile);

        Assert.Equal(0, good.Exit);
        Assert.Contains($"Sah / valid: {number} (pengaduan)", good.Output, StringComparison.Ordinal);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("Tidak sah", bad.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpensslRecipeInSecurityDoc_VerifiesAGoodCode_AndRefusesATamperedOne()
    {
        var (number, _, code) = await ReceiptAsync();
        var key = factory.Services.GetRequiredService<ReceiptSigningKeys>().Signing;
        var bytes = ReceiptCode.FromBase32(code)!;
        bytes[10] ^= 0x01;

        var good = await RecipeAsync(code, key.PublicKeyPem);
        var bad = await RecipeAsync(ReceiptCode.Base32(bytes), key.PublicKeyPem);

        Assert.Contains("Verified OK", good, StringComparison.Ordinal);
        Assert.Contains($"number: {number}", good, StringComparison.Ordinal);
        Assert.Contains("submitted (UTC): 20", good, StringComparison.Ordinal);
        Assert.Contains("Verification failure", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GratificationReceipt_VerifiesAsGratifikasi()
    {
        using var browser = factory.CreatePageClient();
        var reporter = await browser.RegisterAsync();
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Wbs.Web.Data.WbsDbContext>();
        var id = db.Users.Single(u => u.UserName == reporter.Username).Id;
        var submitted = await GratificationSamples.SubmitAsync(factory.Services, id, GratificationSamples.Draft(Wbs.Tests.Api.GratificationApiForm.Today));
        var number = submitted.RegistrationNumber;
        var pdf = await PdfText.DownloadAsync(browser.Http, $"/Gratifikasi/TandaTerima/{number}", $"tanda-terima-{number}.pdf");

        var claim = ReceiptCode.Verify(CodeOf(pdf), factory.Services.GetRequiredService<ReceiptSigningKeys>().All);

        Assert.StartsWith($"Sah: nomor {number} ", await PostCodeAsync(CodeOf(pdf)), StringComparison.Ordinal);
        Assert.Equal(ReceiptKind.Gratifikasi, claim!.Kind);
    }

    // Runs the shell block under <!-- openssl-recipe --> in docs/SECURITY.md, as an auditor would paste it.
    private static async Task<string> RecipeAsync(string code, string pem)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Wbs.slnx")))
        {
            root = root.Parent!;
        }

        var doc = await File.ReadAllTextAsync(Path.Combine(root.FullName, "docs", "SECURITY.md"));
        var start = doc.IndexOf("```sh\n", doc.IndexOf("<!-- openssl-recipe -->", StringComparison.Ordinal), StringComparison.Ordinal) + 6;
        var script = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var folder = Directory.CreateTempSubdirectory("receipt-recipe").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "pub.pem"), pem);
        await File.WriteAllTextAsync(Path.Combine(folder, "recipe.sh"), script);
        var start2 = new System.Diagnostics.ProcessStartInfo("bash", ["recipe.sh"])
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start2.Environment["CODE"] = code;
        using var process = System.Diagnostics.Process.Start(start2)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Directory.Delete(folder, recursive: true);
        return output;
    }

    private async Task<(string Number, byte[] Pdf, string Code)> ReceiptAsync()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var number = await api.CreateValidReportAsync();
        var pdf = await PdfText.DownloadAsync(api.Http, $"/api/v1/reports/{number}/receipt", $"tanda-terima-{number}.pdf");
        return (number, pdf, CodeOf(pdf));
    }

    // The code as a reader of the paper sees it: the grouped lines under the label, not the metadata entry.
    private static string CodeOf(byte[] pdf)
    {
        var text = PdfText.Of(pdf);
        var match = System.Text.RegularExpressions.Regex.Match(text, "Kode verifikasi:(.*?)Pindai", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, "The receipt prints no verification code.");
        return match.Groups[1].Value;
    }

    private static string Message(string code) => Convert.ToHexString(ReceiptCode.FromBase32(code)![..^ReceiptCode.SignatureBytes]);

    private async Task<string> PostCodeAsync(string code)
    {
        using var http = factory.CreateClient();
        using var response = await http.PostAsync("/verifikasi", new FormUrlEncodedContent([new("kode", code)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Result(await PageClient.ParseAsync(response));
    }

    private async Task<(HttpStatusCode Status, IHtmlDocument Page)> UploadAsync(byte[] content, string fileName, string type)
    {
        using var http = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "berkas", fileName);
        using var response = await http.PostAsync("/verifikasi?handler=Unggah", form);
        return (response.StatusCode, await PageClient.ParseAsync(response));
    }

    private static string Result(IHtmlDocument page) =>
        page.QuerySelector("[data-verification-result]")?.TextContent.Trim() ?? throw new InvalidOperationException("No verification result on the page.");

    private async Task<(int Exit, string Output)> CliAsync(params string[] args)
    {
        var output = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(output);
        try
        {
            return (await CommandLine.RunAsync(factory.Services, args), output.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
