using System.Globalization;
using Wbs.Web.Documents;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>The periodic report on A4 under the agency's letterhead, to attach to the inspectorate's quarterly report.</summary>
public static class PeriodicReportPdf
{
    public const string Title = "LAPORAN BERKALA PENANGANAN PENGADUAN";

    public static byte[] Render(PeriodicReport report, AgencyOptions agency, AgencyClock clock)
    {
        using var layout = new PdfLayout($"Laporan berkala {report.Period.Label}");
        Letterhead.Draw(layout, agency);
        layout.Space(6);
        layout.Paragraph(Title, 14, PdfLayout.Style.Bold, center: true);
        layout.Paragraph(report.Period.Label, 11, center: true);
        layout.Space(8);
        layout.Row("Pengaduan diterima", $"{Day(report.Period.From)} s.d. {Day(report.Period.To)}");
        layout.Row("Dibuat", clock.Format(report.GeneratedAt));

        layout.Heading("Ringkasan");
        foreach (var (header, value) in KpiText.Headers.Zip(KpiText.Values(report.Total)))
        {
            layout.Row(header, KpiText.Text(value), labelWidth: 250);
        }

        foreach (var (title, _, rows) in report.Breakdowns)
        {
            layout.Heading(title);
            if (rows.Count == 0)
            {
                layout.Paragraph("Tidak ada pengaduan.", 9);
            }

            foreach (var row in rows)
            {
                var values = KpiText.Values(row);
                layout.Paragraph(row.Name, 10, PdfLayout.Style.Bold);
                layout.Paragraph(string.Join(" · ", KpiText.CountHeaders.Select((h, i) => $"{h} {KpiText.Text(values[i])}")), 9, indent: 8);
                layout.Paragraph(
                    $"Hari kerja ke verifikasi: median {KpiText.Text(row.VerificationMedian)}, P90 {KpiText.Text(row.VerificationP90)} · "
                    + $"ke umpan balik pertama: median {KpiText.Text(row.FeedbackMedian)}, P90 {KpiText.Text(row.FeedbackP90)} · "
                    + $"ke penutupan: median {KpiText.Text(row.ClosingMedian)}, P90 {KpiText.Text(row.ClosingP90)}", 9, indent: 8);
                layout.Paragraph($"Terbuka lewat tenggat {KpiText.Text(row.OpenPastDeadline)} · lewat batas layanan {KpiText.Text(row.OpenPastTimeLimit)}", 9, indent: 8);
                layout.Space(3);
            }
        }

        layout.Space(8);
        layout.Paragraph("Angka dihitung dari status, riwayat dan tanggal pengaduan saja; laporan ini tidak memuat identitas pelapor maupun isi pengaduan.", 8, PdfLayout.Style.Italic);
        return layout.Build($"{agency.Name} - Laporan berkala {report.Period.Label}");
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Culture.Indonesian);
}
