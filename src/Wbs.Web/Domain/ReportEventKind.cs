namespace Wbs.Web.Domain;

public enum ReportEventKind
{
    Submitted,
    StatusChanged,
    Assigned,
    Completed,
    InternalNote,
}
