using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Documents;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Kasus.BatasWaktu;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Gratifikasi.Staf;

/// <summary>
/// A gratification report as the UPG works on it: the gift, the masked identity (revealed only with a reason), the
/// deadlines, evidence, conversation, notes, history and the workflow towards KPK. Failures stay on this page.
/// </summary>
public class DetailModel(StaffGratifications gratifications, KpkForms kpkForms, Deadlines deadlines, AgencyClock clock, StaffCaseWork work, TimeLimits limits) : StaffCasePage<StaffGratificationDetail>(gratifications, work)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["status"] = "Status laporan diubah.",
        ["pesan"] = "Pesan terkirim kepada pelapor.",
        ["catatan"] = "Catatan internal tersimpan.",
        ["tahan"] = "Kasus ditahan: isinya tidak akan dihapus sampai penahanan dilepas.",
        ["lepas-tahan"] = "Penahanan dilepas; jadwal retensi berlaku lagi.",
    };

    private static readonly StaffCaseLabels Words = new(
        "/Staf/Gratifikasi", "/Staf/Gratifikasi", "Kotak masuk gratifikasi", "Laporan gratifikasi", "Laporan dikirim",
        "Dokumen pendukung", "Tidak ada dokumen pendukung.", "UPG", "Terlihat oleh pelapor. Jangan menulis isi catatan internal.",
        "Terlihat oleh pelapor. Wajib untuk Perlu Dilengkapi: tuliskan apa yang perlu dilengkapi.");

    private static readonly string[] StatusKeys = ["Ubah.To", "Ubah.PublicNote", "Ubah.ForwardedOn", "Ubah.Decision", "Ubah.DecisionNumber", "Ubah.DecisionDate", "Ubah.SignatoryLevel", "Ubah.SignedBy", "Ubah"];

    public override StaffCaseLabels Labels => Words;

    public override IReadOnlyList<string> StatusErrorKeys => StatusKeys;

    public DeadlineLabel Deadline { get; private set; } = DeadlineLabel.None;

    /// <summary>The service limits (tanda terima, verifikasi, umpan balik).</summary>
    public CaseTimeLimitsView TimeLimits { get; private set; } = CaseTimeLimitsView.Empty;

    /// <summary>The reporter's full identity, on this one answer after a reveal and never again without another.</summary>
    public GratificationIdentity? RevealedIdentity { get; private set; }

    [BindProperty]
    public StatusInput Ubah { get; set; } = new();

    [BindProperty]
    public string? AlasanIdentitas { get; set; }

    [BindProperty]
    public string? AlasanFormulir { get; set; }

    public sealed class StatusInput : StaffStatusInput
    {
        public string? ForwardedOn { get; set; }
        public string? Decision { get; set; }
        public string? DecisionNumber { get; set; }
        public string? DecisionDate { get; set; }
        public string? SignatoryLevel { get; set; }
        public string? SignedBy { get; set; }
    }

    public async Task<IActionResult> OnPostIdentitasAsync(string nomor, CancellationToken ct)
    {
        var outcome = await gratifications.RevealIdentityAsync(StaffAuth.Actor(User), nomor, AlasanIdentitas, ct);
        if (!outcome.IsOk)
        {
            return await AfterAsync(nomor, outcome, "AlasanIdentitas", null, ct);
        }

        // Shown on this answer only: the identity never travels in an address or a redirect.
        ModelState.Remove(nameof(AlasanIdentitas));
        AlasanIdentitas = null;
        var page = await ShowAsync(nomor, ct);
        RevealedIdentity = outcome.Value;
        return page;
    }

    /// <summary>The KPK form (identity in full) as a download, for a stated reason the audit log keeps; refused before verification.</summary>
    public async Task<IActionResult> OnPostFormulirKpkAsync(string nomor, CancellationToken ct)
    {
        var outcome = await kpkForms.RenderAsync(StaffAuth.Actor(User), nomor, AlasanFormulir, ct);
        return outcome.Value is { } pdf
            ? File(pdf.Content, "application/pdf", pdf.FileName)
            : await AfterAsync(nomor, outcome, nameof(AlasanFormulir), null, ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(string nomor, CancellationToken ct)
    {
        var to = Enum.GetValues<GratificationStatus>().Select(s => (GratificationStatus?)s).FirstOrDefault(s => s.ToString() == Ubah.To);
        if (to is null)
        {
            ModelState.AddModelError("Ubah.To", "Pilih status baru.");
            return await ShowAsync(nomor, ct);
        }

        var forwardedOn = ParseDate(Ubah.ForwardedOn, "Ubah.ForwardedOn");
        var decisionDate = ParseDate(Ubah.DecisionDate, "Ubah.DecisionDate");
        if (!ModelState.IsValid)
        {
            return await ShowAsync(nomor, ct);
        }

        var decision = Enum.GetValues<KpkDecision>().Select(d => (KpkDecision?)d).FirstOrDefault(d => d.ToString() == Ubah.Decision);
        var change = to == GratificationStatus.DiteruskanKeKpk
            ? new GratificationStatusChange(to.Value, Ubah.PublicNote, Ubah.InternalNote, ForwardedOn: forwardedOn)
            : to == GratificationStatus.DitetapkanKpk
                ? new GratificationStatusChange(to.Value, Ubah.PublicNote, Ubah.InternalNote, Decision: decision, DecisionNumber: Ubah.DecisionNumber, DecisionDate: decisionDate,
                    SignatoryLevel: Enum.GetValues<PositionLevel>().Select(l => (PositionLevel?)l).FirstOrDefault(l => l.ToString() == Ubah.SignatoryLevel), SignedBy: Ubah.SignedBy)
                : new GratificationStatusChange(to.Value, Ubah.PublicNote, Ubah.InternalNote);
        return await AfterAsync(nomor, await gratifications.ChangeStatusAsync(StaffAuth.Actor(User), nomor, change, ct), "Ubah", "status", ct);
    }

    public string FieldClass(string key) => ErrorOf(key) is null ? "field" : "field field-error";

    private DateOnly? ParseDate(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        ModelState.AddModelError(key, "Tanggal tidak dapat dibaca; gunakan format tahun-bulan-tanggal.");
        return null;
    }

    protected override string FieldOf(string form, string key) => (form, key) switch
    {
        ("Ubah", "status") => "Ubah.To",
        ("Ubah", "publicNote") => "Ubah.PublicNote",
        ("Ubah", "forwardedOn") => "Ubah.ForwardedOn",
        ("Ubah", "decision") => "Ubah.Decision",
        ("Ubah", "decisionNumber") => "Ubah.DecisionNumber",
        ("Ubah", "decisionDate") => "Ubah.DecisionDate",
        ("Ubah", "signatoryLevel") => "Ubah.SignatoryLevel",
        ("Ubah", "signedBy") => "Ubah.SignedBy",
        ("Ubah", _) => "Ubah",
        _ => form,
    };

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;

    protected override StaffStatusInput SharedStatusInput => Ubah;

    protected override Task<StaffGratificationDetail?> LoadAsync(StaffActor actor, string nomor, CancellationToken ct) => gratifications.DetailAsync(actor, nomor, ct);

    /// <summary>The gratification page shows no "tanpa akun" mark.</summary>
    protected override StaffCaseFacts FactsOf(StaffGratificationDetail report) =>
        StaffCaseFacts.Of(report.RegistrationNumber, report.Status, false, report.AllowedNext, report.Events, report.Messages, report.Attachments, s => s.Display());

    protected override async Task PrepareAsync(StaffGratificationDetail report, CancellationToken ct)
    {
        Deadline = DeadlineLabel.Of(report.DueOn, clock.Today, await deadlines.HolidaysAsync(ct));
        TimeLimits = await limits.ForGratificationAsync(report.Id, ct);
    }
}
