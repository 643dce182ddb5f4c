using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Kasus;

/// <summary>How a kind of report is found within a staff member's reach; the shared case work does the rest.</summary>
public interface IStaffCaseKind
{
    /// <summary>The case, tracked for changes, or null when it does not exist or is beyond the actor's reach.</summary>
    Task<ICase?> FindCaseAsync(StaffActor actor, string registrationNumber, CancellationToken ct);
}
