namespace Wbs.Web.Domain;

/// <summary>The UPG's workflow: which status may follow which, and what each change must carry.</summary>
public static class GratificationWorkflow
{
    /// <summary>How many working days after receipt the law allows for reporting (UU 20/2001 Pasal 12C).</summary>
    public const int ReportingWorkingDays = 30;

    /// <summary>How many working days before the legal deadline the reporter is warned.</summary>
    public const int WarningWorkingDays = 5;

    private static readonly Dictionary<GratificationStatus, GratificationStatus[]> Next = new()
    {
        [GratificationStatus.Diajukan] = [GratificationStatus.DiverifikasiUpg, GratificationStatus.PerluDilengkapi],
        [GratificationStatus.PerluDilengkapi] = [GratificationStatus.Diajukan, GratificationStatus.DiverifikasiUpg, GratificationStatus.TidakDapatDitindaklanjuti],
        [GratificationStatus.DiverifikasiUpg] = [GratificationStatus.PerluDilengkapi, GratificationStatus.DiteruskanKeKpk],
        [GratificationStatus.DiteruskanKeKpk] = [GratificationStatus.DitetapkanKpk],
        [GratificationStatus.DitetapkanKpk] = [GratificationStatus.Selesai],
        [GratificationStatus.Selesai] = [],
        [GratificationStatus.TidakDapatDitindaklanjuti] = [],
    };

    public static IReadOnlyList<GratificationStatus> AllowedFrom(GratificationStatus status) => Next[status];

    /// <summary>The moves the UPG makes; Perlu Dilengkapi → Diajukan belongs to the reporter's completion.</summary>
    public static IReadOnlyList<GratificationStatus> StaffMovesFrom(GratificationStatus status) =>
        Next[status].Where(to => !(status == GratificationStatus.PerluDilengkapi && to == GratificationStatus.Diajukan)).ToList();

    public static bool IsAllowed(GratificationStatus from, GratificationStatus to) => Next[from].Contains(to);

    /// <summary>Checks a change the UPG asks for; returns Indonesian messages keyed by field, empty when it may proceed.</summary>
    /// <param name="submittedOn">The local day the UPG received the report: nothing is forwarded before it.</param>
    /// <param name="forwardedOn">The day the report went to KPK: KPK decides nothing before it.</param>
    /// <param name="completionDue">While Perlu Dilengkapi, the reporter's last day to complete: the report is declared
    /// not to be followed up only after it (Peraturan KPK 1/2026 Pasal 14).</param>
    public static Dictionary<string, string> Check(
        GratificationStatus from, GratificationStatusChange change, DateOnly today, DateOnly? submittedOn = null, DateOnly? forwardedOn = null,
        DateOnly? completionDue = null)
    {
        var errors = new Dictionary<string, string>();
        if (!StaffMovesFrom(from).Contains(change.To))
        {
            errors["status"] = $"Status tidak dapat diubah dari {from.Display()} ke {change.To.Display()}.";
            return errors;
        }

        if (change.To == GratificationStatus.PerluDilengkapi && string.IsNullOrWhiteSpace(change.PublicNote))
        {
            errors["publicNote"] = "Tuliskan untuk pelapor apa yang perlu dilengkapi.";
        }

        if (change.To == GratificationStatus.TidakDapatDitindaklanjuti && completionDue is { } due && today <= due)
        {
            errors["status"] = $"Laporan baru dapat dinyatakan tidak dapat ditindaklanjuti setelah batas waktu melengkapi lewat ({due.ToString("d MMMM yyyy", Infrastructure.Culture.Indonesian)}).";
        }

        if (change.To == GratificationStatus.DiteruskanKeKpk)
        {
            if (change.ForwardedOn is not { } forwarded)
            {
                errors["forwardedOn"] = "Isi tanggal laporan diteruskan ke KPK.";
            }
            else if (forwarded > today)
            {
                errors["forwardedOn"] = "Tanggal penerusan ke KPK tidak boleh di masa depan.";
            }
            else if (forwarded < submittedOn)
            {
                errors["forwardedOn"] = $"Tanggal penerusan ke KPK tidak boleh sebelum laporan diterima UPG ({submittedOn.Value.ToString("d MMMM yyyy", Infrastructure.Culture.Indonesian)}).";
            }
        }

        if (change.To == GratificationStatus.DitetapkanKpk)
        {
            if (change.Decision is null)
            {
                errors["decision"] = "Pilih penetapan KPK: milik negara atau milik penerima.";
            }

            if (string.IsNullOrWhiteSpace(change.DecisionNumber))
            {
                errors["decisionNumber"] = "Isi nomor surat keputusan KPK.";
            }
            else if (change.DecisionNumber.Trim().Length > 100)
            {
                errors["decisionNumber"] = "Nomor surat keputusan paling banyak 100 karakter.";
            }

            if (change.SignatoryLevel is null)
            {
                errors["signatoryLevel"] = "Pilih tingkat jabatan pelapor yang menentukan penanda tangan surat keputusan.";
            }

            if (string.IsNullOrWhiteSpace(change.SignedBy))
            {
                errors["signedBy"] = "Isi penanda tangan surat keputusan KPK (jabatannya, sesuai surat).";
            }
            else if (change.SignedBy.Trim().Length > 200)
            {
                errors["signedBy"] = "Penanda tangan paling banyak 200 karakter.";
            }

            if (change.DecisionDate is not { } decided)
            {
                errors["decisionDate"] = "Isi tanggal surat keputusan KPK.";
            }
            else if (decided > today)
            {
                errors["decisionDate"] = "Tanggal surat keputusan tidak boleh di masa depan.";
            }
            else if (decided < forwardedOn)
            {
                errors["decisionDate"] = $"Tanggal surat keputusan tidak boleh sebelum laporan diteruskan ke KPK ({forwardedOn.Value.ToString("d MMMM yyyy", Infrastructure.Culture.Indonesian)}).";
            }
        }

        return errors;
    }
}
