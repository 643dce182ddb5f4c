namespace Wbs.Web.Domain;

/// <summary>
/// How a complaint reached the inspectorate (kanal). Reporters filing on the site are <see cref="Web"/>; every other
/// channel is recorded by staff on Catat Laporan. Stored by name.
/// </summary>
public enum ComplaintChannel
{
    Web,
    Surat,
    KotakPengaduan,
    DatangLangsung,
    Telepon,
    Email,
    RujukanSp4nLapor,
    Lainnya,
}
