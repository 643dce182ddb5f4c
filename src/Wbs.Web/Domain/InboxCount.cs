namespace Wbs.Web.Domain;

/// <summary>
/// How many reports of one kind are in one status with one assignee, kept by the database itself (triggers written by
/// <c>InboxCounters</c>) in the transaction that inserts, changes or deletes a report: the inbox tiles read these few
/// rows instead of counting the register. Holds nothing a copy of the reports table would not tell.
/// </summary>
public class InboxCount
{
    /// <summary><see cref="Data.InboxCounters.Complaint"/> or <see cref="Data.InboxCounters.Gratification"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The status's name as the reports table stores it.</summary>
    public required string Status { get; set; }

    /// <summary>The Verifikator's id; empty for reports nobody is assigned to (and for every gratification report).</summary>
    public required string AssignedToId { get; set; }

    public long Count { get; set; }

    /// <summary>Of those, the reports that have a deadline (a non-final status).</summary>
    public long WithDeadline { get; set; }
}
