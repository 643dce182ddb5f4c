using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Security;
using Wbs.Web.Data;
using Wbs.Web.Evidence;
using Wbs.Web.Security;

namespace Wbs.Tests.Evidence;

/// <summary>Evidence stored in chunks through the whole path (upload, database, download), and files stored before chunking still open.</summary>
public class EvidenceStreamingTests
{
    [Fact]
    public async Task Upload_OfManyChunks_IsStoredChunkedAndDownloadsAsTheCleanedCopy()
    {
        using var factory = new WbsFactory();
        var reporter = await ApiReporter.RegisterAsync(factory.CreateClient(), "arus.sungai");
        // Past 4 MiB, so PostgreSQL gets it in more than one piece too.
        var upload = VideoWithMedia((9 << 20) + 4321);
        var number = await reporter.SubmitAsync(ApiReporter.ValidFields(), ("rekaman.mp4", upload));

        var (reportId, attachmentId, stored, original) = await StoredAsync(factory, number);
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Mp4, upload).Content;
        Assert.Equal(EvidenceChunks.Version, stored[0]);
        Assert.Equal(EvidenceChunks.SealedLength(cleaned.Length), stored.Length);
        Assert.NotNull(original);
        Assert.Equal(EvidenceChunks.SealedLength(upload.Length), original!.Length);

        var download = await reporter.Client.GetByteArrayAsync($"/api/v1/reports/{number}/attachments/{attachmentId}");
        Assert.Equal(cleaned, download);

        await using var scope = factory.Services.CreateAsyncScope();
        var sealer = scope.ServiceProvider.GetRequiredService<ContentSealer>();
        Assert.Equal(upload, sealer.OpenBytes(attachmentId, original));
        Assert.Equal(cleaned, sealer.OpenBytes(reportId, stored));
    }

    [Fact]
    public async Task StoredChunks_TamperedInTheDatabase_AreRefusedOnDownload()
    {
        using var factory = new WbsFactory();
        var reporter = await ApiReporter.RegisterAsync(factory.CreateClient(), "arus.deras");
        var number = await reporter.SubmitAsync(ApiReporter.ValidFields(), ("rekaman.mp4", VideoWithMedia(3 * EvidenceChunks.ChunkSize)));
        var (_, attachmentId, stored, _) = await StoredAsync(factory, number);

        // The last chunk dropped: what is left ends on a chunk that was not sealed as the final one.
        var lastChunk = (stored.Length - EvidenceChunks.HeaderSize) % (EvidenceChunks.ChunkSize + EvidenceChunks.TagSize);
        await ReplaceAsync(factory, attachmentId, stored[..^(lastChunk == 0 ? EvidenceChunks.ChunkSize + EvidenceChunks.TagSize : lastChunk)]);

        // The chunks before the cut are sent, then the answer breaks off instead of ending as if the file were whole.
        var status = HttpStatusCode.OK;
        var failure = await Record.ExceptionAsync(async () =>
        {
            using var response = await reporter.Client.GetAsync($"/api/v1/reports/{number}/attachments/{attachmentId}", HttpCompletionOption.ResponseHeadersRead);
            status = response.StatusCode;
            await response.Content.ReadAsByteArrayAsync();
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(failure);
    }

    [Fact]
    public async Task FileStoredBeforeChunking_StillDownloads()
    {
        using var factory = new WbsFactory();
        var reporter = await ApiReporter.RegisterAsync(factory.CreateClient(), "arsip.lama");
        var number = await reporter.SubmitAsync(ApiReporter.ValidFields(), ("bukti.png", ApiReporter.Png()));
        var (reportId, attachmentId, _, _) = await StoredAsync(factory, number);
        var old = RandomNumberGenerator.GetBytes(150_000);

        // Format version 1: the whole file as one AES-GCM value, as evidence was stored before chunking.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var cipher = scope.ServiceProvider.GetRequiredService<IContentCipher>();
            var versionOne = cipher.Encrypt(reportId, old);
            Assert.Equal(1, versionOne[0]);
            await ReplaceAsync(factory, attachmentId, versionOne);
        }

        using var download = await reporter.Client.GetAsync($"/api/v1/reports/{number}/attachments/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(old, await download.Content.ReadAsByteArrayAsync());
    }

    private static async Task<(Guid ReportId, Guid AttachmentId, byte[] Stored, byte[]? Original)> StoredAsync(WbsFactory factory, string number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.Complaints.SingleAsync(r => r.RegistrationNumber == number);
        var attachment = await db.Attachments.Include(a => a.Blob).SingleAsync(a => a.ReportId == report.Id);
        return (report.Id, attachment.Id, attachment.Blob!.Data, attachment.Blob.SealedOriginal);
    }

    private static async Task ReplaceAsync(WbsFactory factory, Guid attachmentId, byte[] data)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var blob = await db.Set<Wbs.Web.Domain.AttachmentBlob>().SingleAsync(b => b.AttachmentId == attachmentId);
        blob.Data = data;
        await db.SaveChangesAsync();
    }

    /// <summary>The test video with its media data grown to about <paramref name="size"/> bytes, so the file spans several chunks.</summary>
    private static byte[] VideoWithMedia(int size)
    {
        var video = VideoSamples.Mp4();
        var media = RandomNumberGenerator.GetBytes(size);
        var box = new byte[8 + media.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(box, box.Length);
        "mdat"u8.CopyTo(box.AsSpan(4));
        media.CopyTo(box, 8);
        return [.. video, .. box];
    }
}
