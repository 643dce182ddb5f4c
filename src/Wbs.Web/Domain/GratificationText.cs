namespace Wbs.Web.Domain;

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
