using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Security;

/// <summary>
/// Distinctive strings go into every text field of a complaint and of a gratification report, the phone, the email
/// and each file, sent with a distinctive forwarded address and user agent; then the raw database (SQLite files or a pg_dump), the data folder and the
/// app's logs are searched for them, as UTF-8 and as UTF-16.
/// </summary>
public class CanaryTests
{
    private const string Phone = "081277731415";
    private const string ForwardedFor = "203.0.113.77";
    private const string UserAgent = "KanariAgent/7.7";

    private static readonly string[] Canaries =
    [
        "KnrJudul", "KnrUraian", "KnrTerlapor", "KnrJabatan", "KnrUnitKerja", "KnrSaksi", "KnrLokasi", "KnrMengapa",
        "KnrModus", "KnrBerkasPng", "KnrBerkasNama", "kanari.surel", Phone, "77731415", ForwardedFor, UserAgent,

        // A gratification report's identity, giver, gift and file.
        "KnrNamaLengkap", "6474777314159265", "197703172014031741", "KnrPangkat", "KnrUnitGrat", "KnrInstansi", "77731416",
        "kanari.grat", "KnrAlamatPelapor", "KnrPemberi", "KnrPekerjaan", "KnrAlamatPemberi", "0548777314", "KnrHubungan",
        "KnrPeristiwa", "KnrObjek", "7773141", "KnrTempat", "KnrKronologi", "KnrGratPng", "KnrGratNama",
    ];

    [Fact]
    public async Task DatabaseDataFolderAndLogs_HoldNoCanaryInPlaintext()
    {
        var logs = new CapturedLogs();
        using var baseFactory = new WbsFactory();
        using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ForwardedFor);
        client.DefaultRequestHeaders.Add("X-Real-IP", ForwardedFor);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);

        var reporter = await ApiReporter.RegisterAsync(client, "pohon.bambu", "+62 812-7773-1415", "kanari.surel@contoh.id");
        var fields = new Dictionary<string, string>
        {
            ["title"] = "KnrJudul pungutan",
            ["description"] = "KnrUraian kejadian",
            ["violationTypeId"] = "4",
            ["reportedPersons"] = "[{\"name\":\"KnrTerlapor\",\"position\":\"KnrJabatan\",\"unit\":\"KnrUnitKerja\"}]",
            ["witnesses"] = "KnrSaksi",
            ["location"] = "KnrLokasi",
            ["incidentDate"] = "2026-10-01",
            ["why"] = "KnrMengapa",
            ["how"] = "KnrModus",
            ["estimatedLoss"] = "1500000",
        };
        var number = await reporter.SubmitAsync(fields, ("KnrBerkasNama.png", ApiReporter.Png("KnrBerkasPng")));
        Assert.Contains("KnrJudul", await client.GetStringAsync($"/api/v1/reports/{number}"), StringComparison.Ordinal);
        var gratification = await SubmitGratificationAsync(reporter.Client);
        Assert.Contains("KnrNamaLengkap", await client.GetStringAsync($"/api/v1/gratifications/{gratification}"), StringComparison.Ordinal);
        var wrongLogin = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "pohon.bambu", password = "salah-sandi" });
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, wrongLogin.StatusCode);

        var haystacks = new List<(string Where, byte[] Bytes)>();
        foreach (var file in Directory.EnumerateFiles(baseFactory.DataFolder, "*", SearchOption.AllDirectories))
        {
            haystacks.Add((file, await ReadSharedAsync(file)));
        }

        if (TestDatabase.IsPostgres)
        {
            var connectionString = factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Wbs")!;
            haystacks.Add(("pg_dump", Encoding.UTF8.GetBytes(await PgDumpAsync(connectionString))));
        }
        else
        {
            Assert.Contains(haystacks, h => h.Where.EndsWith("wbs.db", StringComparison.Ordinal));
        }

        haystacks.Add(("logs", Encoding.UTF8.GetBytes(logs.Text)));
        Assert.NotEmpty(logs.Text);

        var found = (from canary in Canaries
                     from encoding in new[] { Encoding.UTF8, Encoding.Unicode }
                     from haystack in haystacks
                     where haystack.Bytes.AsSpan().IndexOf(encoding.GetBytes(canary)) >= 0
                     select $"{canary} ({encoding.WebName}) in {Path.GetFileName(haystack.Where)}").ToList();
        Assert.Empty(found);
    }

    private static async Task<string> SubmitGratificationAsync(HttpClient client)
    {
        var fields = new Dictionary<string, string>
        {
            ["reportType"] = "penerimaan",
            ["fullName"] = "KnrNamaLengkap",
            ["nik"] = "6474777314159265",
            ["nip"] = "197703172014031741",
            ["position"] = "KnrPangkat",
            ["unit"] = "KnrUnitGrat",
            ["institution"] = "KnrInstansi",
            ["phoneNumber"] = "081377731416",
            ["email"] = "kanari.grat@contoh.id",
            ["address"] = "KnrAlamatPelapor",
            ["giverName"] = "KnrPemberi",
            ["giverOccupation"] = "KnrPekerjaan",
            ["giverAddress"] = "KnrAlamatPemberi",
            ["giverPhone"] = "0548777314",
            ["relationship"] = "lainnya",
            ["relationshipOther"] = "KnrHubungan",
            ["occasion"] = "lainnya",
            ["occasionOther"] = "KnrPeristiwa",
            ["objectType"] = "uang",
            ["objectDescription"] = "KnrObjek",
            ["estimatedValue"] = "7773141",
            ["receivedDate"] = DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["receivedPlace"] = "KnrTempat",
            ["objectLocation"] = "disimpan-pelapor",
            ["chronology"] = "KnrKronologi",
        };
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        form.Add(new ByteArrayContent(ApiReporter.Png("KnrGratPng")), "files", "KnrGratNama.png");
        var response = await client.PostAsync("/api/v1/gratifications", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("registrationNumber").GetString()!;
    }

    internal static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    internal static async Task<string> PgDumpAsync(string connectionString)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pg_dump", ["-h", cs.Host!, "-p", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", cs.Username!, "-d", cs.Database!, "--no-owner"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = cs.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg_dump did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "pg_dump failed: " + await error);
        var dump = await output;
        Assert.Contains("AttachmentBlobs", dump, StringComparison.Ordinal);
        return dump;
    }
}
