namespace Wbs.Web.Domain;

/// <summary>
/// The figures of Peraturan KPK 2/2019 as amended by Peraturan KPK 1/2026 (ditetapkan 14 Januari 2026, berlaku
/// 20 Januari 2026), section "Wbs:Gratification". Each is a setting because KPK has changed them before; the defaults
/// are the amended regulation's. The 30 working days to report come from the law itself (UU 20/2001 Pasal 12C) and
/// stay in <see cref="GratificationWorkflow.ReportingWorkingDays"/>.
/// </summary>
public sealed class GratificationRules
{
    public const string Section = "Wbs:Gratification";

    /// <summary>
    /// Gifts at a wedding, a traditional or religious ceremony or a similar event, per giver, that need not be reported
    /// (Pasal 2 ayat (3); Rp1.000.000 before the amendment).
    /// </summary>
    public decimal CeremonyLimitPerGiver { get; set; } = 1_500_000m;

    /// <summary>A non-cash gift between colleagues, per giver (Pasal 2 ayat (3); Rp200.000 before the amendment).</summary>
    public decimal ColleagueNonCashLimitPerGiver { get; set; } = 500_000m;

    /// <summary>
    /// All non-cash gifts from the same colleague within one year (Pasal 2 ayat (3); Rp1.000.000 before the amendment).
    /// </summary>
    public decimal ColleagueNonCashLimitPerYear { get; set; } = 1_500_000m;

    /// <summary>
    /// Working days, counted from the report's date, within which a report the UPG marked Perlu Dilengkapi must be
    /// completed, or it cannot be followed up (Pasal 14; 30 before the amendment). Apart from the complaints'
    /// <see cref="DeadlineOptions.CompletionWorkingDays"/>.
    /// </summary>
    public int CompletionWorkingDays { get; set; } = 20;
}
