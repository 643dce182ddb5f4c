namespace Wbs.Web.Documents;

/// <summary>The two kinds of report a receipt is given for; the byte is part of the signed message.</summary>
public enum ReceiptKind : byte
{
    Pengaduan = 1,
    Gratifikasi = 2,
}
