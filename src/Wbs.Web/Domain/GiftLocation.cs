namespace Wbs.Web.Domain;

public enum GiftLocation
{
    DisimpanPelapor,
    DititipkanDiUpg,
    DititipkanDiKpk,
}
