using System.Globalization;

namespace Wbs.Tests.Infrastructure;

/// <summary>The agency's local time (Kota Bontang, WITA), as the app shows it; computed here independently of the app.</summary>
public static class AgencyTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    public static DateTime Now => TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Zone);

    public static int Year => Now.Year;

    public static string TodayAsShown => Now.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
}
