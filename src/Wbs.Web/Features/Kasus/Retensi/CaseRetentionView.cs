using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Kasus.Retensi;

/// <summary>What a staff case page shows of the case's retention: its last day, the erasure, the hold and what the actor may do.</summary>
public sealed record CaseRetentionView(
    DateOnly? RetainUntil, DateTime? ErasedAt, DateTime? HeldAt, string? HeldBy, string? HoldReason, bool PastSchedule, bool MayHold)
{
    public static CaseRetentionView Of(ICase found, StaffActor actor, RetentionRatchet ratchet, LegalHolds holds, string? heldBy)
    {
        var past = found.ErasedAt is not null || found.RetainUntil is { } until && !ratchet.CanOpen(until);
        return new CaseRetentionView(found.RetainUntil, found.ErasedAt, found.LegalHoldAt, heldBy,
            found.LegalHoldAt is null || past ? null : holds.HoldReason(found), past, actor.IsInspektur);
    }
}
