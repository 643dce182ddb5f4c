namespace Wbs.Web.Domain;

public enum DeadlineState
{
    None,
    OnTrack,
    DueSoon,
    Overdue,
}
