using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Data;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// Tambah Pengaduan without an account: the same fields and checks as the account form, an optional contact, and
/// after Submit the number and the access code, shown once on this answer and never again.
/// </summary>
public class TanpaAkunModel(
    WbsDbContext db, ComplaintIntake intake, EvidenceIntake evidence, SubmissionKeys keys, AnonymousSubmission submission, AddressAttempts attempts)
    : TambahModel(db, intake, evidence, keys)
{
    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    public SubmittedAnonymously? Submitted { get; private set; }

    public class ContactInput
    {
        public string? PhoneNumber { get; set; }
        public string? Email { get; set; }
    }

    protected override async Task<Outcome<SubmittedComplaint>> SubmitAsync(
        ComplaintDraft draft, IReadOnlyList<IncomingFile> files, Dictionary<string, string> earlier, CancellationToken ct)
    {
        var (contact, errors) = AnonymousSubmission.CheckContact(Contact.PhoneNumber, Contact.Email);
        foreach (var (key, message) in errors)
        {
            earlier[key] = message;
        }

        // A retry of a stored submission is not a new one: it does not count against the address.
        var submissionKey = Keys.Claim(SubmissionKeys.ComplaintScope(null), SubmissionKey);
        var retry = submissionKey is not null && await Keys.FindAsync(submissionKey, ct) is not null;
        if (earlier.Count == 0 && !retry && !attempts.TrySubmit(HttpContext))
        {
            earlier["limit"] = "Terlalu banyak pengaduan dari jaringan Anda dalam satu jam. Tunggu sebentar, lalu kirim lagi; isian Anda tetap di formulir ini.";
        }

        var (result, stored) = await submission.SubmitAsync(draft, files, contact, earlier, ct, submissionKey);
        Submitted = stored;
        return result;
    }

    protected override async Task<IActionResult> StoredAsync(SubmittedComplaint stored)
    {
        // The answer itself shows the code: no redirect, so it is never in an address, a cookie or the history.
        await LacakSession.SignInAsync(HttpContext, Submitted!.Opened);
        ModelState.Clear();
        return Page();
    }
}
