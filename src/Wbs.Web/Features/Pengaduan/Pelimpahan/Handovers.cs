using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Features.Akun;
using Wbs.Web.Documents;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Staf;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Pengaduan.Pelimpahan;

/// <summary>
/// Hand-over (pelimpahan) of a complaint to a competent body, by an Inspektur only: a ZIP with the redacted case file,
/// the chosen cleaned evidence files and a SHA-256 manifest, recorded with its digest, sealed under the case's key so
/// it can be downloaded again byte for byte, audited, and the case moved to Diteruskan with the body named.
/// </summary>
public sealed class Handovers(
    WbsDbContext db, ContentSealer sealer, AuditLog audit, AgencyClock clock, StaffComplaints complaints, ReporterAccounts accounts,
    IOptionsMonitor<AgencyOptions> agency)
{
    /// <summary>The bodies a case is handed to; "Lainnya" takes a typed name.</summary>
    public static readonly string[] Recipients = ["Kepolisian (APH)", "Kejaksaan (APH)", "KPK", "Ombudsman RI", "LPSK", "BPK", "BPKP", Other];

    public const string Other = "Lainnya";

    public const int RecipientLength = 90;

    public static string PublicNoteFor(string recipient) =>
        $"Pengaduan Anda telah dilimpahkan kepada {recipient}, instansi yang berwenang menanganinya. Identitas Anda tetap dirahasiakan.";

    public static string FileName(string registrationNumber, DateOnly letterDate) =>
        $"pelimpahan-{registrationNumber}-{letterDate:yyyyMMdd}.zip";

    public async Task<HandoverDraft?> DraftAsync(StaffActor actor, string registrationNumber, CancellationToken ct)
    {
        var report = actor.IsInspektur ? await complaints.FindComplaintAsync(actor, registrationNumber, ct) : null;
        if (report is null)
        {
            return null;
        }

        var content = sealer.Open<ComplaintContent>(report.Id, report.SealedContent);
        var messages = await db.ReportMessages.AsNoTracking().Where(m => m.ReportId == report.Id).OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(ct);
        var files = await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.SealedFileName, a.ContentType, a.Size }).ToListAsync(ct);
        return new HandoverDraft(
            report.RegistrationNumber, content.Title, report.Status, ComplaintWorkflow.IsAllowed(report.Status, ComplaintStatus.Diteruskan),
            await PartsAsync(report, content, ct),
            messages.Select(m => new HandoverPart("pesan-" + m.Id.ToString(CultureInfo.InvariantCulture),
                $"{clock.Format(m.At)} - {(m.FromStaff ? "Inspektorat" : "Pelapor")}", sealer.Open<string>(report.Id, m.SealedBody))).ToList(),
            files.Select(f => (f.Id, sealer.Open<string>(report.Id, f.SealedFileName), f.ContentType, f.Size)).ToList(),
            await PackagesAsync(report.Id, ct));
    }

    public async Task<List<HandoverRecord>> PackagesAsync(Guid reportId, CancellationToken ct)
    {
        var rows = await db.HandoverPackages.AsNoTracking().Where(p => p.ReportId == reportId).OrderBy(p => p.CreatedAt)
            .Select(p => new { p.Id, p.Recipient, p.LetterNumber, p.LetterDate, p.CreatedById, p.CreatedAt, p.FileIds, p.RedactionCount, p.IdentityIncluded, p.Sha256, p.Size })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.CreatedById).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
        return rows.Select(r => new HandoverRecord(r.Id, r.Recipient, r.LetterNumber, r.LetterDate, names.GetValueOrDefault(r.CreatedById) ?? "-", r.CreatedAt,
            r.FileIds.Length == 0 ? 0 : r.FileIds.Split(',').Length, r.RedactionCount, r.IdentityIncluded, r.Sha256, r.Size)).ToList();
    }

    /// <summary>What the reporter's page says of hand-overs that carried their identity.</summary>
    public static async Task<List<ReporterHandoverNotice>> IdentityNoticesAsync(WbsDbContext db, ContentSealer sealer, Guid reportId, CancellationToken ct) =>
        (await db.HandoverPackages.AsNoTracking().Where(p => p.ReportId == reportId && p.IdentityIncluded).OrderBy(p => p.CreatedAt)
            .Select(p => new { p.Recipient, p.CreatedAt, p.SealedIdentityReason }).ToListAsync(ct))
        .Select(p => new ReporterHandoverNotice(p.Recipient, p.CreatedAt, p.SealedIdentityReason is null ? "" : sealer.Open<string>(reportId, p.SealedIdentityReason)))
        .ToList();

    /// <summary>Makes, stores and records a package and moves the case to Diteruskan; errors are keyed by the page's field names.</summary>
    public async Task<Outcome<HandoverRecord>> CreateAsync(StaffActor actor, string registrationNumber, HandoverRequest request, CancellationToken ct)
    {
        if (!actor.IsInspektur)
        {
            return Outcome.Forbidden.Without<HandoverRecord>();
        }

        var report = await complaints.FindComplaintAsync(actor, registrationNumber, ct);
        if (report is null)
        {
            return Outcome.NotFound.Without<HandoverRecord>();
        }

        var content = sealer.Open<ComplaintContent>(report.Id, report.SealedContent);
        var parts = await PartsAsync(report, content, ct);
        var messages = await db.ReportMessages.AsNoTracking().Where(m => m.ReportId == report.Id && request.MessageIds.Contains(m.Id))
            .OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(ct);
        var files = await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id && request.FileIds.Contains(a.Id))
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Select(a => new { a.Id, a.ContentType, a.Size }).ToListAsync(ct);

        var errors = new Dictionary<string, string>();
        var recipient = Recipients.FirstOrDefault(r => r == request.Recipient);
        if (recipient is null)
        {
            errors["Input.Recipient"] = "Pilih instansi penerima.";
        }
        else if (recipient == Other)
        {
            recipient = request.OtherRecipient?.Trim();
            if (string.IsNullOrEmpty(recipient) || recipient.Length > RecipientLength)
            {
                errors["Input.OtherRecipient"] = $"Tuliskan nama instansi penerima (paling banyak {RecipientLength} karakter).";
            }
        }

        var letterNumber = request.LetterNumber?.Trim();
        if (string.IsNullOrEmpty(letterNumber) || letterNumber.Length > 100)
        {
            errors["Input.LetterNumber"] = "Tuliskan nomor surat pengantar (paling banyak 100 karakter).";
        }

        if (!DateOnly.TryParseExact(request.LetterDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var letterDate))
        {
            errors["Input.LetterDate"] = "Isi tanggal surat pengantar.";
        }

        if (string.IsNullOrWhiteSpace(request.PublicNote) || request.PublicNote.Length > CaseLimits.NoteLength)
        {
            errors["Input.PublicNote"] = "Catatan untuk pelapor wajib diisi (paling banyak 5.000 karakter); jangan menyebut isi berkas.";
        }

        if (request.IncludeIdentity && CaseLimits.CheckReason(request.IdentityReason, "identitas pelapor kepada instansi penerima") is { IsOk: false } reasonMissing)
        {
            errors["Input.IdentityReason"] = reasonMissing.Errors["reason"];
        }

        if (files.Count != request.FileIds.Count)
        {
            errors["Input.Files"] = "Berkas bukti yang dipilih tidak ada pada laporan ini.";
        }

        // Every text goes through the markers, included or not marked; a changed text is refused, never sent as edited.
        var phrases = Redaction.Phrases(request.Phrases);
        var redacted = new Dictionary<string, RedactedText>();
        foreach (var part in parts.Concat(messages.Select(m => new HandoverPart("pesan-" + m.Id.ToString(CultureInfo.InvariantCulture), "",
                     sealer.Open<string>(report.Id, m.SealedBody)))))
        {
            var (text, error) = Redaction.Apply(part.Text, request.Marked.GetValueOrDefault(part.Key), phrases);
            if (error is not null)
            {
                errors[$"Input.Bagian[{part.Key}]"] = error;
            }
            else
            {
                redacted[part.Key] = text!;
            }
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors).Without<HandoverRecord>();
        }

        if (!ComplaintWorkflow.IsAllowed(report.Status, ComplaintStatus.Diteruskan))
        {
            return Outcome.Conflict("Input", $"Pengaduan berstatus {report.Status.Display()} tidak dapat dilimpahkan; pelimpahan dapat dilakukan dari status Verifikasi atau Ditindaklanjuti.")
                .Without<HandoverRecord>();
        }

        var now = clock.UtcNow;
        var identity = request.IncludeIdentity ? await IdentityLinesAsync(report, ct) : null;
        var package = await BuildAsync(report, content, parts, messages, redacted, files.Select(f => (f.Id, f.ContentType, f.Size)).ToList(),
            recipient!, letterNumber!, letterDate, identity is null ? null : (identity, request.IdentityReason!.Trim()), actor, now, ct);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(package.Bytes));
        var row = new HandoverPackage
        {
            Id = Guid.NewGuid(),
            ReportId = report.Id,
            Recipient = recipient!,
            LetterNumber = letterNumber!,
            LetterDate = letterDate,
            CreatedById = actor.Id,
            CreatedAt = now,
            FileIds = string.Join(',', files.Select(f => f.Id)),
            RedactionCount = redacted.Values.Sum(t => t.Count),
            IdentityIncluded = identity is not null,
            SealedIdentityReason = identity is null ? null : sealer.Seal(report.Id, CaseLimits.Stored(request.IdentityReason!)),
            Sha256 = sha256,
            Size = package.Bytes.Length,
            SealedPackage = sealer.SealBytes(report.Id, package.Bytes),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.HandoverPackages.Add(row);
            var change = new StatusChange(ComplaintStatus.Diteruskan, request.PublicNote!.Trim(),
                $"Pelimpahan kepada {recipient} dengan surat nomor {letterNumber} tanggal {Receipts.Date(letterDate)}.", null, recipient);
            var changed = await complaints.ChangeStatusAsync(actor, report.RegistrationNumber, change, ct);
            if (!changed.IsOk)
            {
                db.ChangeTracker.Clear();
                return changed.Without<HandoverRecord>();
            }

            await audit.AppendAsync(actor.UserName, AuditActions.Handover, report.RegistrationNumber,
                string.Create(CultureInfo.InvariantCulture,
                    $"{recipient}; surat {letterNumber} {letterDate:yyyy-MM-dd}; berkas {files.Count} [{row.FileIds}]; hitam {row.RedactionCount}; identitas {(row.IdentityIncluded ? "ya" : "tidak")}; sha256 {sha256}"),
                ct, typedNote: row.IdentityIncluded ? CaseLimits.Stored(request.IdentityReason!) : null);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            return CaseChanges.Refused(db).Without<HandoverRecord>();
        }

        return Outcome.With(new HandoverRecord(row.Id, row.Recipient, row.LetterNumber, row.LetterDate, actor.UserName, row.CreatedAt,
            files.Count, row.RedactionCount, row.IdentityIncluded, row.Sha256, row.Size));
    }

    /// <summary>A package again, for an Inspektur only, audited; null for anyone else or another case's package.</summary>
    public async Task<HandoverDownload?> DownloadAsync(StaffActor actor, string registrationNumber, Guid packageId, CancellationToken ct)
    {
        var report = actor.IsInspektur ? await complaints.FindComplaintAsync(actor, registrationNumber, ct) : null;
        if (report is null)
        {
            return null;
        }

        var row = await db.HandoverPackages.AsNoTracking().Where(p => p.Id == packageId && p.ReportId == report.Id)
            .Select(p => new { p.SealedPackage, p.Sha256, p.LetterDate }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var bytes = sealer.OpenBytes(report.Id, row.SealedPackage);
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != row.Sha256)
        {
            throw new InvalidDataException("A stored hand-over package does not match its recorded digest.");
        }

        await audit.AppendAsync(actor.UserName, AuditActions.HandoverDownload, report.RegistrationNumber, $"{packageId}; sha256 {row.Sha256}", ct);
        return new HandoverDownload(FileName(report.RegistrationNumber, row.LetterDate), bytes);
    }

    // The texts of the case a reader of the package sees: the 5W+1H content and the public notes of its history.
    private async Task<List<HandoverPart>> PartsAsync(Complaint report, ComplaintContent content, CancellationToken ct)
    {
        var parts = new List<HandoverPart> { new("judul", "Judul", content.Title), new("uraian", "Uraian (What)", content.Description) };
        for (var i = 0; i < content.ReportedPersons.Count; i++)
        {
            var p = content.ReportedPersons[i];
            parts.Add(new($"terlapor-{i}", $"Terlapor {i + 1} (Who)", p.Name + (p.Position is null ? "" : ", " + p.Position) + (p.Unit is null ? "" : " (" + p.Unit + ")")));
        }

        if (content.Witnesses is not null)
        {
            parts.Add(new("saksi", "Saksi", content.Witnesses));
        }

        parts.Add(new("lokasi", "Lokasi (Where)", content.Location));
        if (content.Why is not null)
        {
            parts.Add(new("mengapa", "Mengapa (Why)", content.Why));
        }

        if (content.How is not null)
        {
            parts.Add(new("bagaimana", "Bagaimana (How)", content.How));
        }

        if (content.ChannelReference is not null)
        {
            parts.Add(new("rujukan", "Rujukan kanal", content.ChannelReference));
        }

        var events = await db.ComplaintEvents.AsNoTracking()
            .Where(e => e.ReportId == report.Id && e.SealedPublicNote != null
                && (e.Kind == ReportEventKind.Submitted || e.Kind == ReportEventKind.StatusChanged || e.Kind == ReportEventKind.Completed))
            .OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new { e.Id, e.At, e.Status, e.SealedPublicNote }).ToListAsync(ct);
        parts.AddRange(events.Select(e => new HandoverPart("riwayat-" + e.Id.ToString(CultureInfo.InvariantCulture),
            $"Riwayat {clock.Format(e.At)} - {e.Status.Display()}", sealer.Open<string>(report.Id, e.SealedPublicNote!))));
        return parts;
    }

    private async Task<List<(string Label, string Value)>> IdentityLinesAsync(Complaint report, CancellationToken ct)
    {
        var contact = await complaints.ContactAsync(report, ct);
        var lines = new List<(string Label, string Value)>();
        if (report.ReporterId is { } reporterId)
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == reporterId, ct);
            lines.Add(("Nama akun pelapor", user.UserName ?? "-"));
            contact = accounts.ContactOf(user);
        }
        else
        {
            lines.Add(("Pelapor", report.Channel == ComplaintChannel.Web ? "Tanpa akun (melalui situs)" : $"Dicatat petugas ({report.Channel.Display()})"));
        }

        lines.Add(("Nomor HP", contact?.PhoneNumber ?? "-"));
        lines.Add(("Email", contact?.Email ?? "-"));
        return lines;
    }

    private async Task<(byte[] Bytes, int Files)> BuildAsync(
        Complaint report, ComplaintContent content, List<HandoverPart> parts, List<ReportMessage> messages, Dictionary<string, RedactedText> redacted,
        List<(Guid Id, string ContentType, long Size)> files, string recipient, string letterNumber, DateOnly letterDate,
        (List<(string Label, string Value)> Lines, string Reason)? identity, StaffActor actor, DateTime now, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(clock.ToLocal(now), DateTimeKind.Unspecified), clock.Zone.GetUtcOffset(now));
        var manifest = new StringBuilder();
        var entries = new List<HandoverFileEntry>();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < files.Count; i++)
            {
                // Neutral names: a name the reporter gave a file can name them, and a ZIP entry cannot be blacked out.
                var name = string.Create(CultureInfo.InvariantCulture, $"bukti/bukti-{i + 1:00}.{Extension(files[i].ContentType)}");
                var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
                entry.LastWriteTime = stamp;
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                long size = 0;
                await using (var source = await EvidenceBlobs.OpenAsync(db, sealer, files[i].Id, nameof(AttachmentBlob.Data), report.Id, ct)
                    ?? throw new InvalidDataException("An evidence file has no stored bytes."))
                await using (var target = entry.Open())
                {
                    var chunk = new byte[81920];
                    int read;
                    while ((read = await source.ReadAsync(chunk, ct)) > 0)
                    {
                        hash.AppendData(chunk, 0, read);
                        await target.WriteAsync(chunk.AsMemory(0, read), ct);
                        size += read;
                    }
                }

                var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
                entries.Add(new HandoverFileEntry(name, files[i].ContentType, size, sha));
                manifest.Append(sha).Append("  ").Append(name).Append('\n');
            }

            var caseFile = new HandoverCaseFile(
                report.RegistrationNumber, recipient, letterNumber, letterDate,
                clock.Format(report.SubmittedAt) + (report.ReceivedOn is { } on ? $" (diterima {Receipts.Date(on)})" : ""),
                report.Channel.Display(),
                await db.ViolationTypes.Where(v => v.Id == report.ViolationTypeId).Select(v => v.Name).SingleAsync(ct),
                report.UnitId is null ? null : await db.Units.Where(u => u.Id == report.UnitId).Select(u => u.Name).SingleAsync(ct),
                Receipts.Date(content.IncidentDate) + (content.IncidentDateEnd is { } end ? " sampai " + Receipts.Date(end) : ""),
                content.EstimatedLoss is { } loss ? Receipts.Rupiah(loss) : null,
                parts.Where(p => !p.Key.StartsWith("riwayat-", StringComparison.Ordinal)).Select(p => (p.Label, redacted[p.Key])).ToList(),
                await HistoryAsync(report, redacted, ct),
                messages.Select(m => (clock.Format(m.At), m.FromStaff ? "Inspektorat" : "Pelapor", redacted["pesan-" + m.Id.ToString(CultureInfo.InvariantCulture)])).ToList(),
                entries, actor.UserName, clock.Format(now))
            {
                Identity = identity is { } given ? (given.Lines, given.Reason) : null,
            };
            var pdf = HandoverDocument.Render(caseFile, agency.CurrentValue);
            var pdfName = $"berkas-pelimpahan-{report.RegistrationNumber}.pdf";
            await WriteEntryAsync(zip, pdfName, pdf, stamp, ct);
            manifest.Insert(0, $"{Convert.ToHexStringLower(SHA256.HashData(pdf))}  {pdfName}\n");
            await WriteEntryAsync(zip, "MANIFEST.sha256", Encoding.UTF8.GetBytes(manifest.ToString()), stamp, ct);
        }

        return (buffer.ToArray(), files.Count);
    }

    private async Task<List<(string At, string Status, RedactedText? Note)>> HistoryAsync(Complaint report, Dictionary<string, RedactedText> redacted, CancellationToken ct) =>
        (await db.ComplaintEvents.AsNoTracking()
            .Where(e => e.ReportId == report.Id && (e.Kind == ReportEventKind.Submitted || e.Kind == ReportEventKind.StatusChanged || e.Kind == ReportEventKind.Completed))
            .OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new { e.Id, e.At, e.Status, e.Kind }).ToListAsync(ct))
        .Select(e => (clock.Format(e.At), e.Kind == ReportEventKind.Completed ? "Dilengkapi pelapor" : e.Status.Display(),
            redacted.GetValueOrDefault("riwayat-" + e.Id.ToString(CultureInfo.InvariantCulture))))
        .ToList();

    private static async Task WriteEntryAsync(ZipArchive zip, string name, byte[] bytes, DateTimeOffset stamp, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        await using var target = entry.Open();
        await target.WriteAsync(bytes, ct);
    }

    private static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/webp" => "webp",
        "application/pdf" => "pdf",
        "video/mp4" => "mp4",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
        _ => "bin",
    };
}
