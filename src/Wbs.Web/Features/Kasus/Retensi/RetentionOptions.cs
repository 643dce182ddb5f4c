namespace Wbs.Web.Features.Kasus.Retensi;

/// <summary>
/// Retention defaults (section "Wbs:Retention"): years a closed case's content is kept per final status until an Admin
/// saves their own at /Staf/Admin/Retensi, and how the job runs.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Wbs:Retention";

    public int ComplaintSelesaiYears { get; set; } = 10;
    public int ComplaintDitolakYears { get; set; } = 5;
    public int ComplaintDiteruskanYears { get; set; } = 10;
    public int GratificationSelesaiYears { get; set; } = 10;
    public int GratificationTidakDapatDitindaklanjutiYears { get; set; } = 5;

    /// <summary>How often every node looks whether its ratchet must move and the lease holder whether anything expired.</summary>
    public int CheckSeconds { get; set; } = 3600;

    /// <summary>How long the node running the job holds its lease.</summary>
    public int LeaseSeconds { get; set; } = 600;

    /// <summary>Whether this node runs the scheduled job at all (the command works either way).</summary>
    public bool Enabled { get; set; } = true;
}
