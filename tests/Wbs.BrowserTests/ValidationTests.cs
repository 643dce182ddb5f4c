using Microsoft.Playwright;
using Wbs.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>A half-filled "Tambah Pengaduan" comes back with Indonesian reasons and everything typed kept.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ValidationTests(BrowserFixture browser)
{
    [Fact]
    public async Task Submit_MissingFields_ShowsIndonesianErrors_KeepsTypedValues_ThenSendsOnceFixed()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var report = new ComplaintFields { File = TestImages.Png(), FileName = "foto.png" };
        await Reporter.RegisterAsync(page);
        await Reporter.OpenNewReportFormAsync(page);

        await page.GetByLabel("Judul pengaduan").FillAsync(report.Title);
        await page.GetByLabel("Lokasi (tempat / alamat)").FillAsync(report.Location);
        await page.GetByLabel("Motif / penyebab").FillAsync(report.Why);
        await Reporter.PersonRows(page).Nth(0).GetByLabel("Jabatan").FillAsync(report.FirstPerson.Position);
        await page.GetByLabel("Berkas bukti").SetInputFilesAsync(new FilePayload { Name = report.FileName, MimeType = report.FileMimeType, Buffer = report.File });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pengaduan" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Pengaduan belum terkirim.");
        string[] reasons =
        [
            "Pilih jenis pelanggaran.",
            "Uraian kejadian (What) wajib diisi.",
            "Setiap terlapor wajib diberi nama",
            "Tanggal kejadian (When) wajib diisi",
            "Centang pernyataan bahwa pengaduan ini dibuat dengan itikad baik.",
        ];
        foreach (var reason in reasons)
        {
            await Expect(summary).ToContainTextAsync(reason);
        }

        // With script the reasons get focus; each links to a field that exists on the page.
        await Expect(summary).ToBeFocusedAsync();
        var targets = await summary.GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(targets.Length >= reasons.Length, $"Only {targets.Length} linked reasons for {reasons.Length} problems.");
        foreach (var target in targets)
        {
            Assert.StartsWith("#", target, StringComparison.Ordinal);
            await Expect(page.Locator(target)).ToHaveCountAsync(1);
        }

        // Each reason also stands next to its field, and the field is marked.
        await Expect(page.Locator(".field-error").Filter(new() { Has = page.GetByLabel("Uraian kejadian") })).ToContainTextAsync("wajib diisi");
        await Expect(page.Locator(".field-error").Filter(new() { Has = page.GetByLabel("Tanggal kejadian") })).ToContainTextAsync("wajib diisi");
        // A browser cannot keep a chosen file across a round trip; the form says so instead of losing it silently.
        await Expect(page.Locator(".field").Filter(new() { Has = page.GetByLabel("Berkas bukti") })).ToContainTextAsync("Pilih kembali berkas bukti sebelum mengirim.");
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Pilih kembali berkas bukti Anda." })).ToHaveAttributeAsync("href", "#Files");

        await Expect(page.GetByLabel("Judul pengaduan")).ToHaveValueAsync(report.Title);
        await Expect(page.GetByLabel("Lokasi (tempat / alamat)")).ToHaveValueAsync(report.Location);
        await Expect(page.GetByLabel("Motif / penyebab")).ToHaveValueAsync(report.Why);
        await Expect(Reporter.PersonRows(page).Nth(0).GetByLabel("Jabatan")).ToHaveValueAsync(report.FirstPerson.Position);
        await Expect(page.GetByLabel("itikad baik")).Not.ToBeCheckedAsync();
        Assert.Equal("Tambah Pengaduan", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());

        // Fixing only what was marked is enough: the kept values are sent along.
        await Reporter.PersonRows(page).Nth(0).GetByLabel("Nama", new() { Exact = true }).FillAsync(report.FirstPerson.Name);
        await page.GetByLabel("Jenis pelanggaran").SelectOptionAsync(new SelectOptionValue { Label = report.ViolationType });
        await page.GetByLabel("Uraian kejadian").FillAsync(report.Description);
        await page.GetByLabel("Tanggal kejadian").FillAsync(report.IncidentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Berkas bukti").SetInputFilesAsync(new FilePayload { Name = report.FileName, MimeType = report.FileMimeType, Buffer = report.File });
        await page.GetByLabel("itikad baik").CheckAsync();
        var number = await Reporter.SubmitAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        var facts = page.Locator(".facts");
        await Expect(facts).ToContainTextAsync(report.Location);
        await Expect(facts).ToContainTextAsync(report.Why);
        await Expect(facts).ToContainTextAsync($"{report.FirstPerson.Name}, {report.FirstPerson.Position}");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Berkas bukti" }).GetByRole(AriaRole.Link, new() { Name = report.FileName })).ToBeVisibleAsync();
        session.Guard.AssertClean();
    }
}
