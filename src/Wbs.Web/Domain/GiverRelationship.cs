namespace Wbs.Web.Domain;

public enum GiverRelationship
{
    Keluarga,
    PenyediaAtauPenerimaLayanan,
    SesamaPegawai,
    TidakDiketahui,
    Lainnya,
}
