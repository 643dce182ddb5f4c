using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;

namespace Wbs.Tests.Evidence;

/// <summary>The app with every evidence kind allowed, WebP included, so the whole corpus reaches the cleaners.</summary>
public sealed class AllKindsFactory : WbsFactory
{
    public AllKindsFactory()
    {
        string[] kinds = ["jpg", "png", "webp", "pdf", "docx", "xlsx", "mp4"];
        for (var i = 0; i < kinds.Length; i++)
        {
            Settings[$"Wbs:Evidence:AllowedTypes:{i}"] = kinds[i];
        }

        // One new reporter per hostile file, all from the test's one address.
        Settings["Wbs:RateLimits:RegistrationPerAddressPer10Minutes"] = "1000";
        Settings["Wbs:RateLimits:LoginPerAddressPerMinute"] = "1000";
    }
}

/// <summary>Every hostile file goes through the real upload: the server answers in time, and refuses it or stores it clean.</summary>
public class HostileUploadTests(AllKindsFactory factory) : IClassFixture<AllKindsFactory>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    public static TheoryData<string> Names => [.. HostileCorpus.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Upload_HostileFile_IsAnsweredInTimeAndRefusedOrStoredClean(string name)
    {
        var hostile = HostileCorpus.Named(name);
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var attachmentsBefore = await CountAttachmentsAsync();
        var upload = new UploadFile(name, hostile.Build(), hostile.ContentType);

        var watch = Stopwatch.StartNew();
        using var response = await api.CreateReportAsync(new ComplaintBuilder().WithFiles(upload));
        watch.Stop();

        Assert.True(watch.Elapsed < Bound, $"{name} ({hostile.Attack}) took {watch.Elapsed.TotalSeconds:0.0} s.");
        var body = await ApiClient.JsonAsync(response);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.StartsWith($"Berkas \"{name}\" ditolak: ", body.GetProperty("errors").GetProperty("files")[0].GetString(), StringComparison.Ordinal);
            Assert.Equal(0, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
            Assert.Equal(attachmentsBefore, await CountAttachmentsAsync());
            return;
        }

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name} answered {(int)response.StatusCode}: {body}");
        var number = body.GetProperty("registrationNumber").GetString();
        var attachment = (await api.GetJsonAsync($"/api/v1/reports/{number}")).GetProperty("attachments")[0];
        var stored = await api.Http.GetByteArrayAsync($"/api/v1/reports/{number}/attachments/{attachment.GetProperty("id").GetString()}");
        Assert.Null(HostileCorpus.FindUnsafe(stored));
    }

    [Theory]
    [InlineData("pdf-nested-arrays.pdf", "PDF ini bersarang terlalu dalam")]
    [InlineData("pdf-nested-dictionaries.pdf", "PDF ini bersarang terlalu dalam")]
    [InlineData("pdf-nested-packed-arrays.pdf", "berkas ini membuat pemeriksa berkas berhenti")]
    [InlineData("docx-nested-elements.docx", "dokumen ini bersarang terlalu dalam")]
    public async Task Upload_FileThatOverflowsAParser_Is400WithReasonAndTheNextReportWorks(string name, string reason)
    {
        var hostile = HostileCorpus.Named(name);
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var attachmentsBefore = await CountAttachmentsAsync();

        using var refused = await api.CreateReportAsync(new ComplaintBuilder().WithFiles(new UploadFile(name, hostile.Build(), hostile.ContentType)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = (await ApiClient.JsonAsync(refused)).GetProperty("errors").GetProperty("files")[0].GetString();
        Assert.StartsWith($"Berkas \"{name}\" ditolak: {reason}", error, StringComparison.Ordinal);
        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
        Assert.Equal(attachmentsBefore, await CountAttachmentsAsync());
        await api.CreateValidReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Pdf()));
        Assert.Equal(1, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
    }

    [Fact]
    public async Task Upload_Mp4WithSizeNear2To63_IsRefusedWithinFiveSeconds()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var mp4 = HostileCorpus.SpinningMp4();

        var watch = Stopwatch.StartNew();
        using var refused = await api.CreateReportAsync(new ComplaintBuilder().WithFiles(new UploadFile("putar.mp4", mp4, "video/mp4")));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(32, mp4.Length);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("Berkas \"putar.mp4\" ditolak: video MP4 ini rusak", (await ApiClient.JsonAsync(refused)).GetProperty("errors").GetProperty("files")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_PdfThatSpunTheCleaner_IsRefusedQuicklyWithItsReasonAndTheNextReportWorks()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var attachmentsBefore = await CountAttachmentsAsync();

        var watch = Stopwatch.StartNew();
        using var refused = await api.CreateReportAsync(new ComplaintBuilder().WithFiles(new UploadFile("putar.pdf", FuzzFindings.SpinningPdf(), "application/pdf")));
        watch.Stop();

        // Well inside the worker's 12 s timeout: the parser is stopped, not the worker killed.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("Berkas \"putar.pdf\" ditolak: PDF ini rusak sehingga pembacanya berputar tanpa akhir", (await ApiClient.JsonAsync(refused)).GetProperty("errors").GetProperty("files")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(attachmentsBefore, await CountAttachmentsAsync());
        await api.CreateValidReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Pdf()));
        Assert.Equal(1, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
    }

    private async Task<int> CountAttachmentsAsync()
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Attachments.CountAsync();
    }
}
