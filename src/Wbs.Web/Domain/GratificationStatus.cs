namespace Wbs.Web.Domain;

/// <summary>The life cycle of a gratification report; stored by name.</summary>
public enum GratificationStatus
{
    Diajukan,
    DiverifikasiUpg,
    PerluDilengkapi,
    DiteruskanKeKpk,
    DitetapkanKpk,
    Selesai,

    /// <summary>
    /// Not completed within the completion window (Peraturan KPK 1/2026 Pasal 14): the report is not followed up.
    /// Final, and not counted as resolved.
    /// </summary>
    TidakDapatDitindaklanjuti,
}
