namespace Wbs.Web.Domain;

public enum GiftObjectType
{
    Uang,
    Makanan,
    CenderaMata,
    Fasilitas,
    BarangLainnya,
}
