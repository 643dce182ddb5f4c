namespace Wbs.Web.Domain;

/// <summary>
/// How many reports of one <see cref="InboxCount"/> key have their deadline on one day, kept the same way. The overdue
/// figure is the reports with a deadline minus those due today or later: only the few days still ahead are summed.
/// </summary>
public class InboxDeadlineCount
{
    public required string Kind { get; set; }

    public required string Status { get; set; }

    public required string AssignedToId { get; set; }

    public DateOnly DueOn { get; set; }

    public long Count { get; set; }
}
