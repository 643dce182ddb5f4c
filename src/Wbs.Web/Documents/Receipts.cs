using Microsoft.Extensions.Options;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Documents;

/// <summary>A reporter's receipt for one of their own reports; another reporter's number (or the other kind's) is not found.</summary>
public sealed class Receipts(
    ReporterComplaints complaints, ReporterGratifications gratifications, AgencyClock clock, IOptionsMonitor<AgencyOptions> agency,
    Security.ReceiptSigningKeys signingKeys, IOptions<WbsOptions> wbs, IHttpContextAccessor http)
{
    public static string FileName(string registrationNumber) => $"tanda-terima-{registrationNumber}.pdf";

    public async Task<PdfFile?> ComplaintAsync(Features.Kasus.ReportOwner owner, string registrationNumber, CancellationToken ct, string? accessCode = null, RecordedArrival? arrival = null)
    {
        if (RegistrationNumbers.Normalize(registrationNumber) is not { } number
            || !number.StartsWith(RegistrationNumbers.ComplaintPrefix + "-", StringComparison.Ordinal))
        {
            return null;
        }

        var report = await complaints.FindAsync(owner, number, ct);
        if (report is null)
        {
            return null;
        }

        // The type and the month only: a title may name people or places, and a receipt is a paper that may be lost.
        var receipt = new Receipt(
            report.RegistrationNumber, When(report.SubmittedAt), $"Pengaduan — {report.ViolationType}",
            [
                .. arrival is null ? [] : new[] { ("Kanal", arrival.Channel.Display()), ("Tanggal diterima", arrival.ReceivedOn is { } day ? Date(day) : "—") },
                ("Waktu kejadian", report.Content.IncidentDate.ToString("MMMM yyyy", Culture.Indonesian)),
                ("Berkas bukti", report.Attachments.Count == 0 ? "tidak ada" : $"{report.Attachments.Count} berkas"),
                .. accessCode is null ? [] : new[] { ("Kode akses", accessCode) },
            ],
            report.Status.Display(), When(clock.UtcNow),
            owner.AnonymousReportId is null
                ? "Gunakan nomor ini untuk mengikuti perkembangan pengaduan Anda di menu Pengaduan setelah masuk ke akun Anda."
                : arrival is not null && accessCode is null
                    ? "Simpan tanda terima ini dan sebutkan nomornya bila menanyakan perkembangan pengaduan kepada Inspektorat."
                    : "Ikuti perkembangan pengaduan ini di menu Lacak Pengaduan dengan nomor ini dan kode akses Anda.");
        receipt = Signed(receipt, new ReceiptClaim(ReceiptKind.Pengaduan, report.RegistrationNumber, report.SubmittedAt, ReceiptDigest.Of(report.Content)));
        return new PdfFile(FileName(report.RegistrationNumber), ReceiptDocument.Render(receipt, agency.CurrentValue));
    }

    public async Task<PdfFile?> GratificationAsync(string reporterId, string registrationNumber, CancellationToken ct)
    {
        var report = await gratifications.FindAsync(reporterId, registrationNumber, ct);
        if (report is null)
        {
            return null;
        }

        // The gift only: neither the reporter's nor the giver's name appears on the receipt.
        var c = report.Content;
        var kind = c.ReportType == GratificationReportType.Penolakan ? "Penolakan" : "Penerimaan";
        var receipt = new Receipt(
            report.RegistrationNumber, When(report.SubmittedAt), $"Laporan Gratifikasi — {kind}",
            [
                ("Jenis objek", c.ObjectType.Display()),
                ("Nilai nominal / taksiran", Rupiah(c.EstimatedValue)),
                (c.ReportType == GratificationReportType.Penolakan ? "Tanggal penolakan" : "Tanggal penerimaan", Date(c.ReceivedDate)),
                ("Batas waktu pelaporan", $"{Date(report.Deadline.Deadline)} (30 hari kerja sejak tanggal penerimaan)"),
                ("Ketepatan waktu", report.Deadline.TimelinessLine),
            ],
            report.Status.Display(), When(clock.UtcNow),
            "Gunakan nomor ini untuk mengikuti perkembangan laporan gratifikasi Anda di menu Gratifikasi setelah masuk ke akun Anda.");
        receipt = Signed(receipt, new ReceiptClaim(ReceiptKind.Gratifikasi, report.RegistrationNumber, report.SubmittedAt, ReceiptDigest.Of(c)));
        return new PdfFile(FileName(report.RegistrationNumber), ReceiptDocument.Render(receipt, agency.CurrentValue));
    }

    /// <summary>The address a receipt's QR code opens: the public base URL when set, else the address this request came to.</summary>
    public string VerificationUrl(string code)
    {
        var request = http.HttpContext?.Request;
        var origin = !string.IsNullOrWhiteSpace(wbs.Value.PublicBaseUrl) ? wbs.Value.PublicBaseUrl.TrimEnd('/')
            : request is not null ? $"{request.Scheme}://{request.Host}" : "";
        return $"{origin}/verifikasi?kode={ReceiptCode.Compact(code)}";
    }

    // Second precision: the signed time is what the receipt prints, not the database's sub-second value.
    private Receipt Signed(Receipt receipt, ReceiptClaim claim)
    {
        var utc = DateTime.SpecifyKind(claim.SubmittedAtUtc, DateTimeKind.Utc);
        var code = ReceiptCode.Sign(claim with { SubmittedAtUtc = utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)) }, signingKeys.Signing);
        return receipt with { VerificationCode = code, VerificationUrl = VerificationUrl(code) };
    }

    public static string Rupiah(decimal value) => "Rp " + value.ToString("N0", Culture.Indonesian);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture.Indonesian);

    private string When(DateTime utc) =>
        clock.ToLocal(utc).ToString("dddd, d MMMM yyyy, 'pukul' HH.mm", Culture.Indonesian) + " " + clock.ZoneLabel;
}
