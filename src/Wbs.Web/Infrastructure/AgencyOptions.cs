namespace Wbs.Web.Infrastructure;

/// <summary>The agency running this instance; every inspectorate sets its own.</summary>
public sealed class AgencyOptions
{
    public const string Section = "Wbs:Agency";

    public string Name { get; set; } = "Inspektorat Kota Bontang";
    public string ShortName { get; set; } = "Inspektorat";
    public string Region { get; set; } = "Pemerintah Kota Bontang";
    public string City { get; set; } = "Bontang";
    public string Address { get; set; } = "Jl. Moch. Roem, Bontang Lestari, Kota Bontang, Kalimantan Timur";
    public List<string> ContactLines { get; set; } = [];
    public string TimeZone { get; set; } = "Asia/Makassar";
    public string TimeZoneLabel { get; set; } = "WITA";
}
