namespace Wbs.Web.Domain;

/// <summary>
/// How many years a closed case's content is kept, per final status, as an Admin saved them at
/// <c>/Staf/Admin/Retensi</c>: one row shared by every node. While no row exists the configuration's
/// <c>Wbs:Retention:*</c> values apply. A change applies to cases that close afterwards.
/// </summary>
public class RetentionSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public int ComplaintSelesaiYears { get; set; }
    public int ComplaintDitolakYears { get; set; }
    public int ComplaintDiteruskanYears { get; set; }
    public int GratificationSelesaiYears { get; set; }
    public int GratificationTidakDapatDitindaklanjutiYears { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
