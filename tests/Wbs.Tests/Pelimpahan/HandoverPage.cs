using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Pengaduan;

namespace Wbs.Tests.Pelimpahan;

/// <summary>The hand-over page driven as a browser would, and the package it gives read back as its recipient would.</summary>
public static class HandoverPage
{
    public static string Url(string number) => $"/Staf/Pengaduan/{number}/Pelimpahan";

    public static Dictionary<string, string?> Form(string recipient = "KPK", string letter = "700/045/ITKO/2026", string date = "2026-12-03") => new()
    {
        ["Input.Recipient"] = recipient,
        ["Input.LetterNumber"] = letter,
        ["Input.LetterDate"] = date,
    };

    /// <summary>Fills and sends the form; <paramref name="marked"/> replaces the text of parts by key ("uraian", …).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(PageClient staff, string number, Dictionary<string, string?> form, Dictionary<string, string>? marked = null)
    {
        var page = await staff.GetPageAsync(Url(number));
        foreach (var (key, text) in marked ?? [])
        {
            form[$"Input.Bagian[{key}]"] = text;
        }

        return await staff.SubmitAsync(page, Url(number), form, formSelector: "#form-pelimpahan");
    }

    /// <summary>The text a part's box shows on the page (the case's own text).</summary>
    public static string TextOf(IHtmlDocument page, string key) =>
        page.QuerySelector<IHtmlTextAreaElement>($"textarea[name='Input.Bagian[{key}]']")?.Value ?? throw new InvalidOperationException($"No part {key}.");

    /// <summary>Sends a valid package and returns the case page after it, asserting it was accepted.</summary>
    public static async Task<IHtmlDocument> CreateAsync(PageClient staff, string number, Dictionary<string, string?> form, Dictionary<string, string>? marked = null)
    {
        using var response = await SubmitAsync(staff, number, form, marked);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail("The package was refused: " + PageClient.ErrorsOn(await PageClient.ParseAsync(response)));
        }

        Assert.StartsWith(AduanPage.Url(number) + "?selesai=pelimpahan", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await staff.FollowAsync(response);
    }

    public static string DownloadLink(IHtmlDocument casePage) =>
        casePage.QuerySelectorAll("[data-package] a[download]").Select(a => a.GetAttribute("href")!).Last();

    public static async Task<byte[]> DownloadAsync(PageClient staff, string link)
    {
        using var response = await staff.Http.GetAsync(link);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The download answered {(int)response.StatusCode}.");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Every entry of a package by name.</summary>
    public static Dictionary<string, byte[]> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>The case file's text as a PDF reader extracts it.</summary>
    public static string CaseFileText(byte[] package, string number) => PdfText.Of(Entries(package)[$"berkas-pelimpahan-{number}.pdf"]);

    /// <summary>Checks MANIFEST.sha256 names every other entry with its true digest.</summary>
    public static void AssertManifestHolds(byte[] package)
    {
        var entries = Entries(package);
        var lines = Encoding.UTF8.GetString(entries["MANIFEST.sha256"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var listed = lines.Select(l => l.Split("  ", 2)).ToDictionary(p => p[1], p => p[0]);
        Assert.Equal(entries.Keys.Where(k => k != "MANIFEST.sha256").Order(), listed.Keys.Order());
        foreach (var (name, sha) in listed)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(entries[name])), sha);
        }
    }
}
