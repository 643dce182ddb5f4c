namespace Wbs.Web.Features.Pengaduan.Pelimpahan;

/// <summary>One text of a case as the hand-over form shows it for marking ("uraian", "riwayat-12", "pesan-7").</summary>
public sealed record HandoverPart(string Key, string Label, string Text);
