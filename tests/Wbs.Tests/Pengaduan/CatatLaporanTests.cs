using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Lacak;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Pengaduan;

/// <summary>
/// Catat Laporan: staff record complaints received outside the site. The app's day is Tuesday 14 July 2026 (10.00
/// WITA); a letter received on Monday 6 July is due for verification on Monday 13 July (5 working days from the day
/// received), so it is already late, while a report filed on the site today is due on Tuesday 21 July.
/// </summary>
public sealed class CatatLaporanTests(CatatLaporanTests.Setup setup) : IClassFixture<CatatLaporanTests.Setup>
{
    private const string Url = "/Staf/CatatLaporan";

    public sealed class Setup : IAsyncLifetime
    {
        public AdjustableClock Clock { get; } = new(new DateTimeOffset(2026, 7, 14, 2, 0, 0, TimeSpan.Zero));
        public LacakFactory Factory { get; } = new();
        public StaffMember Verifikator { get; private set; } = null!;
        public StaffMember Inspektur { get; private set; } = null!;
        public PageClient VerifikatorPages { get; private set; } = null!;
        public PageClient InspekturPages { get; private set; } = null!;
        public string WebNumber { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Factory.Clock = Clock;
            Verifikator = await StaffMember.CreateAsync(Factory, StaffRoles.Verifikator);
            Inspektur = await StaffMember.CreateAsync(Factory, StaffRoles.Inspektur);
            VerifikatorPages = await Verifikator.BrowserAsync();
            InspekturPages = await Inspektur.BrowserAsync();
            using var reporter = Factory.CreatePageClient();
            await reporter.RegisterAsync();
            WebNumber = await reporter.SubmitValidReportAsync();
        }

        public Task DisposeAsync()
        {
            VerifikatorPages.Dispose();
            InspekturPages.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>The form filled as staff would from a letter: the complaint's fields, the channel and the day received.</summary>
    private static Dictionary<string, string?> Letter(IHtmlDocument form, ComplaintBuilder? report = null, string channel = "Surat",
        string? receivedOn = "2026-07-06", string? reference = "Surat No. 12/VII/2026", bool followOnline = true, string? phone = null)
    {
        var values = (report ?? new ComplaintBuilder()).PageForm(form);
        values.Remove("Input.GoodFaith");
        values["Arrival.Channel"] = channel;
        values["Arrival.ReceivedOn"] = receivedOn;
        values["Arrival.Reference"] = reference;
        values["Arrival.FollowOnline"] = followOnline ? "true" : "false";
        values["Contact.PhoneNumber"] = phone;
        return values;
    }

    private static async Task<(IHtmlDocument Shown, string Number, string? Code)> RecordAsync(
        PageClient staff, Func<IHtmlDocument, Dictionary<string, string?>> fill, IReadOnlyList<UploadFile>? files = null)
    {
        var form = await staff.GetPageAsync(Url);
        using var response = await staff.SubmitAsync(form, Url, fill(form), files, formSelector: "#report-form");
        var shown = await PageClient.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Catat Laporan answered {(int)response.StatusCode}");
        var number = shown.QuerySelector("[data-registration-number]")?.TextContent.Trim();
        Assert.True(number is not null, "No number shown: " + PageClient.ErrorsOn(shown));
        return (shown, number!, shown.QuerySelector("[data-access-code]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(StaffRoles.Verifikator, true)]
    [InlineData(StaffRoles.Inspektur, true)]
    [InlineData(StaffRoles.Upg, false)]
    [InlineData(StaffRoles.Admin, false)]
    public async Task Get_CatatLaporan_OnlyForVerifikatorAndInspektur(string role, bool allowed)
    {
        using var browser = await (await StaffMember.CreateAsync(setup.Factory, role)).BrowserAsync();

        using var response = await browser.Http.GetAsync(Url);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PageClient.ParseAsync(response);
            Assert.NotNull(page.QuerySelector("select[name='Arrival.Channel'] option[value='RujukanSp4nLapor']"));
            Assert.Null(page.QuerySelector("select[name='Arrival.Channel'] option[value='Web']"));
            Assert.Null(page.QuerySelector("[name='Input.GoodFaith']"));
            Assert.NotNull(page.QuerySelector("input[type=file][name=Files]"));
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Staf/Ditolak", response.Headers.Location?.PathAndQuery().Split('?')[0]);
        }

        using var anonymous = setup.Factory.CreatePageClient();
        using var nobody = await anonymous.Http.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Redirect, nobody.StatusCode);
        Assert.StartsWith("/Staf/Masuk", nobody.Headers.Location?.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Letter_WithPhoto_IsStoredWithItsChannel_DeadlineFromTheDayReceived_AndAudited()
    {
        var (shown, number, code) = await RecordAsync(setup.VerifikatorPages,
            form => Letter(form, followOnline: false, phone: "0812 3456 7890"), [SampleFiles.Png("surat-pindaian.png")]);

        Assert.Matches(@"^ADU-2026-\d{5}$", number);
        Assert.Null(code);
        Assert.Null(shown.QuerySelector("[data-access-code]"));
        await using var scope = setup.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.Complaints.AsNoTracking().SingleAsync(r => r.RegistrationNumber == number);
        Assert.Equal(ComplaintChannel.Surat, report.Channel);
        Assert.Equal(new DateOnly(2026, 7, 6), report.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 7, 13), report.DueOn);
        Assert.Null(report.ReporterId);
        Assert.Equal(ComplaintStatus.Diterima, report.Status);
        var web = await db.Complaints.AsNoTracking().SingleAsync(r => r.RegistrationNumber == setup.WebNumber);
        Assert.Equal(ComplaintChannel.Web, web.Channel);
        Assert.Null(web.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 7, 21), web.DueOn);

        // The scan went through the same intake: cleaned and sealed, nothing readable in the row.
        var attachment = await db.Attachments.AsNoTracking().Include(a => a.Blob).SingleAsync(a => a.ReportId == report.Id);
        Assert.Equal("image/png", attachment.ContentType);
        Assert.False(attachment.Blob!.Data.AsSpan().StartsWith(SampleFiles.PngSignature));

        // The contact is sealed in the access row; the reference and the content are sealed too.
        var access = await db.AnonymousAccesses.AsNoTracking().SingleAsync(a => a.ReportId == report.Id);
        Assert.NotNull(access.SealedContact);
        Assert.DoesNotContain("0812", Encoding.UTF8.GetString(access.SealedContact!), StringComparison.Ordinal);
        Assert.DoesNotContain("Surat No. 12", Encoding.UTF8.GetString(report.SealedContent), StringComparison.Ordinal);

        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.RecordComplaint && a.Subject == number);
        Assert.Equal(setup.Verifikator.Username, entry.Actor);
        Assert.Contains("kanal=Surat", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("diterima=2026-07-06", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("0812", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Pungutan", entry.Detail, StringComparison.Ordinal);

        // The Inspektur finds it in the inbox with its channel, already late, and reads the reference and the masked contact.
        var inbox = await setup.InspekturPages.GetPageAsync("/Staf?kanal=Surat");
        var row = inbox.QuerySelector($"tbody tr[data-number='{number}']");
        Assert.NotNull(row);
        Assert.Equal("Surat", row!.QuerySelector("[data-channel]")?.TextContent.Trim());
        Assert.Equal("Overdue", row.QuerySelector("[data-deadline]")?.GetAttribute("data-deadline"));
        var detail = await setup.InspekturPages.GetPageAsync($"/Staf/Pengaduan/{number}");
        Assert.Contains("Surat No. 12/VII/2026", detail.Text("main"), StringComparison.Ordinal);
        Assert.DoesNotContain("0812 3456 7890", detail.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FollowOnline_ShowsTheCodeOnce_ReceiptCarriesIt_AndItOpensLacak()
    {
        var (shown, number, code) = await RecordAsync(setup.InspekturPages,
            form => Letter(form, channel: "DatangLangsung", receivedOn: "2026-07-14", reference: null));

        Assert.NotNull(code);
        Assert.Matches(@"^\d{5}(-\d{5}){4}$", code);
        Assert.Contains("hanya ditampilkan sekali", shown.Text(".once-box"), StringComparison.Ordinal);
        await using (var scope = setup.Factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var report = await db.Complaints.AsNoTracking().SingleAsync(r => r.RegistrationNumber == number);
            var access = await db.AnonymousAccesses.AsNoTracking().SingleAsync(a => a.ReportId == report.Id);
            Assert.StartsWith("pbkdf2-sha256$600000$", access.CodeHash, StringComparison.Ordinal);
            Assert.DoesNotContain(code!.Replace("-", "", StringComparison.Ordinal), access.CodeHash, StringComparison.Ordinal);
            Assert.Null(access.SealedContact);
        }

        using var receipt = await setup.InspekturPages.SubmitAsync(shown, Url, new Dictionary<string, string?>(), formSelector: "form[action*='handler=TandaTerima']");
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Of(await receipt.Content.ReadAsByteArrayAsync());
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains("Datang langsung", text, StringComparison.Ordinal);

        // The page that was shown once is gone: the form again has no code, the report's page neither.
        var again = await setup.InspekturPages.GetPageAsync(Url);
        Assert.DoesNotContain(code, again.DocumentElement.OuterHtml, StringComparison.Ordinal);

        using var reporter = setup.Factory.CreatePageClient();
        using var opened = await AnonymousReporter.OpenAsync(reporter, number, code);
        Assert.Equal($"/Lacak/Pengaduan/{number}", opened.Headers.Location?.OriginalString);
        var page = await reporter.FollowAsync(opened);
        Assert.Equal("Diterima", page.Text(".status-block .status"));
        Assert.DoesNotContain(code, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receipt_ForSomeoneElsesRecording_OrAWrongCode_IsNotFound()
    {
        var (shown, number, _) = await RecordAsync(setup.InspekturPages, form => Letter(form, channel: "Telepon", reference: null));

        // Another Verifikator did not record it; a wrong code is never printed.
        using var other = await (await StaffMember.CreateAsync(setup.Factory, StaffRoles.Verifikator)).BrowserAsync();
        var own = await other.GetPageAsync(Url);
        using var refused = await other.Http.PostAsync(Url + "?handler=TandaTerima", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = own.ValueOf("__RequestVerificationToken")!,
            ["nomor"] = number,
        }));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var allowed = await setup.InspekturPages.SubmitAsync(shown, Url, new Dictionary<string, string?>(), formSelector: "form[action*='handler=TandaTerima']");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        using var wrong = await setup.InspekturPages.SubmitAsync(shown, Url, new Dictionary<string, string?> { ["kodeAkses"] = "11111-22222-33333-44444-55555" },
            formSelector: "form[action*='handler=TandaTerima']");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        using var web = await setup.InspekturPages.SubmitAsync(shown, Url, new Dictionary<string, string?> { ["nomor"] = setup.WebNumber, ["kodeAkses"] = "" },
            formSelector: "form[action*='handler=TandaTerima']");
        Assert.Equal(HttpStatusCode.NotFound, web.StatusCode);
        Assert.NotNull(number);
    }

    [Fact]
    public async Task Post_SameFormTwice_StoresOneReport()
    {
        var form = await setup.VerifikatorPages.GetPageAsync(Url);
        var values = Letter(form, channel: "Email", reference: null, followOnline: true);

        using var first = await setup.VerifikatorPages.SubmitAsync(form, Url, values, formSelector: "#report-form");
        using var second = await setup.VerifikatorPages.SubmitAsync(form, Url, values, formSelector: "#report-form");
        var one = await PageClient.ParseAsync(first);
        var two = await PageClient.ParseAsync(second);

        var number = one.QuerySelector("[data-registration-number]")?.TextContent.Trim();
        Assert.NotNull(number);
        Assert.Equal(number, two.QuerySelector("[data-registration-number]")?.TextContent.Trim());
        Assert.Equal(one.QuerySelector("[data-access-code]")?.TextContent, two.QuerySelector("[data-access-code]")?.TextContent);
        await using var scope = setup.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.RecordComplaint && a.Subject == number));
    }

    [Fact]
    public async Task Post_Invalid_KeepsWhatWasTyped_WithIndonesianReasons_AndStoresNothing()
    {
        await using var scope = setup.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var before = await db.Complaints.CountAsync();
        var form = await setup.VerifikatorPages.GetPageAsync(Url);
        var values = Letter(form, new ComplaintBuilder { Title = "" }, channel: "RujukanSp4nLapor", receivedOn: "2026-07-15", reference: "");
        values["Contact.PhoneNumber"] = "12345";

        using var response = await setup.VerifikatorPages.SubmitAsync(form, Url, values, [SampleFiles.Png()], formSelector: "#report-form");
        var page = await PageClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("[data-registration-number]"));
        var errors = PageClient.ErrorsOn(page);
        Assert.Contains("Tanggal diterima tidak boleh di masa depan", errors, StringComparison.Ordinal);
        Assert.Contains("Nomor tiket SP4N-LAPOR! wajib diisi", errors, StringComparison.Ordinal);
        Assert.Contains("Judul pengaduan wajib diisi", errors, StringComparison.Ordinal);
        Assert.Contains("Nomor HP tidak dikenali", errors, StringComparison.Ordinal);
        Assert.Equal("2026-07-15", page.ValueOf("Arrival.ReceivedOn"));
        Assert.Equal("RujukanSp4nLapor", page.QuerySelector("select[name='Arrival.Channel'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("12345", page.ValueOf("Contact.PhoneNumber"));
        Assert.Equal("Loket perizinan, Jl. Moch. Roem", page.ValueOf("Input.Location"));
        Assert.Equal(before, await db.Complaints.CountAsync());

        var missing = Letter(form, channel: "", receivedOn: "");
        using var again = await setup.VerifikatorPages.SubmitAsync(form, Url, missing, formSelector: "#report-form");
        var reasons = PageClient.ErrorsOn(await PageClient.ParseAsync(again));
        Assert.Contains("Pilih kanal penerimaan pengaduan", reasons, StringComparison.Ordinal);
        Assert.Contains("Tanggal diterima wajib diisi", reasons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_FiltersTheInbox_IsAnExportColumn_AndIsCountedInTheStatistics()
    {
        var (_, number, _) = await RecordAsync(setup.InspekturPages, form => Letter(form, channel: "KotakPengaduan", reference: null));

        var boxed = await setup.InspekturPages.GetPageAsync("/Staf?kanal=KotakPengaduan");
        var listed = boxed.QuerySelectorAll("table.inbox-table tbody tr").Select(r => r.GetAttribute("data-number")).ToList();
        Assert.Contains(number, listed);
        Assert.DoesNotContain(setup.WebNumber, listed);
        var site = await setup.InspekturPages.GetPageAsync("/Staf?kanal=Web");
        Assert.NotNull(site.QuerySelector($"tbody tr[data-number='{setup.WebNumber}']"));
        Assert.Null(site.QuerySelector($"tbody tr[data-number='{number}']"));

        using var csv = await setup.InspekturPages.Http.GetAsync("/Staf/Ekspor?format=csv&kanal=KotakPengaduan");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var kanal = Array.IndexOf(header, "Kanal");
        var received = Array.IndexOf(header, "Tanggal diterima");
        Assert.True(kanal >= 0 && received >= 0, lines[0]);
        var rowOf = lines.Skip(1).Select(l => l.Split(',')).Single(cells => cells[0] == number);
        Assert.Equal("Kotak pengaduan", rowOf[kanal]);
        Assert.Equal("2026-07-06", rowOf[received]);
        Assert.All(lines.Skip(1), l => Assert.Equal("Kotak pengaduan", l.Split(',')[kanal]));

        using var unknown = await setup.InspekturPages.Http.GetAsync("/Staf/Ekspor?format=csv&channel=Merpati");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        await using var scope = setup.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var perChannel = await db.Complaints.AsNoTracking().GroupBy(r => r.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        using var client = setup.Factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/statistics?year=2026"));
        var counts = json.RootElement.GetProperty("byChannel").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("count").GetInt64());
        Assert.Equal(Enum.GetValues<ComplaintChannel>().Select(c => c.Display()), counts.Keys);
        foreach (var channel in Enum.GetValues<ComplaintChannel>())
        {
            Assert.Equal(perChannel.SingleOrDefault(p => p.Key == channel)?.Count ?? 0, counts[channel.Display()]);
        }

        Assert.True(counts["Kotak pengaduan"] >= 1);
        var statistik = await setup.Factory.CreatePageClient().GetPageAsync("/Statistik?tahun=2026");
        Assert.Contains("Laporan Berdasarkan Kanal", statistik.Text("#grafik-kanal"), StringComparison.Ordinal);
    }
}
