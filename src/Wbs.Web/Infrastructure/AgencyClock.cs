using Microsoft.Extensions.Options;

namespace Wbs.Web.Infrastructure;

/// <summary>The agency's local time: years, months and the dates shown to people are in its time zone.</summary>
public sealed class AgencyClock(TimeProvider time, IOptionsMonitor<AgencyOptions> agency)
{
    // The monitor follows the admin's settings; the runtime caches looked-up zones.
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(agency.CurrentValue.TimeZone);

    public string ZoneLabel => agency.CurrentValue.TimeZoneLabel;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow));

    /// <summary>The UTC moment the agency's local day begins.</summary>
    public DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public string Format(DateTime utc) =>
        ToLocal(utc).ToString("d MMM yyyy HH.mm", Culture.Indonesian) + " " + ZoneLabel;

    /// <summary>A UTC moment for <c>time@datetime</c>: whole seconds, as HTML allows at most three fraction digits.</summary>
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public string FormatDate(DateTime utc) => ToLocal(utc).ToString("d MMM yyyy", Culture.Indonesian);
}
