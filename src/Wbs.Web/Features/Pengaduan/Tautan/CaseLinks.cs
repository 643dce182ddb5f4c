using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Staf;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Pengaduan.Tautan;

/// <summary>
/// Links between complaints (duplikat / terkait), made and removed by staff who may see both reports; a report beyond
/// the actor's reach answers exactly as a number that does not exist, and is never listed. Reporters never see links.
/// </summary>
public sealed partial class CaseLinks(WbsDbContext db, ContentSealer sealer, AuditLog audit, AgencyClock clock, StaffComplaints complaints, StaffCaseWork work)
{
    public const string UnknownNumber = "Nomor pengaduan tidak ditemukan.";

    public const string DuplicatePublicNote = "Laporan serupa sudah ditangani oleh Inspektorat; pengaduan ini ditutup sebagai duplikat.";

    /// <summary>The kinds offered on the form: this report repeats the other, the other repeats this one, or they are related.</summary>
    public static readonly (string Value, string Text)[] Choices =
    [
        ("duplikat", "Laporan ini duplikat dari nomor itu"),
        ("asli", "Nomor itu duplikat dari laporan ini"),
        ("terkait", "Terkait (perkara yang sama atau berhubungan)"),
    ];

    public async Task<List<CaseLinkItem>> ListAsync(StaffActor actor, Guid reportId, CancellationToken ct)
    {
        var links = await db.CaseLinks.AsNoTracking().Where(l => l.ReportId == reportId || l.OtherReportId == reportId).OrderBy(l => l.CreatedAt).ToListAsync(ct);
        var otherIds = links.Select(l => l.ReportId == reportId ? l.OtherReportId : l.ReportId).ToList();
        var others = await complaints.Visible(actor).AsNoTracking().Where(c => otherIds.Contains(c.Id))
            .Select(c => new { c.Id, c.RegistrationNumber, c.Status }).ToDictionaryAsync(c => c.Id, ct);
        var names = await work.StaffNamesAsync(links.Select(l => l.CreatedById), ct);
        return links.Where(l => others.ContainsKey(l.ReportId == reportId ? l.OtherReportId : l.ReportId)).Select(l =>
        {
            var other = others[l.ReportId == reportId ? l.OtherReportId : l.ReportId];
            return new CaseLinkItem(l.Id, other.RegistrationNumber, other.Status, l.Kind, l.Kind == CaseLinkKind.Duplicate && l.ReportId == reportId,
                sealer.Open<string>(l.ReportId, l.SealedReason), names.GetValueOrDefault(l.CreatedById) ?? "-", l.CreatedAt);
        }).ToList();
    }

    /// <summary>Links the report to another by number; errors are keyed by the page's field names (Tautan.*).</summary>
    public async Task<Outcome> LinkAsync(StaffActor actor, string registrationNumber, string? otherNumber, string? kind, string? reason, CancellationToken ct)
    {
        var report = await complaints.FindComplaintAsync(actor, registrationNumber, ct);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        var errors = new Dictionary<string, string>();
        if (Choices.All(c => c.Value != kind))
        {
            errors["Tautan.Jenis"] = "Pilih jenis tautan.";
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < CaseLimits.ReasonMinimum || reason.Length > CaseLimits.NoteLength)
        {
            errors["Tautan.Alasan"] = "Tuliskan alasan menautkan kedua laporan (sedikitnya 10 karakter).";
        }

        // The same answer for a number that does not exist and one the actor may not see.
        var number = RegistrationNumbers.Normalize(otherNumber ?? "");
        var other = number is null ? null : await complaints.FindComplaintAsync(actor, number, ct);
        if (other is null)
        {
            errors["Tautan.Nomor"] = UnknownNumber;
        }
        else if (other.Id == report.Id)
        {
            errors["Tautan.Nomor"] = "Pengaduan tidak dapat ditautkan dengan dirinya sendiri.";
        }
        else if (await db.CaseLinks.AnyAsync(l => (l.ReportId == report.Id && l.OtherReportId == other.Id) || (l.ReportId == other.Id && l.OtherReportId == report.Id), ct))
        {
            errors["Tautan.Nomor"] = "Kedua pengaduan sudah ditautkan.";
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var (from, to) = kind == "asli" ? (other!, report) : (report, other!);
        var linkKind = kind == "terkait" ? CaseLinkKind.Related : CaseLinkKind.Duplicate;
        if (linkKind == CaseLinkKind.Duplicate && await db.CaseLinks.AnyAsync(l => l.ReportId == from.Id && l.Kind == CaseLinkKind.Duplicate, ct))
        {
            return Outcome.Invalid("Tautan.Jenis", $"Pengaduan {from.RegistrationNumber} sudah ditandai duplikat dari pengaduan lain.");
        }

        db.CaseLinks.Add(new CaseLink
        {
            Id = Guid.NewGuid(), ReportId = from.Id, OtherReportId = to.Id, Kind = linkKind,
            SealedReason = sealer.Seal(from.Id, reason!.Trim()), CreatedById = actor.Id, CreatedAt = clock.UtcNow,
        });
        var detail = linkKind == CaseLinkKind.Related ? $"terkait {other!.RegistrationNumber}" : $"{from.RegistrationNumber} duplikat dari {to.RegistrationNumber}";
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, AuditActions.Link, report.RegistrationNumber, detail, ct, typedNote: CaseLimits.Stored(reason!));
        return Outcome.Ok;
    }

    public async Task<Outcome> UnlinkAsync(StaffActor actor, string registrationNumber, Guid linkId, CancellationToken ct)
    {
        var report = await complaints.FindComplaintAsync(actor, registrationNumber, ct);
        var link = report is null ? null : await db.CaseLinks.SingleOrDefaultAsync(l => l.Id == linkId && (l.ReportId == report.Id || l.OtherReportId == report.Id), ct);
        var otherId = link is null ? (Guid?)null : link.ReportId == report!.Id ? link.OtherReportId : link.ReportId;
        var other = otherId is null ? null : await complaints.Visible(actor).Where(c => c.Id == otherId).Select(c => c.RegistrationNumber).SingleOrDefaultAsync(ct);
        if (other is null)
        {
            return Outcome.NotFound;
        }

        db.CaseLinks.Remove(link!);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, AuditActions.Unlink, report!.RegistrationNumber, $"{link!.Kind} {other}", ct);
        return Outcome.Ok;
    }

    /// <summary>
    /// Closes a report marked as a duplicate as Ditolak: the internal history names the original, the reporter reads only
    /// that a similar report is handled, never its number.
    /// </summary>
    public async Task<Outcome> CloseAsDuplicateAsync(StaffActor actor, string registrationNumber, string? publicNote, CancellationToken ct)
    {
        var report = await complaints.FindComplaintAsync(actor, registrationNumber, ct);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        var originalId = await db.CaseLinks.Where(l => l.ReportId == report.Id && l.Kind == CaseLinkKind.Duplicate).Select(l => (Guid?)l.OtherReportId).SingleOrDefaultAsync(ct);
        var original = originalId is null ? null
            : await complaints.Visible(actor).Where(c => c.Id == originalId).Select(c => c.RegistrationNumber).SingleOrDefaultAsync(ct);
        if (original is null)
        {
            return Outcome.Invalid("Duplikat", "Tautkan dulu pengaduan ini sebagai duplikat dari pengaduan aslinya.");
        }

        if (publicNote is not null && (publicNote.Contains(original, StringComparison.OrdinalIgnoreCase) || NumberLike().IsMatch(publicNote)))
        {
            return Outcome.Invalid("Duplikat", "Catatan untuk pelapor tidak boleh menyebut nomor pengaduan lain.");
        }

        var change = new StatusChange(ComplaintStatus.Ditolak, publicNote, $"Ditutup sebagai duplikat dari {original}.", null, null);
        var outcome = await complaints.ChangeStatusAsync(actor, report.RegistrationNumber, change, ct);
        return outcome.Errors.Count == 0 ? outcome : new Outcome(outcome.Kind, outcome.Errors.ToDictionary(e => "Duplikat", e => e.Value));
    }

    /// <summary>The inbox's marker of each row that has links to reports the actor may see ("duplikat dari …", "3 terkait").</summary>
    public static async Task<Dictionary<Guid, string>> MarkersAsync(WbsDbContext db, IQueryable<Complaint> visible, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var links = await db.CaseLinks.AsNoTracking().Where(l => ids.Contains(l.ReportId) || ids.Contains(l.OtherReportId))
            .Select(l => new { l.ReportId, l.OtherReportId, l.Kind }).ToListAsync(ct);
        if (links.Count == 0)
        {
            return [];
        }

        var otherIds = links.SelectMany(l => new[] { l.ReportId, l.OtherReportId }).Distinct().ToList();
        var numbers = await visible.AsNoTracking().Where(c => otherIds.Contains(c.Id)).Select(c => new { c.Id, c.RegistrationNumber }).ToDictionaryAsync(c => c.Id, c => c.RegistrationNumber, ct);
        var markers = new Dictionary<Guid, string>();
        foreach (var id in ids)
        {
            var mine = links.Where(l => (l.ReportId == id && numbers.ContainsKey(l.OtherReportId)) || (l.OtherReportId == id && numbers.ContainsKey(l.ReportId))).ToList();
            var duplicateOf = mine.FirstOrDefault(l => l.Kind == CaseLinkKind.Duplicate && l.ReportId == id);
            var rest = mine.Count - (duplicateOf is null ? 0 : 1);
            var parts = new List<string>();
            if (duplicateOf is not null)
            {
                parts.Add("duplikat dari " + numbers[duplicateOf.OtherReportId]);
            }

            if (rest > 0)
            {
                parts.Add($"{rest} terkait");
            }

            if (parts.Count > 0)
            {
                markers[id] = string.Join(" · ", parts);
            }
        }

        return markers;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z]{3}\s*-\s*\d{4}\s*-\s*\d{1,5}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NumberLike();
}
