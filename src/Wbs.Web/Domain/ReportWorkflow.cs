namespace Wbs.Web.Domain;

/// <summary>The complaint workflow: which status may follow which, and what each change must carry.</summary>
public static class ReportWorkflow
{
    private static readonly Dictionary<ReportStatus, ReportStatus[]> Next = new()
    {
        [ReportStatus.Diterima] = [ReportStatus.Verifikasi],
        [ReportStatus.Verifikasi] = [ReportStatus.PerluDilengkapi, ReportStatus.Ditindaklanjuti, ReportStatus.Diteruskan, ReportStatus.Ditolak],
        [ReportStatus.PerluDilengkapi] = [ReportStatus.Verifikasi, ReportStatus.Ditolak],
        [ReportStatus.Ditindaklanjuti] = [ReportStatus.Selesai, ReportStatus.Diteruskan],
        [ReportStatus.Diteruskan] = [],
        [ReportStatus.Ditolak] = [],
        [ReportStatus.Selesai] = [],
    };

    /// <summary>The competent bodies a report can be forwarded to.</summary>
    public static readonly string[] ForwardTargets = ["APH (Kepolisian/Kejaksaan)", "KPK", "Ombudsman", "BPK/BPKP", "Instansi lain"];

    public static IReadOnlyList<ReportStatus> AllowedFrom(ReportStatus status) => Next[status];

    public static bool IsAllowed(ReportStatus from, ReportStatus to) => Next[from].Contains(to);

    public static bool RequiresPublicNote(ReportStatus to) =>
        to is ReportStatus.PerluDilengkapi or ReportStatus.Ditolak or ReportStatus.Diteruskan or ReportStatus.Selesai;

    /// <summary>Checks a requested change; returns Indonesian messages keyed by field, empty when it may proceed.</summary>
    public static Dictionary<string, string> Check(ReportStatus from, StatusChange change)
    {
        var errors = new Dictionary<string, string>();
        if (!IsAllowed(from, change.To))
        {
            errors["status"] = $"Status tidak dapat diubah dari {from.Display()} ke {change.To.Display()}.";
            return errors;
        }

        if (RequiresPublicNote(change.To) && string.IsNullOrWhiteSpace(change.PublicNote))
        {
            errors["publicNote"] = $"Catatan untuk pelapor wajib diisi untuk status {change.To.Display()}.";
        }

        if (change.To == ReportStatus.Selesai && change.Outcome is null)
        {
            errors["outcome"] = "Pilih hasil pemeriksaan: terbukti atau tidak terbukti.";
        }

        if (change.To == ReportStatus.Diteruskan && string.IsNullOrWhiteSpace(change.ForwardedTo))
        {
            errors["forwardedTo"] = "Sebutkan instansi tujuan penerusan (APH, KPK, Ombudsman, …).";
        }

        return errors;
    }
}

public sealed record StatusChange(ReportStatus To, string? PublicNote, string? InternalNote, ReportOutcome? Outcome, string? ForwardedTo);
