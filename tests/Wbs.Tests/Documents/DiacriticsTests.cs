using UglyToad.PdfPig;
using Wbs.Web.Documents;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Tests.Documents;

/// <summary>Names print as typed in the embedded font: read back with PdfPig, a reader independent of PDFsharp.</summary>
public class DiacriticsTests
{
    public static TheoryData<string> Names => new()
    {
        "Ni Luh Putu Ayu Widiastuti",
        "Dr. Ir. Hj. Sitti Nur'aini, M.Si.",
        "José Ramos-Horta",
        "Çağlar",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void KpkForm_ReporterAndGiverNames_PrintAsTyped(string name)
    {
        var pdf = KpkFormDocument.Render(Form(name, $"CV {name}"), new AgencyOptions());

        var text = PdfText.Of(pdf);
        Assert.Contains($"( {name} )", text, StringComparison.Ordinal);
        Assert.Contains($"CV {name}", text, StringComparison.Ordinal);
        Assert.True(Occurrences(text, name) >= 3, $"The name should print in the identity, the giver and the signature: {text}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Receipt_AgencyName_PrintsAsTypedInTheLetterheadAndFooter(string name)
    {
        var agency = new AgencyOptions { Name = $"Inspektorat {name}", Region = "Pemerintah Kabupaten Çağlar", City = "Çağlar" };

        var text = PdfText.Of(ReceiptDocument.Render(Receipt(), agency));

        Assert.Contains($"INSPEKTORAT {name.ToUpperInvariant()}", text, StringComparison.Ordinal);
        Assert.Contains($"Inspektorat {name} - Tanda terima GRT-2026-00042", text, StringComparison.Ordinal);
        Assert.Contains("PEMERINTAH KABUPATEN ÇAĞLAR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KpkForm_LongChronologyWithAccents_WrapsOverPagesAndKeepsEveryWord()
    {
        var form = Form("José Ramos-Horta", "PT Çağlar");
        var chronology = string.Join(" ", Enumerable.Range(1, 300).Select(i => $"Kalimat-{i} tentang bingkisan dari Çağlar."));
        form = form with { Content = form.Content with { Chronology = chronology } };

        var pdf = KpkFormDocument.Render(form, new AgencyOptions());

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3, $"Expected the chronology to run over pages, got {document.NumberOfPages}.");
        var words = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.All(Enumerable.Range(1, 300), i => Assert.Contains($"Kalimat-{i} ", words, StringComparison.Ordinal));
        Assert.Equal(300 + 1, Occurrences(words, "Çağlar"));
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    private static Receipt Receipt() => new(
        "GRT-2026-00042", "Senin, 30 November 2026, pukul 09.15 WITA", "Laporan Gratifikasi — Penerimaan",
        [("Jenis objek", "Uang / setara uang"), ("Nilai nominal / taksiran", "Rp 2.500.000")],
        "Diajukan", "Senin, 30 November 2026, pukul 09.16 WITA", "Gunakan nomor ini untuk mengikuti perkembangan laporan.");

    internal static KpkForm Form(string reporter, string giver) => new(
        "GRT-2026-00042",
        new GratificationIdentity
        {
            FullName = reporter, Nik = "6474015512880003", Nip = "198812152010012003", Position = "Penata Muda / Analis Perizinan",
            Unit = "Bidang Perizinan", Institution = "DPMPTSP Kota Bontang", PhoneNumber = "081255501234", Email = "contoh@example.org", Address = "Jl. Brigjend Katamso No. 7",
        },
        new GratificationContent
        {
            ReportType = GratificationReportType.Penerimaan, GiverName = giver, GiverOccupation = "Kontraktor", Relationship = GiverRelationship.PenyediaAtauPenerimaLayanan,
            Occasion = GiftOccasion.TerkaitTugas, ObjectType = GiftObjectType.Uang, ObjectDescription = "Amplop berisi uang tunai", EstimatedValue = 2_500_000m,
            ReceivedDate = new DateOnly(2026, 11, 16), ReceivedPlace = "Ruang kerja", ObjectLocation = GiftLocation.DititipkanDiUpg,
            Chronology = "Setelah izin terbit, perwakilan perusahaan datang dan meninggalkan amplop di meja saya.",
        },
        [new KpkFormFile("kuitansi-çağlar.jpg", "30 Nov 2026 09.10 WITA", "1,2 MB")],
        "30 Nov 2026 09.15 WITA", new DateOnly(2026, 12, 30), true, GratificationStatus.DiverifikasiUpg,
        null, null, null, null, new DateOnly(2026, 11, 30));
}
