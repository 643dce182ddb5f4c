using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Akun;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// Files a complaint without an account through the same intake as the account form: the report has no reporter,
/// and its access row (the code's slow hash, a session stamp, the optional contact sealed under the report's key)
/// is stored in the same transaction, so there is never a report nobody can open.
/// </summary>
public sealed class AnonymousSubmission(WbsDbContext db, ComplaintIntake intake, ContentSealer sealer, SubmissionKeys keys)
{
    public const string CodeShownMessage =
        "Pengaduan ini sudah terkirim dan kodenya sudah ditampilkan. Kode akses hanya ditampilkan sekali dan tidak dapat dipulihkan oleh siapa pun.";

    public async Task<(Outcome<SubmittedComplaint> Result, SubmittedAnonymously? Stored)> SubmitAsync(
        ComplaintDraft draft, IReadOnlyList<Evidence.IncomingFile> files, ContactDetails? contact,
        IReadOnlyDictionary<string, string> earlierErrors, CancellationToken ct, SubmissionKeyClaim? key = null)
    {
        // A retry of a stored submission answers it before a new code is even made.
        if (key is not null && await keys.FindAsync(key, ct) is { } first)
        {
            return await ReplayAsync(key, first, ct);
        }

        // Hashed before the transaction: the slow hash must not hold the numbering lock.
        var code = AccessCodes.New();
        var hash = AccessCodes.Hash(code);
        var stamp = LacakSession.NewStamp();
        Guid reportId = default;
        var result = await intake.SubmitAsync(null, draft, files, ct, earlierErrors, report =>
        {
            reportId = report.Id;
            db.AnonymousAccesses.Add(new AnonymousAccess
            {
                ReportId = report.Id,
                CodeHash = hash,
                SessionStamp = stamp,
                SealedContact = contact is null ? null : sealer.SealPadded(report.Id, contact, ContentSealer.ContactBucket),
            });
        }, key is null ? null : key with { AccessCode = code });
        if (result.Value is { Replayed: true } && key is not null && await keys.FindAsync(key, ct) is { } winner)
        {
            return await ReplayAsync(key, winner, ct);
        }

        return result.Value is { } stored
            ? (result, new SubmittedAnonymously(stored, code, new OpenedReport(reportId, stored.RegistrationNumber, stamp)))
            : (result, null);
    }

    /// <summary>The first answer again: number and code, while the reporter has not signed out of the report.</summary>
    private async Task<(Outcome<SubmittedComplaint> Result, SubmittedAnonymously? Stored)> ReplayAsync(
        SubmissionKeyClaim key, SubmissionKey row, CancellationToken ct)
    {
        var report = await db.Complaints.AsNoTracking()
            .Where(c => c.Id == row.ReportId && c.ReporterId == null)
            .Join(db.AnonymousAccesses, c => c.Id, a => a.ReportId, (c, a) => new { c.RegistrationNumber, c.SubmittedAt, a.SessionStamp })
            .SingleOrDefaultAsync(ct);
        var code = keys.OpenCode(key, row);
        if (report is null || code is null)
        {
            return (Outcome.Conflict("idempotencyKey", CodeShownMessage).Without<SubmittedComplaint>(), null);
        }

        var stored = new SubmittedComplaint(report.RegistrationNumber, ComplaintStatus.Diterima, report.SubmittedAt, Replayed: true);
        return (Outcome.With(stored), new SubmittedAnonymously(stored, code, new OpenedReport(row.ReportId, report.RegistrationNumber, report.SessionStamp)));
    }

    /// <summary>The optional contact: an Indonesian mobile number and/or an email, each checked; errors keyed by field.</summary>
    public static (ContactDetails? Contact, Dictionary<string, string> Errors) CheckContact(string? phone, string? email)
    {
        var errors = new Dictionary<string, string>();
        var normalizedPhone = PhoneNumbers.NormalizeMobile(phone);
        if (!string.IsNullOrWhiteSpace(phone) && normalizedPhone is null)
        {
            errors["contactPhone"] = "Nomor HP tidak dikenali. Tulis nomor seluler Indonesia, misalnya 0812 3456 7890, atau kosongkan.";
        }

        var trimmedEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (trimmedEmail is not null && (trimmedEmail.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(trimmedEmail, out _)))
        {
            errors["contactEmail"] = "Alamat email tidak valid. Periksa kembali, atau kosongkan.";
        }

        return (normalizedPhone is null && trimmedEmail is null ? null : new ContactDetails(normalizedPhone, trimmedEmail), errors);
    }
}
