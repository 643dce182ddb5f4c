using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Security;

namespace Wbs.Web.Reports;

/// <summary>
/// What a reporter writes back on a report of either kind, once it has been found among their own: a message to the
/// handler, or the information and files asked for while the report is Perlu Dilengkapi. The caller saves.
/// </summary>
public sealed class ReporterReplies(WbsDbContext db, ContentSealer sealer, EvidenceIntake evidence)
{
    /// <summary>Errors keyed "message", or none when the text may be sent.</summary>
    public static Dictionary<string, string> CheckMessage(string? body) =>
        string.IsNullOrWhiteSpace(body) || body.Length > 5000
            ? new() { ["message"] = "Pesan wajib diisi (paling banyak 5.000 karakter)." }
            : [];

    public void AddMessage(Guid reportId, string body, DateTime now) =>
        db.ReportMessages.Add(new ReportMessage { ReportId = reportId, FromStaff = false, At = now, SealedBody = sealer.Seal(reportId, body.Trim()) });

    /// <param name="handler">Who asked, as the message names them ("petugas", "UPG").</param>
    public async Task<(IReadOnlyList<EvidenceFile> Accepted, Dictionary<string, string> Errors)> CheckCompletionAsync(
        string? information, string handler, IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(information))
        {
            errors["information"] = $"Tuliskan informasi tambahan yang diminta {handler}.";
        }
        else if (information.Length > 20000)
        {
            errors["information"] = "Informasi tambahan paling banyak 20.000 karakter.";
        }

        var (accepted, fileErrors) = await evidence.CheckAsync(files, ct);
        if (fileErrors.Count > 0)
        {
            errors["files"] = string.Join(" ", fileErrors);
        }

        return (accepted, errors);
    }

    /// <summary>The completion as a message in the thread plus its files, sealed under the report's key.</summary>
    public void AddCompletion(Guid reportId, string information, IReadOnlyList<EvidenceFile> accepted, DateTime now)
    {
        AddMessage(reportId, "Informasi tambahan:\n" + information.Trim(), now);
        foreach (var file in accepted)
        {
            db.Attachments.Add(ReportSubmission.NewAttachment(sealer, reportId, file, now));
        }
    }
}
