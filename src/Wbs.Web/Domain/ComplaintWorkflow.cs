namespace Wbs.Web.Domain;

/// <summary>The complaint workflow: which status may follow which, and what each change must carry.</summary>
public static class ComplaintWorkflow
{
    private static readonly Dictionary<ComplaintStatus, ComplaintStatus[]> Next = new()
    {
        [ComplaintStatus.Diterima] = [ComplaintStatus.Verifikasi],
        [ComplaintStatus.Verifikasi] = [ComplaintStatus.PerluDilengkapi, ComplaintStatus.Ditindaklanjuti, ComplaintStatus.Diteruskan, ComplaintStatus.Ditolak],
        [ComplaintStatus.PerluDilengkapi] = [ComplaintStatus.Verifikasi, ComplaintStatus.Ditolak],
        [ComplaintStatus.Ditindaklanjuti] = [ComplaintStatus.Selesai, ComplaintStatus.Diteruskan],
        [ComplaintStatus.Diteruskan] = [],
        [ComplaintStatus.Ditolak] = [],
        [ComplaintStatus.Selesai] = [],
    };

    /// <summary>The competent bodies a report can be forwarded to.</summary>
    public static readonly string[] ForwardTargets = ["APH (Kepolisian/Kejaksaan)", "KPK", "Ombudsman", "BPK/BPKP", "Instansi lain"];

    public static IReadOnlyList<ComplaintStatus> AllowedFrom(ComplaintStatus status) => Next[status];

    public static bool IsAllowed(ComplaintStatus from, ComplaintStatus to) => Next[from].Contains(to);

    public static bool RequiresPublicNote(ComplaintStatus to) =>
        to is ComplaintStatus.PerluDilengkapi or ComplaintStatus.Ditolak or ComplaintStatus.Diteruskan or ComplaintStatus.Selesai;

    /// <summary>Checks a requested change; returns Indonesian messages keyed by field, empty when it may proceed.</summary>
    public static Dictionary<string, string> Check(ComplaintStatus from, StatusChange change)
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

        if (change.To == ComplaintStatus.Selesai && change.Outcome is null)
        {
            errors["outcome"] = "Pilih hasil pemeriksaan: terbukti atau tidak terbukti.";
        }

        if (change.To == ComplaintStatus.Diteruskan && string.IsNullOrWhiteSpace(change.ForwardedTo))
        {
            errors["forwardedTo"] = "Sebutkan instansi tujuan penerusan (APH, KPK, Ombudsman, …).";
        }

        return errors;
    }
}
