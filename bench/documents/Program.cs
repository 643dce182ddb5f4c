using System.Diagnostics;
using System.Globalization;
using Wbs.Web.Documents;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

// Measures what one PDF costs the server: a receipt (tanda terima) and a KPK form with a long chronology.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var agency = new AgencyOptions();
var receipt = new Receipt(
    "GRT-2026-00042", "Senin, 30 November 2026, pukul 09.15 WITA", "Laporan Gratifikasi — Penerimaan",
    [("Jenis objek", "Uang / setara uang"), ("Nilai nominal / taksiran", "Rp 2.500.000"), ("Tanggal penerimaan", "16 November 2026"), ("Batas waktu pelaporan", "30 Desember 2026")],
    "Diajukan", "Senin, 30 November 2026, pukul 09.16 WITA", "Gunakan nomor ini untuk mengikuti perkembangan laporan.");
var form = new KpkForm(
    "GRT-2026-00042",
    new GratificationIdentity
    {
        FullName = "Rahmawati Saputri", Nik = "6474015512880003", Nip = "198812152010012003", Position = "Penata Muda / Analis Perizinan",
        Unit = "Bidang Perizinan", Institution = "DPMPTSP Kota Bontang", PhoneNumber = "081255501234", Email = "contoh@example.org", Address = "Jl. Brigjend Katamso No. 7",
    },
    new GratificationContent
    {
        ReportType = GratificationReportType.Penerimaan, GiverName = "PT Sinar Kaltim Abadi", GiverOccupation = "Kontraktor", Relationship = GiverRelationship.PenyediaAtauPenerimaLayanan,
        Occasion = GiftOccasion.TerkaitTugas, ObjectType = GiftObjectType.Uang, ObjectDescription = "Amplop berisi uang tunai", EstimatedValue = 2_500_000m,
        ReceivedDate = new DateOnly(2026, 11, 16), ReceivedPlace = "Ruang kerja", ObjectLocation = GiftLocation.DititipkanDiUpg,
        Chronology = string.Join(" ", Enumerable.Repeat("Setelah izin terbit, perwakilan perusahaan datang dan meninggalkan amplop di meja saya tanpa berkata apa pun.", 60)),
    },
    [new KpkFormFile("kuitansi.jpg", "30 Nov 2026 09.10 WITA", "1,2 MB"), new KpkFormFile("foto-amplop.jpg", "30 Nov 2026 09.12 WITA", "2,4 MB")],
    "30 Nov 2026 09.15 WITA", new DateOnly(2026, 12, 30), true, GratificationStatus.DiverifikasiUpg,
    null, null, null, null, new DateOnly(2026, 11, 30))
{
    Additions = [new KpkFormAddition("2 Des 2026 10.00 WITA", "Foto amplop dan isinya saya lampirkan.")],
};

Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {runs} runs each");
Console.WriteLine("document          | first (ms) | median (ms) | p95 (ms) | size (bytes) | allocated per document");
Measure("tanda terima", () => ReceiptDocument.Render(receipt, agency));
Measure("formulir KPK", () => KpkFormDocument.Render(form, agency));

void Measure(string name, Func<byte[]> render)
{
    var watch = Stopwatch.StartNew();
    var size = render().Length;
    var first = watch.Elapsed.TotalMilliseconds;
    var times = new List<double>(runs);
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    for (var i = 0; i < runs; i++)
    {
        watch.Restart();
        render();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / runs;
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-17} | {first,10:F1} | {times[runs / 2],11:F2} | {times[(int)(runs * 0.95)],8:F2} | {size,12} | {allocated / 1024.0,8:F0} KB"));
}
