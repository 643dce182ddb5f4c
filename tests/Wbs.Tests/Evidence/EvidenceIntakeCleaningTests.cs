using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using Microsoft.Extensions.Options;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;

namespace Wbs.Tests.Evidence;

public class EvidenceIntakeCleaningTests
{
    private static readonly EvidenceIntake Intake = new(Options.Create(new EvidenceOptions { AllowedTypes = ["jpg", "png", "webp", "pdf", "docx", "xlsx", "mp4"] }));

    [Fact]
    public async Task CheckAsync_Photo_KeepsTheUploadAsOriginalAndHandsOnTheCleanedCopy()
    {
        var upload = ImageSamples.Jpeg();

        var (files, errors) = await Intake.CheckAsync([Incoming("IMG_2041.jpg", upload)], CancellationToken.None);

        Assert.Empty(errors);
        var file = Assert.Single(files);
        Assert.NotNull(file.Original);
        Assert.Equal(upload, ReadAll(file.Original()));
        Assert.NotEqual(upload, ReadAll(file.Content.OpenRead()));
        Assert.Equal(EvidenceCleaner.Clean(FileTypeSniffer.Jpeg, upload).Content, ReadAll(file.Content.OpenRead()));
        Assert.Contains("EXIF (lokasi GPS)", file.RemovedMetadata);
    }

    [Fact]
    public async Task CheckAsync_FileWithoutMetadata_KeepsNoSeparateOriginal()
    {
        var plain = EvidenceCleaner.Clean(FileTypeSniffer.Jpeg, ImageSamples.Jpeg()).Content;

        var (files, errors) = await Intake.CheckAsync([Incoming("bersih.jpg", plain)], CancellationToken.None);

        Assert.Empty(errors);
        var file = Assert.Single(files);
        Assert.Null(file.Original);
        Assert.Equal(plain, ReadAll(file.Content.OpenRead()));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            var output = new MemoryStream();
            stream.CopyTo(output);
            return output.ToArray();
        }
    }

    [Fact]
    public async Task CheckAsync_PdfThatCannotBeCleaned_IsRefusedNamingTheFile()
    {
        var broken = Encoding.Latin1.GetBytes("%PDF-1.7\nbukan PDF yang utuh\n");

        var (files, errors) = await Intake.CheckAsync([Incoming("bukti.pdf", broken)], CancellationToken.None);

        Assert.Empty(files);
        var error = Assert.Single(errors);
        Assert.StartsWith("Berkas \"bukti.pdf\" ditolak: PDF ini tidak dapat dibuka", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_SubmittedEvidence_ShowsRemovedMetadataAndServesTheCleanedCopy()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();
        await SignInAsync(client);
        var typeId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/violation-types"))[0].GetProperty("id").GetInt32();

        using var form = new MultipartFormDataContent
        {
            { new StringContent("Pengadaan fiktif"), "title" },
            { new StringContent("Ada pembayaran untuk barang yang tidak pernah datang."), "description" },
            { new StringContent(typeId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "violationTypeId" },
            { new StringContent("[{\"name\":\"Pejabat X\"}]"), "reportedPersons" },
            { new StringContent("Gudang kantor"), "location" },
            { new StringContent("2026-01-05"), "incidentDate" },
            { File(ImageSamples.Jpeg(), "image/jpeg"), "files", "foto.jpg" },
            { File(PdfSamples.WithRevision(), "application/pdf"), "files", "memo.pdf" },
        };
        var created = await client.PostAsync("/api/v1/reports", form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registrationNumber").GetString();

        var report = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{number}");

        var attachments = report.GetProperty("attachments").EnumerateArray().ToList();
        var photo = attachments.Single(a => a.GetProperty("contentType").GetString() == "image/jpeg");
        var pdf = attachments.Single(a => a.GetProperty("contentType").GetString() == "application/pdf");
        var photoRemoved = photo.GetProperty("removedMetadata").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("EXIF (lokasi GPS)", photoRemoved);
        Assert.Contains("EXIF (kamera: model, nomor seri)", photoRemoved);
        Assert.Contains("PDF Info (Author, Producer)", pdf.GetProperty("removedMetadata").EnumerateArray().Select(e => e.GetString()));
        var served = await client.GetByteArrayAsync($"/api/v1/reports/{number}/attachments/{photo.GetProperty("id").GetString()}");
        Assert.Empty(ImageMetadataReader.ReadMetadata(new MemoryStream(served)).OfType<GpsDirectory>());
    }

    private static IncomingFile Incoming(string name, byte[] content) => new(name, content.Length, () => new MemoryStream(content));

    private static ByteArrayContent File(byte[] content, string type)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return file;
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var username = "saksi-" + Guid.NewGuid().ToString("N")[..12];
        var register = await client.PostAsJsonAsync("/api/v1/auth/register", new { username, password = "kata-sandi-panjang", phoneNumber = "081234567890" });
        Assert.True(register.StatusCode == HttpStatusCode.Created, await register.Content.ReadAsStringAsync());
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password = "kata-sandi-panjang" });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
