namespace Wbs.Web.Features.Pengaduan;

/// <summary>A file to send: <see cref="Content"/> is opened chunk by chunk as the response is written, and disposed by it.</summary>
public sealed record AttachmentDownload(string FileName, string ContentType, Stream Content);
