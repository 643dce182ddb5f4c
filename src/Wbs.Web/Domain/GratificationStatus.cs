namespace Wbs.Web.Domain;

/// <summary>The life cycle of a gratification report; stored by name.</summary>
public enum GratificationStatus
{
    Diajukan,
    DiverifikasiUpg,
    PerluDilengkapi,
    DiteruskanKeKpk,
    DitetapkanKpk,
    Selesai,

    /// <summary>
    /// Not completed within the completion window (Peraturan KPK 1/2026 Pasal 14): the report is not followed up.
    /// Final, and not counted as resolved.
    /// </summary>
    TidakDapatDitindaklanjuti,
}

/// <summary>Indonesian wording of the choices of a gratification report, and the codes the API accepts.</summary>
public static class GratificationText
{
    public static string Display(this GratificationStatus status) => status switch
    {
        GratificationStatus.Diajukan => "Diajukan",
        GratificationStatus.DiverifikasiUpg => "Diverifikasi UPG",
        GratificationStatus.PerluDilengkapi => "Perlu Dilengkapi",
        GratificationStatus.DiteruskanKeKpk => "Diteruskan ke KPK",
        GratificationStatus.DitetapkanKpk => "Ditetapkan KPK",
        GratificationStatus.Selesai => "Selesai",
        GratificationStatus.TidakDapatDitindaklanjuti => "Tidak Dapat Ditindaklanjuti",
        _ => status.ToString(),
    };

    public static bool IsFinal(this GratificationStatus status) => status is GratificationStatus.Selesai or GratificationStatus.TidakDapatDitindaklanjuti;

    public static string Display(this GratificationReportType type) => type switch
    {
        GratificationReportType.Penerimaan => "Penerimaan gratifikasi",
        GratificationReportType.Penolakan => "Penolakan gratifikasi",
        _ => type.ToString(),
    };

    public static string Display(this GiverRelationship relationship) => relationship switch
    {
        GiverRelationship.Keluarga => "Keluarga",
        GiverRelationship.PenyediaAtauPenerimaLayanan => "Penyedia barang/jasa, penerima layanan, atau terkait pemeriksaan",
        GiverRelationship.SesamaPegawai => "Sesama pegawai",
        GiverRelationship.TidakDiketahui => "Tidak diketahui",
        GiverRelationship.Lainnya => "Lainnya",
        _ => relationship.ToString(),
    };

    public static string Display(this GiftOccasion occasion) => occasion switch
    {
        GiftOccasion.AcaraKedinasan => "Pisah sambut, pensiun, mutasi jabatan, atau ulang tahun",
        GiftOccasion.TerkaitTugas => "Terkait tugas / kedinasan",
        GiftOccasion.TidakTerkaitTugas => "Tidak terkait tugas",
        GiftOccasion.AcaraAdatAgamaMusibah => "Pernikahan, upacara adat, keagamaan, atau musibah",
        GiftOccasion.KeuntunganInvestasi => "Keuntungan investasi, koperasi, atau undian",
        GiftOccasion.Lainnya => "Lainnya",
        _ => occasion.ToString(),
    };

    public static string Display(this GiftObjectType objectType) => objectType switch
    {
        GiftObjectType.Uang => "Uang / setara uang",
        GiftObjectType.Makanan => "Makanan / minuman",
        GiftObjectType.CenderaMata => "Cendera mata, plakat, atau karangan bunga",
        GiftObjectType.Fasilitas => "Tiket, penginapan, atau fasilitas lain",
        GiftObjectType.BarangLainnya => "Barang lainnya",
        _ => objectType.ToString(),
    };

    public static string Display(this GiftLocation location) => location switch
    {
        GiftLocation.DisimpanPelapor => "Disimpan pelapor",
        GiftLocation.DititipkanDiUpg => "Dititipkan di UPG",
        GiftLocation.DititipkanDiKpk => "Dititipkan di KPK",
        _ => location.ToString(),
    };

    public static string Display(this PositionLevel level) => level switch
    {
        PositionLevel.PimpinanTinggi => "Penyelenggara negara / pimpinan tinggi (eselon I–II)",
        PositionLevel.Administrator => "Administrator (eselon III)",
        PositionLevel.Pengawas => "Pengawas (eselon IV)",
        PositionLevel.PelaksanaAtauFungsional => "Pelaksana, fungsional, atau non-ASN",
        _ => level.ToString(),
    };

    public static string Display(this CustodyStep step) => step switch
    {
        CustodyStep.DiterimaUpg => "Diterima UPG",
        CustodyStep.Dipindahkan => "Dipindahkan",
        CustodyStep.DiserahkanKeNegara => "Diserahkan ke negara (KPK)",
        CustodyStep.DikembalikanKePenerima => "Dikembalikan kepada penerima",
        _ => step.ToString(),
    };

    public static string Display(this KpkDecision decision) => decision switch
    {
        KpkDecision.MilikNegara => "Milik negara",
        KpkDecision.MilikPenerima => "Milik penerima",
        _ => decision.ToString(),
    };

    /// <summary>The API's code of a choice: its name in lower-case words joined by hyphens ("dititipkan-di-upg").</summary>
    public static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>Reads a choice from its code or its name, ignoring case; null when it is none of them.</summary>
    public static T? Parse<T>(string? text)
        where T : struct, Enum
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t) || t.All(char.IsAsciiDigit))
        {
            return null;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Code(value), t, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), t, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}

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

public sealed record GratificationStatusChange(
    GratificationStatus To, string? PublicNote, string? InternalNote,
    DateOnly? ForwardedOn = null, KpkDecision? Decision = null, string? DecisionNumber = null, DateOnly? DecisionDate = null,
    PositionLevel? SignatoryLevel = null, string? SignedBy = null);
