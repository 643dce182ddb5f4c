namespace Wbs.Web.Features.Pengaduan.Pelimpahan;

/// <summary>What a reporter is told when their identity went with a hand-over: to whom, when and why.</summary>
public sealed record ReporterHandoverNotice(string Recipient, DateTime At, string Reason);
