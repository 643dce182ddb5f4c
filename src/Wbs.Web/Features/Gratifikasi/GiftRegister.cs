using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Staf;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// The UPG's register of objects held (barang titipan): each object kept at the UPG from receipt until KPK's decision
/// is carried out, with dates and who handled it, and its xlsx export for the UPG's periodic report to KPK. The UPG's
/// alone; every step and every export lands in the audit chain.
/// </summary>
public sealed class GiftRegister(WbsDbContext db, ContentSealer sealer, AgencyClock clock, AuditLog audit, StaffCaseWork work)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static bool IsLast(CustodyStep step) => step is CustodyStep.DiserahkanKeNegara or CustodyStep.DikembalikanKePenerima;

    /// <summary>Records a step of the object of <paramref name="registrationNumber"/>; Indonesian messages keyed by field when refused.</summary>
    public async Task<Outcome> RecordAsync(
        StaffActor actor, string registrationNumber, CustodyStep? step, DateOnly? on, string? place, string? handledBy, CancellationToken ct)
    {
        var number = ReporterGratifications.Number(registrationNumber);
        var report = number is null || !actor.IsUpg ? null : await db.GratificationReports.SingleOrDefaultAsync(r => r.RegistrationNumber == number, ct);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        var last = await db.GiftCustody.AsNoTracking().Where(e => e.ReportId == report.Id).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        var errors = Check(last, step, on, place, handledBy, report.KpkDecision, clock.Today);
        if (Outcome.FromErrors(errors) is { IsOk: false } refused)
        {
            return refused;
        }

        db.GiftCustody.Add(new GiftCustodyEntry
        {
            ReportId = report.Id, Step = step!.Value, On = on!.Value, Place = place!.Trim(), HandledBy = handledBy!.Trim(),
            RecordedById = actor.Id, RecordedAt = clock.UtcNow,
        });
        return await work.CommitAsync(actor, report, AuditActions.Custody, step.Value.ToString(), ct);
    }

    /// <summary>What a step must carry and where it may stand in the object's life.</summary>
    public static Dictionary<string, string> Check(
        GiftCustodyEntry? last, CustodyStep? step, DateOnly? on, string? place, string? handledBy, KpkDecision? decision, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (step is not { } s)
        {
            errors["step"] = "Pilih langkah penyimpanan.";
            return errors;
        }

        if (last is null && s != CustodyStep.DiterimaUpg)
        {
            errors["step"] = "Catat dahulu penerimaan objek oleh UPG.";
        }
        else if (last is not null && s == CustodyStep.DiterimaUpg)
        {
            errors["step"] = "Penerimaan objek oleh UPG sudah dicatat.";
        }
        else if (last is not null && IsLast(last.Step))
        {
            errors["step"] = $"Objek ini sudah tidak disimpan UPG ({last.Step.Display()}).";
        }
        else if (s == CustodyStep.DiserahkanKeNegara && decision != KpkDecision.MilikNegara)
        {
            errors["step"] = "Objek hanya diserahkan ke negara setelah KPK menetapkannya milik negara.";
        }
        else if (s == CustodyStep.DikembalikanKePenerima && decision != KpkDecision.MilikPenerima)
        {
            errors["step"] = "Objek hanya dikembalikan kepada penerima setelah KPK menetapkannya milik penerima.";
        }

        if (on is not { } day)
        {
            errors["on"] = "Isi tanggal langkah ini.";
        }
        else if (day > today)
        {
            errors["on"] = "Tanggal tidak boleh di masa depan.";
        }
        else if (last is not null && day < last.On)
        {
            errors["on"] = $"Tanggal tidak boleh sebelum langkah sebelumnya ({last.On.ToString("d MMMM yyyy", Culture.Indonesian)}).";
        }

        if (string.IsNullOrWhiteSpace(place))
        {
            errors["place"] = "Isi tempat objek berada setelah langkah ini.";
        }
        else if (place.Trim().Length > 200)
        {
            errors["place"] = "Tempat paling banyak 200 karakter.";
        }

        if (string.IsNullOrWhiteSpace(handledBy))
        {
            errors["handledBy"] = "Isi siapa yang menangani objek (nama dan jabatan).";
        }
        else if (handledBy.Trim().Length > 200)
        {
            errors["handledBy"] = "Nama penangan paling banyak 200 karakter.";
        }

        return errors;
    }

    /// <summary>Every object with a step, those still held first, then by number.</summary>
    public async Task<List<RegisterItem>> ItemsAsync(StaffActor actor, CancellationToken ct)
    {
        if (!actor.IsUpg)
        {
            return [];
        }

        var entries = await db.GiftCustody.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct);
        var ids = entries.Select(e => e.ReportId).Distinct().ToList();
        var reports = await db.GratificationReports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.RegistrationNumber, r.SealedContent, r.Status, r.KpkDecision }).ToListAsync(ct);
        var names = await work.StaffNamesAsync(entries.Select(e => e.RecordedById), ct);
        return reports.Select(r =>
            {
                var content = sealer.Open<GratificationContent>(r.Id, r.SealedContent);
                var steps = entries.Where(e => e.ReportId == r.Id)
                    .Select(e => new RegisterStep(e.Step, e.On, e.Place, e.HandledBy, names.GetValueOrDefault(e.RecordedById, ""))).ToList();
                return new RegisterItem(r.RegistrationNumber, content.ObjectType, content.ObjectDescription, content.EstimatedValue, r.Status, r.KpkDecision, steps);
            })
            .OrderBy(i => i.Held ? 0 : 1).ThenBy(i => i.RegistrationNumber, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The register as xlsx: one row per object with where it is now, then one row per step on a second sheet. Audited.</summary>
    public async Task<ExportFile> ExportAsync(StaffActor actor, CancellationToken ct)
    {
        var items = await ItemsAsync(actor, ct);
        var objects = items.Select(i => new Dictionary<string, object?>
        {
            ["Nomor registrasi"] = i.RegistrationNumber,
            ["Jenis objek"] = i.ObjectType.Display(),
            ["Uraian objek"] = i.ObjectDescription,
            ["Nilai taksiran (Rp)"] = i.EstimatedValue,
            ["Diterima UPG"] = i.Steps[0].On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Keberadaan sekarang"] = i.Latest.Place,
            ["Langkah terakhir"] = i.Latest.Step.Display(),
            ["Tanggal langkah terakhir"] = i.Latest.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Penetapan KPK"] = i.Decision?.Display(),
            ["Status laporan"] = i.Status.Display(),
            ["Masih disimpan UPG"] = i.Held ? "Ya" : "Tidak",
        }).ToList();
        var steps = items.SelectMany(i => i.Steps.Select(s => new Dictionary<string, object?>
        {
            ["Nomor registrasi"] = i.RegistrationNumber,
            ["Tanggal"] = s.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Langkah"] = s.Step.Display(),
            ["Tempat"] = s.Place,
            ["Ditangani oleh"] = s.HandledBy,
            ["Dicatat oleh"] = s.RecordedBy,
        })).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { ["Barang titipan"] = objects, ["Riwayat"] = steps }, cancellationToken: ct);
        await audit.AppendAsync(actor.UserName, AuditActions.Export, "register-titipan", $"format=xlsx baris={items.Count}", ct);
        var stamp = clock.ToLocal(clock.UtcNow).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return new ExportFile(stream.ToArray(), XlsxType, $"register-titipan-{stamp}.xlsx", items.Count);
    }
}
