using System.ComponentModel;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>The multipart fields of POST /api/v1/gratifications, described for the OpenAPI document.</summary>
public sealed class GratificationForm
{
    [Description("penerimaan | penolakan")]
    public required string ReportType { get; init; }

    public required string FullName { get; init; }

    [Description("16 digits (KTP).")]
    public required string Nik { get; init; }

    [Description("18 digits; empty when not a civil servant.")]
    public string? Nip { get; init; }

    [Description("Jabatan / pangkat.")]
    public required string Position { get; init; }

    public required string Unit { get; init; }
    public required string Institution { get; init; }
    public required string PhoneNumber { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }

    [Description("A person, group or company; \"tidak diketahui\" when unknown.")]
    public required string GiverName { get; init; }

    public string? GiverOccupation { get; init; }
    public string? GiverAddress { get; init; }
    public string? GiverPhone { get; init; }

    [Description("keluarga | penyedia-atau-penerima-layanan | sesama-pegawai | tidak-diketahui | lainnya")]
    public required string Relationship { get; init; }

    [Description("Required when relationship is lainnya.")]
    public string? RelationshipOther { get; init; }

    [Description("acara-kedinasan | terkait-tugas | tidak-terkait-tugas | acara-adat-agama-musibah | keuntungan-investasi | lainnya")]
    public required string Occasion { get; init; }

    [Description("Required when occasion is lainnya.")]
    public string? OccasionOther { get; init; }

    [Description("uang | makanan | cendera-mata | fasilitas | barang-lainnya")]
    public required string ObjectType { get; init; }

    public required string ObjectDescription { get; init; }

    [Description("Rupiah, digits (1500000 or 1.500.000).")]
    public required string EstimatedValue { get; init; }

    [Description("yyyy-MM-dd, not in the future.")]
    public required string ReceivedDate { get; init; }

    public required string ReceivedPlace { get; init; }

    [Description("disimpan-pelapor | dititipkan-di-upg | dititipkan-di-kpk")]
    public required string ObjectLocation { get; init; }

    public required string Chronology { get; init; }
    public IFormFileCollection? Files { get; init; }
}
