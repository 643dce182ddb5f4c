namespace Wbs.Web.Features.LaporanBerkala;

public static class PeriodicReportServices
{
    /// <summary>The Inspektur's periodic report (Laporan Berkala).</summary>
    public static IServiceCollection AddPeriodicReports(this IServiceCollection services) => services.AddScoped<PeriodicReports>();
}
