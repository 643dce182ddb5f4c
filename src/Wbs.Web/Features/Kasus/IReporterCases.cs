using Wbs.Web.Evidence;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Kasus;

/// <summary>What a report kind offers its reporter; every call is scoped to the reporter, another's number is not found.</summary>
public interface IReporterCases<TItem, TDetail>
    where TDetail : class
{
    Task<List<TItem>> ListAsync(string reporterId, CancellationToken ct);

    Task<TDetail?> FindAsync(ReportOwner owner, string registrationNumber, CancellationToken ct, bool markRead = false);

    Task<AttachmentDownload?> DownloadAsync(ReportOwner owner, string registrationNumber, Guid attachmentId, CancellationToken ct);

    Task<Outcome> SendMessageAsync(ReportOwner owner, string registrationNumber, string? body, CancellationToken ct);

    Task<Outcome> CompleteAsync(ReportOwner owner, string registrationNumber, string? information, IReadOnlyList<IncomingFile> files, CancellationToken ct);
}
