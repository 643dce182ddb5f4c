namespace Wbs.Web.Security;

public sealed record AuditProblem(long Sequence, string Reason);
