namespace Wbs.Web.Notifications;

/// <summary>How the sender works (<c>Wbs:Notifications</c>).</summary>
public sealed class SenderOptions
{
    public const string Section = "Wbs:Notifications";

    /// <summary>How long a node holds the sender's lease without renewing it; a dead node's lease runs out after this.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How long a claimed message is left to its node before another may retry it (the at-least-once window).</summary>
    public int ClaimSeconds { get; set; } = 120;

    /// <summary>How often an idle sender looks for due messages.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>After this many failed attempts a message is given up and shown as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long, each next one twice as long (capped at an hour).</summary>
    public int FirstRetrySeconds { get; set; } = 30;

    /// <summary>The agency-time hour from which the day's deadline digest is queued.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>The digest lists cases due within this many working days, and those past due.</summary>
    public int DigestWorkingDays { get; set; } = 2;

    /// <summary>How often the lease holder looks whether the day's digest is due (it is queued once a day per member).</summary>
    public double DigestCheckSeconds { get; set; } = 60;

    /// <summary>Set to false on nodes that must never send (the sender's lease keeps it to one node anyway).</summary>
    public bool Enabled { get; set; } = true;
}
