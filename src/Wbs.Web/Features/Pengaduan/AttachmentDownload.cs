namespace Wbs.Web.Features.Pengaduan;

public sealed record AttachmentDownload(string FileName, string ContentType, byte[] Content);
