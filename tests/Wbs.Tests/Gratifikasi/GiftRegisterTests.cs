using System.Net;
using MiniExcelLibs;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The UPG's register of objects held: the life of one object from receipt until KPK's decision is carried out, and its export.</summary>
public class GiftRegisterTests(UpgFixture upg) : IClassFixture<UpgFixture>
{
    private const string Url = "/Staf/Gratifikasi/Titipan";

    private static DateOnly Today => UpgFixture.Today;

    private async Task<HttpResponseMessage> RecordAsync(string number, CustodyStep step, string place, string handledBy = "Sari Wulandari, staf UPG") =>
        await upg.Upg.SubmitAsync(await upg.Upg.GetPageAsync(Url), Url, new Dictionary<string, string?>
        {
            ["Langkah.Number"] = number,
            ["Langkah.Step"] = step.ToString(),
            ["Langkah.On"] = UpgPage.Iso(Today),
            ["Langkah.Place"] = place,
            ["Langkah.HandledBy"] = handledBy,
        }, formSelector: "#catat-langkah form");

    private async Task<string> RefusedAsync(string number, CustodyStep step, string place = "Brankas UPG")
    {
        using var response = await RecordAsync(number, step, place);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await PageClient.ParseAsync(response)).Text(".error-summary");
    }

    private async Task RecordedAsync(string number, CustodyStep step, string place)
    {
        using var response = await RecordAsync(number, step, place);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task AnObject_FromReceiptUntilHandedToTheState()
    {
        var report = await upg.InStatusAsync(GratificationStatus.DiverifikasiUpg);
        var n = report.Number;

        Assert.Contains("Catat dahulu penerimaan objek oleh UPG.", await RefusedAsync(n, CustodyStep.Dipindahkan), StringComparison.Ordinal);

        await RecordedAsync(n, CustodyStep.DiterimaUpg, "Lemari arsip UPG, ruang 2");
        var page = await upg.Upg.GetPageAsync(Url);
        var row = page.QuerySelector($"tr[data-number='{n}']")!;
        Assert.Equal("ya", row.GetAttribute("data-held"));
        Assert.Equal("Lemari arsip UPG, ruang 2", row.Text("[data-place]"));
        Assert.Contains("Sari Wulandari, staf UPG", row.Text("[data-step]"), StringComparison.Ordinal);

        await RecordedAsync(n, CustodyStep.Dipindahkan, "Brankas UPG");
        Assert.Contains("setelah KPK menetapkannya milik negara", await RefusedAsync(n, CustodyStep.DiserahkanKeNegara, "KPK"), StringComparison.Ordinal);

        await UpgPage.MoveAsync(upg.Upg, n, Today, GratificationStatus.DiteruskanKeKpk, GratificationStatus.DitetapkanKpk);
        Assert.Contains("milik penerima", await RefusedAsync(n, CustodyStep.DikembalikanKePenerima, "Penerima"), StringComparison.Ordinal);
        await RecordedAsync(n, CustodyStep.DiserahkanKeNegara, "Diserahkan ke KPK, Jakarta");

        row = (await upg.Upg.GetPageAsync(Url)).QuerySelector($"tr[data-number='{n}']")!;
        Assert.Equal("tidak", row.GetAttribute("data-held"));
        Assert.Equal("Diserahkan ke KPK, Jakarta", row.Text("[data-place]"));
        Assert.Contains("sudah tidak disimpan UPG", await RefusedAsync(n, CustodyStep.Dipindahkan), StringComparison.Ordinal);

        // The export for the periodic report to KPK: the object with where it is now, and each of its steps.
        using var export = await upg.Upg.Http.GetAsync(Url + "?handler=Ekspor");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        await using var xlsx = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var objects = xlsx.Query(useHeaderRow: true, sheetName: "Barang titipan").Cast<IDictionary<string, object>>().ToList();
        var mine = Assert.Single(objects, o => (string)o["Nomor registrasi"] == n);
        Assert.Equal("Diserahkan ke KPK, Jakarta", mine["Keberadaan sekarang"]);
        Assert.Equal("Milik negara", mine["Penetapan KPK"]);
        Assert.Equal("Tidak", mine["Masih disimpan UPG"]);
        xlsx.Position = 0;
        var steps = xlsx.Query(useHeaderRow: true, sheetName: "Riwayat").Cast<IDictionary<string, object>>().Where(s => (string)s["Nomor registrasi"] == n).ToList();
        Assert.Equal(["Diterima UPG", "Dipindahkan", "Diserahkan ke negara (KPK)"], steps.Select(s => (string)s["Langkah"]).ToList());
        Assert.All(steps, s => Assert.Equal(upg.Officer.Username, s["Dicatat oleh"]));
    }

    [Fact]
    public async Task AStep_NeedsPlaceAndWhoHandledIt_AndAKnownNumber()
    {
        var report = await upg.InStatusAsync(GratificationStatus.DiverifikasiUpg);

        using (var response = await RecordAsync(report.Number, CustodyStep.DiterimaUpg, " ", " "))
        {
            var summary = (await PageClient.ParseAsync(response)).Text(".error-summary");
            Assert.Contains("Isi tempat objek berada", summary, StringComparison.Ordinal);
            Assert.Contains("Isi siapa yang menangani objek", summary, StringComparison.Ordinal);
        }

        Assert.Contains("tidak ditemukan", await RefusedAsync("GRT-2019-99999", CustodyStep.DiterimaUpg), StringComparison.Ordinal);
    }
}
