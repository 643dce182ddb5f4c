namespace Wbs.Web.Features.Pengaduan.Pelimpahan;

/// <summary>A package opened again for its Inspektur: the same bytes as sent.</summary>
public sealed record HandoverDownload(string FileName, byte[] Content);
