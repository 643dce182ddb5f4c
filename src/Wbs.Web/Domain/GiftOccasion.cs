namespace Wbs.Web.Domain;

public enum GiftOccasion
{
    AcaraKedinasan,
    TerkaitTugas,
    TidakTerkaitTugas,
    AcaraAdatAgamaMusibah,
    KeuntunganInvestasi,
    Lainnya,
}
