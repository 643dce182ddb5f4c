using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Security;

namespace Wbs.Tests.Lacak;

/// <summary>
/// The canary test of the paths without an account: distinctive strings in every field, the optional contact and a
/// file, sent with a distinctive forwarded address and user agent through the page and the API; then the access
/// codes, the canaries and the address are searched for in the raw database, the data folder and the logs.
/// </summary>
public class AnonymousCanaryTests
{
    private const string ForwardedFor = "203.0.113.78";
    private const string UserAgent = "KanariTanpaAkun/8.8";

    private static readonly string[] Canaries =
    [
        "KnaJudul", "KnaUraian", "KnaTerlapor", "KnaJabatan", "KnaUnit", "KnaSaksi", "KnaLokasi", "KnaMengapa", "KnaModus",
        "KnaBerkasPng", "KnaBerkasNama", "kanari.anonim", "081288841516", "88841516", "KnaPesan", "KnaLengkap", ForwardedFor, UserAgent,
    ];

    [Fact]
    public async Task DatabaseDataFolderAndLogs_HoldNoCanaryNoCodeAndNoAddress()
    {
        var logs = new CapturedLogs();
        using var baseFactory = new LacakFactory();
        using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ForwardedFor);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        var api = new ApiClient(client);

        var report = new ComplaintBuilder
        {
            Title = "KnaJudul", Description = "KnaUraian", ReportedPersons = [new("KnaTerlapor", "KnaJabatan", "KnaUnit")], Witnesses = "KnaSaksi",
            Location = "KnaLokasi", Why = "KnaMengapa", How = "KnaModus", Unit = null,
        }.WithFiles(new UploadFile("KnaBerkasNama.png", ApiReporter.Png("KnaBerkasPng"), "image/png"));
        using var content = report.ApiForm(await api.ViolationTypesAsync());
        content.Add(new StringContent("+62 812-8884-1516"), "contactPhone");
        content.Add(new StringContent("kanari.anonim@contoh.id"), "contactEmail");
        using var created = await client.PostAsync("/api/v1/anonymous/reports", content);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var number = json.GetProperty("registrationNumber").GetString()!;
        var code = json.GetProperty("accessCode").GetString()!;

        // The page path too: a second report, a wrong and a right code, a message, a completion request's answer.
        using var browser = new PageClient(client);
        var form = await browser.GetPageAsync("/Kirim/TanpaAkun");
        using var second = await browser.SubmitAsync(form, "/Kirim/TanpaAkun", new ComplaintBuilder { Title = "KnaJudul dua" }.PageForm(form));
        var secondCode = (await PageClient.ParseAsync(second)).QuerySelector("[data-access-code]")!.TextContent.Trim();
        using var wrong = await AnonymousReporter.OpenAsync(browser, number, "99999-88888-77777-66666-55555");
        using var opened = await AnonymousReporter.OpenAsync(browser, number, code);
        using var message = await browser.SubmitAsync($"/Lacak/Pengaduan/{number}", new Dictionary<string, string?> { ["Pesan"] = "KnaPesan" }, formSelector: "form[action*='handler=Pesan']");
        using var session = await client.PostAsJsonAsync("/api/v1/anonymous/session", new { registrationNumber = number, accessCode = code });
        api.UseToken((await ApiClient.JsonAsync(session)).GetProperty("accessToken").GetString()!);
        Assert.Contains("KnaPesan", await client.GetStringAsync($"/api/v1/reports/{number}/messages"), StringComparison.Ordinal);

        var haystacks = new List<(string Where, byte[] Bytes)>();
        foreach (var file in Directory.EnumerateFiles(baseFactory.DataFolder, "*", SearchOption.AllDirectories))
        {
            haystacks.Add((file, await CanaryTests.ReadSharedAsync(file)));
        }

        if (TestDatabase.IsPostgres)
        {
            var connectionString = factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Wbs")!;
            haystacks.Add(("pg_dump", Encoding.UTF8.GetBytes(await CanaryTests.PgDumpAsync(connectionString))));
        }
        else
        {
            Assert.Contains(haystacks, h => h.Where.EndsWith("wbs.db", StringComparison.Ordinal));
        }

        haystacks.Add(("logs", Encoding.UTF8.GetBytes(logs.Text)));
        Assert.NotEmpty(logs.Text);
        var secrets = Canaries.Concat([code, code.Replace("-", "", StringComparison.Ordinal), secondCode, secondCode.Replace("-", "", StringComparison.Ordinal)]);
        var found = (from canary in secrets
                     from encoding in new[] { Encoding.UTF8, Encoding.Unicode }
                     from haystack in haystacks
                     where haystack.Bytes.AsSpan().IndexOf(encoding.GetBytes(canary)) >= 0
                     select $"{canary} ({encoding.WebName}) in {Path.GetFileName(haystack.Where)}").ToList();
        Assert.Empty(found);
    }
}
