using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// Whether a gift as the reporter describes it looks exempt from reporting under Peraturan KPK 2/2019 Pasal 2 ayat (3)
/// as amended by Peraturan KPK 1/2026, and why, in plain Indonesian. It is guidance only: a report is never refused
/// because of it, and the UPG and KPK decide.
/// </summary>
public sealed record GiftExemption(ExemptionVerdict Verdict, string Message)
{
    /// <summary>Assesses a gift; <paramref name="yearTotalFromGiver"/> is what the same giver gave within a year, this gift included, when the reporter knows it.</summary>
    public static GiftExemption Assess(
        GratificationRules rules, GratificationReportType? type, GiverRelationship? relationship, GiftOccasion? occasion,
        GiftObjectType? objectType, decimal? value, decimal? yearTotalFromGiver = null)
    {
        if (type == GratificationReportType.Penolakan)
        {
            return new(ExemptionVerdict.Unknown, "Penolakan gratifikasi tetap dapat dilaporkan berapa pun nilainya.");
        }

        if (relationship == GiverRelationship.PenyediaAtauPenerimaLayanan || occasion == GiftOccasion.TerkaitTugas)
        {
            return new(ExemptionVerdict.MustReport,
                "Wajib dilaporkan: pemberian dari pihak yang berurusan dengan tugas Anda, atau terkait tugas dan kedinasan, tidak dikecualikan berapa pun nilainya.");
        }

        if (value is not { } v || (relationship is null && occasion is null))
        {
            return new(ExemptionVerdict.Unknown, "Isi hubungan dengan pemberi, peristiwa pemberian, jenis objek, dan nilainya untuk melihat apakah pemberian ini wajib dilaporkan.");
        }

        if (occasion == GiftOccasion.AcaraAdatAgamaMusibah)
        {
            return v <= rules.CeremonyLimitPerGiver
                ? new(ExemptionVerdict.LooksExempt,
                    $"Tampaknya tidak wajib dilaporkan: pemberian pada pernikahan, upacara adat atau keagamaan, dan acara sejenis paling banyak {Rupiah(rules.CeremonyLimitPerGiver)} per pemberi dikecualikan, selama pemberi tidak memiliki konflik kepentingan dengan Anda. Anda tetap boleh mengirim laporan ini.")
                : new(ExemptionVerdict.MustReport,
                    $"Wajib dilaporkan: nilainya {Rupiah(v)}, lebih dari batas {Rupiah(rules.CeremonyLimitPerGiver)} per pemberi untuk pernikahan, upacara adat atau keagamaan, dan acara sejenis.");
        }

        if (relationship == GiverRelationship.SesamaPegawai)
        {
            if (objectType == GiftObjectType.Uang)
            {
                return new(ExemptionVerdict.MustReport,
                    "Wajib dilaporkan: pengecualian antar sesama pegawai hanya untuk pemberian yang bukan uang atau setara uang.");
            }

            if (v > rules.ColleagueNonCashLimitPerGiver)
            {
                return new(ExemptionVerdict.MustReport,
                    $"Wajib dilaporkan: nilainya {Rupiah(v)}, lebih dari batas {Rupiah(rules.ColleagueNonCashLimitPerGiver)} per pemberian dari sesama pegawai.");
            }

            if (yearTotalFromGiver is { } total && total > rules.ColleagueNonCashLimitPerYear)
            {
                return new(ExemptionVerdict.MustReport,
                    $"Wajib dilaporkan: pemberian dari pemberi yang sama dalam setahun berjumlah {Rupiah(total)}, lebih dari batas {Rupiah(rules.ColleagueNonCashLimitPerYear)}.");
            }

            var yearly = yearTotalFromGiver is null
                ? $" selama seluruh pemberian dari pemberi yang sama dalam setahun tidak lebih dari {Rupiah(rules.ColleagueNonCashLimitPerYear)}"
                : "";
            return new(ExemptionVerdict.LooksExempt,
                $"Tampaknya tidak wajib dilaporkan: pemberian bukan uang dari sesama pegawai paling banyak {Rupiah(rules.ColleagueNonCashLimitPerGiver)} per pemberian dikecualikan{yearly}. Anda tetap boleh mengirim laporan ini.");
        }

        if (occasion == GiftOccasion.AcaraKedinasan)
        {
            return new(ExemptionVerdict.MustReport,
                "Wajib dilaporkan: pengecualian khusus untuk pisah sambut, pensiun, mutasi, atau ulang tahun (Rp300.000) sudah dihapus oleh Peraturan KPK 1/2026; yang tersisa hanya batas pemberian bukan uang dari sesama pegawai.");
        }

        return new(ExemptionVerdict.MustReport,
            "Wajib dilaporkan: pemberian ini tidak termasuk pemberian yang dikecualikan berdasarkan nilainya.");
    }

    public static string Rupiah(decimal value) => "Rp" + value.ToString("N0", Culture.Indonesian);

    /// <summary>looks-exempt, must-report or unknown; also the box's CSS modifier.</summary>
    public string State => GratificationText.Code(Verdict);
}
