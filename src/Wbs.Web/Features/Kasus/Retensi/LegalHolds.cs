using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Kasus.Retensi;

/// <summary>
/// The Inspektur's legal hold on a case, with a reason, and its lifting, each audited: while held the case's keys open
/// with the master key alone and the retention job passes it by.
/// </summary>
public sealed class LegalHolds(CaseRetention retention, RetentionRatchet ratchet, AgencyClock clock, ContentSealer sealer, StaffCaseWork work)
{
    /// <summary>Places a legal hold: the keys go back to the master key alone until it is lifted.</summary>
    public async Task<Outcome> HoldAsync(StaffActor actor, ICase? found, string? reason, CancellationToken ct)
    {
        if (!actor.IsInspektur)
        {
            return Outcome.Forbidden;
        }

        if (CaseLimits.CheckReason(reason, "penahanan") is { IsOk: false })
        {
            return Outcome.Invalid("reason", "Tuliskan alasan penahanan (sedikitnya 10 karakter), misalnya nomor surat permintaan aparat penegak hukum.");
        }

        if (found is null)
        {
            return Outcome.NotFound;
        }

        if (found.ErasedAt is not null || found.RetainUntil is { } until && !ratchet.CanOpen(until))
        {
            return Outcome.Conflict("status", "Isi kasus ini sudah dihapus sesuai jadwal retensi dan tidak dapat dipulihkan, sehingga tidak dapat ditahan lagi.");
        }

        if (found.LegalHoldAt is not null)
        {
            return Outcome.Conflict("status", "Kasus ini sudah ditahan.");
        }

        found.LegalHoldAt = clock.UtcNow;
        found.LegalHoldById = actor.Id;
        found.SealedLegalHoldReason = sealer.Seal(found.Id, CaseLimits.Stored(reason!));
        await retention.WrapAsync(found, null, ct);
        return await work.CommitAsync(actor, found, AuditActions.LegalHold, $"berlaku sampai {Shown(found.RetainUntil)}", ct, CaseLimits.Stored(reason!));
    }

    /// <summary>Lifts the hold: a closed case keeps its last day (or, when that has passed, expires at the next run).</summary>
    public async Task<Outcome> LiftAsync(StaffActor actor, ICase? found, CancellationToken ct)
    {
        if (!actor.IsInspektur)
        {
            return Outcome.Forbidden;
        }

        if (found is null)
        {
            return Outcome.NotFound;
        }

        if (found.LegalHoldAt is null)
        {
            return Outcome.Conflict("status", "Kasus ini tidak sedang ditahan.");
        }

        found.LegalHoldAt = null;
        found.LegalHoldById = null;
        found.SealedLegalHoldReason = null;
        if (found.RetainUntil is { } until)
        {
            found.RetainUntil = CaseRetention.Later(until, ratchet.Day);
            await retention.WrapAsync(found, found.RetainUntil, ct);
        }
        else
        {
            await retention.FixExpiryAsync(found, ct);
        }

        return await work.CommitAsync(actor, found, AuditActions.LegalHoldLifted, $"isi disimpan sampai {Shown(found.RetainUntil)}", ct);
    }

    /// <summary>The hold's reason as the Inspektur typed it, for the case page.</summary>
    public string? HoldReason(ICase found) =>
        found.SealedLegalHoldReason is { Length: > 0 } reason ? sealer.Open<string>(found.Id, reason) : null;

    private static string Shown(DateOnly? day) => day is { } d ? d.ToString("d MMMM yyyy", Culture.Indonesian) : "kasus ditutup";
}
