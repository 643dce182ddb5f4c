using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Demo;

/// <summary>
/// Invented gratification reports for the demo: a few a month across the same years, stored by the submission service at
/// their invented moment, then moved along the UPG's workflow.
/// </summary>
public sealed class DemoGratifications(
    WbsDbContext db, ContentSealer sealer, GratificationSubmission submission, DemoTime then, AgencyClock clock, Deadlines deadlines, Random random)
{
    private static readonly (GiftObjectType Type, string Description, int MinValue, int MaxValue, GiftOccasion Occasion)[] Gifts =
    [
        (GiftObjectType.Uang, "Amplop berisi uang tunai", 500_000, 10_000_000, GiftOccasion.TerkaitTugas),
        (GiftObjectType.Makanan, "Parsel makanan dan minuman", 300_000, 1_500_000, GiftOccasion.AcaraAdatAgamaMusibah),
        (GiftObjectType.CenderaMata, "Plakat dan cendera mata berlapis perak", 400_000, 3_000_000, GiftOccasion.AcaraKedinasan),
        (GiftObjectType.Fasilitas, "Voucher menginap dua malam di hotel", 1_500_000, 6_000_000, GiftOccasion.TerkaitTugas),
        (GiftObjectType.BarangLainnya, "Telepon genggam baru dalam kotak", 2_000_000, 12_000_000, GiftOccasion.TidakTerkaitTugas),
    ];

    private static readonly string[] Givers = ["CV Mitra Bontang", "PT Karya Pesisir", "Koperasi Maju Bersama", "Rekanan pengadaan", "Tidak diketahui"];

    public async Task<int> AddAsync(IReadOnlyList<string> reporters, DateTime nowUtc, CancellationToken ct)
    {
        var today = clock.ToLocal(nowUtc);
        var times = new List<DateTime>();
        for (var month = new DateTime(today.Year - 2, 1, 1); month <= today; month = month.AddMonths(1))
        {
            for (var i = random.Next(0, 3); i > 0; i--)
            {
                var local = month.AddDays(random.Next(DateTime.DaysInMonth(month.Year, month.Month))).AddHours(8 + random.Next(9));
                var submittedAt = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), clock.Zone);
                if (submittedAt < nowUtc)
                {
                    times.Add(submittedAt);
                }
            }
        }

        // Numbers follow the order of submission, as they would have been handed out.
        times.Sort();
        var added = 0;
        foreach (var submittedAt in times)
        {
            await AddReportAsync(reporters[random.Next(reporters.Count)], submittedAt, ++added, nowUtc, ct);
        }

        return added;
    }

    private async Task AddReportAsync(string reporterId, DateTime submittedAt, int index, DateTime nowUtc, CancellationToken ct)
    {
        var gift = Gifts[random.Next(Gifts.Length)];
        var received = DateOnly.FromDateTime(clock.ToLocal(submittedAt)).AddDays(-random.Next(1, 30));
        var content = new GratificationContent
        {
            ReportType = random.Next(100) < 30 ? GratificationReportType.Penolakan : GratificationReportType.Penerimaan,
            GiverName = Givers[random.Next(Givers.Length)],
            Relationship = GiverRelationship.PenyediaAtauPenerimaLayanan,
            Occasion = gift.Occasion,
            ObjectType = gift.Type,
            ObjectDescription = gift.Description,
            EstimatedValue = random.Next(gift.MinValue / 50_000, (gift.MaxValue / 50_000) + 1) * 50_000m,
            ReceivedDate = received,
            ReceivedPlace = "Kantor",
            ObjectLocation = random.Next(100) < 50 ? GiftLocation.DititipkanDiUpg : GiftLocation.DisimpanPelapor,
            Chronology = "Diberikan setelah urusan kedinasan selesai; pelapor segera melapor ke UPG.",
        };
        var identity = new GratificationIdentity
        {
            FullName = "Pegawai Contoh " + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Nik = "6474" + random.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Position = "Pelaksana",
            Unit = "Sekretariat",
            Institution = "Pemerintah Kota",
            PhoneNumber = "0813" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        then.UtcNow = submittedAt;
        var stored = await submission.StoreAsync(reporterId, identity, content, [], ct);
        var report = await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == stored.RegistrationNumber, ct);
        var history = Lifecycle(submittedAt, index).TakeWhile(step => step.At <= nowUtc).ToList();
        var last = history[^1];
        report.Status = last.Status;
        report.UpdatedAt = last.At;
        report.StatusChangedAt = last.At;
        report.ResolvedAt = last.Status == GratificationStatus.Selesai ? last.At : null;
        report.DueOn = await deadlines.DueOnAsync(last.Status, last.At, null, ct, report.SubmittedAt);
        report.ForwardedToKpkOn = history.Where(s => s.Status == GratificationStatus.DiteruskanKeKpk)
            .Select(s => (DateOnly?)DateOnly.FromDateTime(clock.ToLocal(s.At))).FirstOrDefault();
        var decided = history.Where(s => s.Status == GratificationStatus.DitetapkanKpk).Select(s => (DateTime?)s.At).FirstOrDefault();
        if (decided is { } decidedAt)
        {
            report.KpkDecision = random.Next(100) < 60 ? KpkDecision.MilikNegara : KpkDecision.MilikPenerima;
            report.KpkDecisionDate = DateOnly.FromDateTime(clock.ToLocal(decidedAt));
            report.KpkDecisionNumber = $"{random.Next(100, 9999)}/GRAT.02/{report.Year}";
        }

        db.GratificationEvents.AddRange(history.Skip(1).Select(step => new GratificationEvent
        {
            ReportId = report.Id,
            Status = step.Status,
            At = step.At,
            Kind = step.Status == GratificationStatus.Diajukan ? ReportEventKind.Completed : ReportEventKind.StatusChanged,
            SealedPublicNote = sealer.Seal(report.Id, Note(step.Status)),
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private List<(GratificationStatus Status, DateTime At)> Lifecycle(DateTime submittedAt, int index)
    {
        var steps = new List<(GratificationStatus, DateTime)> { (GratificationStatus.Diajukan, submittedAt) };
        var at = submittedAt;
        void Step(GratificationStatus status, int minDays, int maxDays)
        {
            at = at.AddDays(random.Next(minDays, maxDays + 1)).AddHours(random.Next(1, 6));
            steps.Add((status, at));
        }

        // Some reports lack a document at first: the UPG asks, the reporter completes, and it is checked again; a few
        // are never completed and, past the 20 working days from the report's date, are not followed up (Pasal 14).
        var asked = random.Next(100);
        if (index % 12 == 5)
        {
            Step(GratificationStatus.PerluDilengkapi, 1, 4);
            Step(GratificationStatus.TidakDapatDitindaklanjuti, 35, 45);
            return steps;
        }

        if (asked < 17)
        {
            Step(GratificationStatus.PerluDilengkapi, 1, 4);
            Step(GratificationStatus.Diajukan, 2, 9);
        }

        Step(GratificationStatus.DiverifikasiUpg, 1, 4);
        Step(GratificationStatus.DiteruskanKeKpk, 2, 8);
        Step(GratificationStatus.DitetapkanKpk, 20, 45);
        Step(GratificationStatus.Selesai, 5, 20);
        return steps;
    }

    private static string Note(GratificationStatus status) => status switch
    {
        GratificationStatus.Diajukan => "Laporan gratifikasi diterima dan menunggu verifikasi UPG.",
        GratificationStatus.PerluDilengkapi => "Mohon lengkapi foto objek dan bukti penerimaan.",
        GratificationStatus.DiverifikasiUpg => "Laporan telah diverifikasi UPG dan lengkap.",
        GratificationStatus.DiteruskanKeKpk => "Laporan diteruskan ke KPK untuk ditetapkan status kepemilikannya.",
        GratificationStatus.DitetapkanKpk => "KPK telah menetapkan status kepemilikan gratifikasi.",
        GratificationStatus.TidakDapatDitindaklanjuti => "Laporan tidak dilengkapi dalam 20 hari kerja sejak tanggal laporan sehingga tidak dapat ditindaklanjuti.",
        _ => "Penanganan laporan selesai.",
    };
}
