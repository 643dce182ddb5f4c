using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Lacak;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>
/// Catat Laporan: a complaint received outside the site (a letter, the complaint box, the front desk, a call, an email,
/// an SP4N-LAPOR! referral) stored through the same intake as the reporters' forms, so it gets the same checks, the same
/// gapless number and the same cleaned, sealed evidence. It has no account behind it: like a report filed without one it
/// gets an access row (the slow hash of a code, never the code), with the contact sealed under the report's key; the
/// code is shown once, for the receipt, and only when the reporter wants to follow online. The audit entry commits in
/// the report's transaction, so no recorded complaint lacks the name of who recorded it.
/// </summary>
public sealed class ComplaintRecording(WbsDbContext db, ComplaintIntake intake, ContentSealer sealer, SubmissionKeys keys, AuditLog audit, AgencyClock clock)
{
    public const int MaxReferenceLength = 100;

    /// <summary>Each staff member's form keys are their own: nobody's retry reaches another member's report.</summary>
    public static string Scope(StaffActor actor) => "staff-intake\n" + actor.Id;

    public async Task<(Outcome<SubmittedComplaint> Result, RecordedComplaint? Stored)> RecordAsync(
        StaffActor actor, ComplaintDraft draft, RecordingDraft recording, IReadOnlyList<IncomingFile> files,
        IReadOnlyDictionary<string, string> earlierErrors, CancellationToken ct, SubmissionKeyClaim? key = null)
    {
        var (arrival, errors) = Check(recording, clock.Today);
        foreach (var (field, message) in earlierErrors)
        {
            errors[field] = message;
        }

        if (key is not null && await keys.FindAsync(key, ct) is { } first)
        {
            return await ReplayAsync(key, first, ct);
        }

        var (contact, contactErrors) = AnonymousSubmission.CheckContact(recording.ContactPhone, recording.ContactEmail);
        foreach (var (field, message) in contactErrors)
        {
            errors[field] = message;
        }

        // Hashed before the transaction: the slow hash must not hold the numbering lock. Without online follow-up the
        // code is never shown to anyone, so the row opens for nobody while keeping the contact the reporter gave.
        var code = AccessCodes.New();
        var hash = AccessCodes.Hash(code);
        var stamp = LacakSession.NewStamp();
        var result = await intake.SubmitAsync(null, draft, files, ct, errors, report =>
        {
            db.AnonymousAccesses.Add(new AnonymousAccess
            {
                ReportId = report.Id,
                CodeHash = hash,
                SessionStamp = stamp,
                SealedContact = contact is null ? null : sealer.SealPadded(report.Id, contact, ContentSealer.ContactBucket),
            });
        },
        key is null ? null : key with { AccessCode = recording.FollowOnline ? code : null },
        arrival,
        (report, token) => audit.AppendAsync(actor.UserName, AuditActions.RecordComplaint, report.RegistrationNumber,
            string.Create(CultureInfo.InvariantCulture,
                $"kanal={report.Channel} diterima={report.ReceivedOn:yyyy-MM-dd} berkas={files.Count} kontak={(contact is null ? "tidak" : "ya")} lacak={(recording.FollowOnline ? "ya" : "tidak")}"),
            token));
        if (result.Value is { Replayed: true } && key is not null && await keys.FindAsync(key, ct) is { } winner)
        {
            return await ReplayAsync(key, winner, ct);
        }

        return result.Value is { } stored
            ? (result, new RecordedComplaint(stored, arrival!.Channel, arrival.ReceivedOn!.Value, recording.FollowOnline ? code : null))
            : (result, null);
    }

    /// <summary>The channel, the day received and the reference, or Indonesian errors keyed by field.</summary>
    public static (ComplaintArrival? Arrival, Dictionary<string, string> Errors) Check(RecordingDraft recording, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var channel = ComplaintChannelText.Parse(recording.Channel);
        if (channel is null or ComplaintChannel.Web)
        {
            errors["channel"] = "Pilih kanal penerimaan pengaduan.";
        }

        DateOnly? received = null;
        var text = recording.ReceivedOn?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors["receivedOn"] = "Tanggal diterima wajib diisi.";
        }
        else if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors["receivedOn"] = "Tanggal diterima tidak valid; gunakan format tttt-bb-hh, misalnya 2026-03-17.";
        }
        else if (day > today)
        {
            errors["receivedOn"] = "Tanggal diterima tidak boleh di masa depan.";
        }
        else if (day < today.AddYears(-5))
        {
            errors["receivedOn"] = "Tanggal diterima terlalu lama; periksa tahunnya.";
        }
        else
        {
            received = day;
        }

        var reference = string.IsNullOrWhiteSpace(recording.Reference) ? null : recording.Reference.Trim();
        if (reference?.Length > MaxReferenceLength)
        {
            errors["channelReference"] = $"Nomor tiket atau keterangan kanal paling banyak {MaxReferenceLength} karakter.";
        }
        else if (channel == ComplaintChannel.RujukanSp4nLapor && reference is null)
        {
            errors["channelReference"] = "Nomor tiket SP4N-LAPOR! wajib diisi untuk rujukan SP4N-LAPOR!.";
        }

        return errors.Count == 0 ? (new ComplaintArrival(channel!.Value, received, reference), errors) : (null, errors);
    }

    /// <summary>The first answer again for a retried form: the number, and the code while it is still kept for retries.</summary>
    private async Task<(Outcome<SubmittedComplaint> Result, RecordedComplaint? Stored)> ReplayAsync(
        SubmissionKeyClaim key, SubmissionKey row, CancellationToken ct)
    {
        var report = await db.Complaints.AsNoTracking()
            .Where(c => c.Id == row.ReportId && c.ReporterId == null && c.Channel != ComplaintChannel.Web)
            .Select(c => new { c.RegistrationNumber, c.SubmittedAt, c.Channel, c.ReceivedOn })
            .SingleOrDefaultAsync(ct);
        if (report is null)
        {
            return (Outcome.Conflict("idempotencyKey", AnonymousSubmission.CodeShownMessage).Without<SubmittedComplaint>(), null);
        }

        var stored = new SubmittedComplaint(report.RegistrationNumber, ComplaintStatus.Diterima, report.SubmittedAt, Replayed: true);
        return (Outcome.With(stored), new RecordedComplaint(stored, report.Channel, report.ReceivedOn ?? clock.Today, keys.OpenCode(key, row)));
    }
}
