using System.Globalization;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>The periodic report's column names and how its numbers are written, shared by the page, the xlsx and the PDF.</summary>
public static class KpiText
{
    public static readonly string[] CountHeaders =
        ["Diterima", "Diverifikasi", "Ditindaklanjuti", "Diteruskan", "Ditolak", "Selesai", "Terbukti", "Tidak terbukti"];

    public static readonly string[] TimeHeaders =
    [
        "Median hari kerja ke verifikasi", "P90 hari kerja ke verifikasi",
        "Median hari kerja ke umpan balik pertama", "P90 hari kerja ke umpan balik pertama",
        "Median hari kerja ke penutupan", "P90 hari kerja ke penutupan",
    ];

    public static readonly string[] OpenHeaders = ["Terbuka lewat tenggat", "Terbuka lewat batas layanan"];

    public static IEnumerable<string> Headers => [.. CountHeaders, .. TimeHeaders, .. OpenHeaders];

    /// <summary>The row's values in the order of <see cref="Headers"/>; null where no complaint reached the step.</summary>
    public static object?[] Values(KpiRow r) =>
    [
        r.Received, r.Verified, r.FollowedUp, r.Forwarded, r.Rejected, r.Closed, r.Proven, r.NotProven,
        r.VerificationMedian, r.VerificationP90, r.FeedbackMedian, r.FeedbackP90, r.ClosingMedian, r.ClosingP90,
        r.OpenPastDeadline, r.OpenPastTimeLimit,
    ];

    public static string Text(object? value) => value switch
    {
        null => "—",
        double d => d.ToString("0.#", Culture.Indonesian),
        int i => i.ToString("N0", Culture.Indonesian),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
