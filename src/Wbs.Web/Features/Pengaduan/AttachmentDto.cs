namespace Wbs.Web.Features.Pengaduan;

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, IReadOnlyList<string> RemovedMetadata);
