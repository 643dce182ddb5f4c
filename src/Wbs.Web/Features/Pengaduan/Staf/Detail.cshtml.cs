using Wbs.Web.Features.Pengaduan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Kasus.BatasWaktu;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Staf;
using Wbs.Web.Features.Pengaduan.Pelimpahan;
using Wbs.Web.Features.Pengaduan.Tautan;

namespace Wbs.Web.Features.Pengaduan.Staf;

/// <summary>
/// A complaint as staff work on it: its content, evidence, checklist, the conversation, notes, history and the
/// actions of the workflow. Every form posts here; what goes wrong is shown on this page with what was typed kept.
/// </summary>
[Authorize(Policy = StaffAuth.ComplaintPolicy)]
public class DetailModel(StaffComplaints reports, Deadlines deadlines, AgencyClock clock, StaffCaseWork work, TimeLimits limits, Handovers handovers, CaseLinks links)
    : StaffCasePage<StaffComplaintDetail>(reports, work)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["status"] = "Status pengaduan diubah.",
        ["disposisi"] = "Disposisi tersimpan.",
        ["periksa"] = "Daftar periksa 5W+1H tersimpan.",
        ["pesan"] = "Pesan terkirim kepada pelapor.",
        ["catatan"] = "Catatan internal tersimpan.",
        ["tahan"] = "Kasus ditahan: isinya tidak akan dihapus sampai penahanan dilepas.",
        ["lepas-tahan"] = "Penahanan dilepas; jadwal retensi berlaku lagi.",
        ["pelimpahan"] = "Paket pelimpahan dibuat dan pengaduan berstatus Diteruskan.",
        ["tautan"] = "Pengaduan ditautkan.",
        ["lepas"] = "Tautan dilepas.",
        ["duplikat"] = "Pengaduan ditutup sebagai duplikat.",
    };

    private static readonly StaffCaseLabels Words = new(
        "/Staf/Pengaduan", "/Staf", "Kotak masuk", "Nomor registrasi", "Pengaduan dikirim", "Berkas bukti", "Tidak ada berkas bukti.",
        "Petugas", "Terlihat oleh pelapor. Jangan menyebut identitas pelapor atau isi catatan internal.",
        "Terlihat oleh pelapor. Wajib untuk Perlu Dilengkapi, Ditolak, Diteruskan dan Selesai.");

    private static readonly string[] StatusKeys = ["Ubah.To", "Ubah.PublicNote", "Ubah.Outcome", "Ubah.ForwardTarget", "Ubah.ForwardDetail", "Ubah"];

    public override StaffCaseLabels Labels => Words;

    public override IReadOnlyList<string> StatusErrorKeys => StatusKeys;

    public DeadlineLabel Deadline { get; private set; } = DeadlineLabel.None;

    /// <summary>The service limits (tanda terima, verifikasi, umpan balik).</summary>
    public CaseTimeLimitsView TimeLimits { get; private set; } = CaseTimeLimitsView.Empty;
    public List<(string Id, string Name)> Verifikators { get; private set; } = [];

    /// <summary>The reporter's contact, shown on this one answer after a reveal and never again without another.</summary>
    public ContactDetails? RevealedContact { get; private set; }

    [BindProperty]
    public StatusInput Ubah { get; set; } = new();

    [BindProperty]
    public List<Checklist> Periksa { get; set; } = [];

    [BindProperty]
    public string? AlasanKontak { get; set; }

    [BindProperty]
    public string? Petugas { get; set; }

    /// <summary>The hand-over packages of the case (Inspektur only).</summary>
    public List<HandoverRecord> Packages { get; private set; } = [];

    /// <summary>The links to reports the actor may see.</summary>
    public List<CaseLinkItem> Links { get; private set; } = [];

    [BindProperty]
    public LinkInput Tautan { get; set; } = new();

    [BindProperty]
    public string? CatatanDuplikat { get; set; }

    public sealed class LinkInput
    {
        public string? Nomor { get; set; }
        public string? Jenis { get; set; }
        public string? Alasan { get; set; }
    }

    public async Task<IActionResult> OnPostTautAsync(string nomor, CancellationToken ct) =>
        await AfterAsync(nomor, await links.LinkAsync(StaffAuth.Actor(User), nomor, Tautan.Nomor, Tautan.Jenis, Tautan.Alasan, ct), "Tautan", "tautan", ct);

    public async Task<IActionResult> OnPostLepasAsync(string nomor, Guid id, CancellationToken ct) =>
        await AfterAsync(nomor, await links.UnlinkAsync(StaffAuth.Actor(User), nomor, id, ct), "Tautan", "lepas", ct);

    public async Task<IActionResult> OnPostDuplikatAsync(string nomor, CancellationToken ct) =>
        await AfterAsync(nomor, await links.CloseAsDuplicateAsync(StaffAuth.Actor(User), nomor, CatatanDuplikat, ct), "Duplikat", "duplikat", ct);

    public sealed class StatusInput : StaffStatusInput
    {
        public string? Outcome { get; set; }
        public string? ForwardTarget { get; set; }
        public string? ForwardDetail { get; set; }
    }

    public async Task<IActionResult> OnPostPeriksaAsync(string nomor, CancellationToken ct)
    {
        var checklist = Periksa.Where(c => Enum.IsDefined(c)).Aggregate(Checklist.None, (all, c) => all | c);
        return await AfterAsync(nomor, await reports.SetChecklistAsync(StaffAuth.Actor(User), nomor, checklist, ct), "Periksa", "periksa", ct);
    }

    public async Task<IActionResult> OnPostDisposisiAsync(string nomor, CancellationToken ct) =>
        await AfterAsync(nomor, await reports.AssignAsync(StaffAuth.Actor(User), nomor, Petugas ?? "", ct), "Petugas", "disposisi", ct);

    public async Task<IActionResult> OnPostKontakAsync(string nomor, CancellationToken ct)
    {
        var outcome = await reports.RevealContactAsync(StaffAuth.Actor(User), nomor, AlasanKontak, ct);
        if (!outcome.IsOk)
        {
            return await AfterAsync(nomor, outcome, "AlasanKontak", null, ct);
        }

        // Shown on this answer only: the number never travels in an address or a redirect.
        ModelState.Remove(nameof(AlasanKontak));
        AlasanKontak = null;
        var page = await ShowAsync(nomor, ct);
        RevealedContact = outcome.Value;
        return page;
    }

    public async Task<IActionResult> OnPostStatusAsync(string nomor, CancellationToken ct)
    {
        var to = Enum.GetValues<ComplaintStatus>().Select(s => (ComplaintStatus?)s).FirstOrDefault(s => s.ToString() == Ubah.To);
        if (to is null)
        {
            ModelState.AddModelError("Ubah.To", "Pilih status baru.");
            return await ShowAsync(nomor, ct);
        }

        var outcome = Ubah.Outcome switch
        {
            nameof(ComplaintOutcome.Terbukti) => ComplaintOutcome.Terbukti,
            nameof(ComplaintOutcome.TidakTerbukti) => ComplaintOutcome.TidakTerbukti,
            _ => (ComplaintOutcome?)null,
        };
        var target = ComplaintWorkflow.ForwardTargets.FirstOrDefault(t => t == Ubah.ForwardTarget);
        var detail = Ubah.ForwardDetail?.Trim();
        if (to == ComplaintStatus.Diteruskan && target == ComplaintWorkflow.ForwardTargets[^1] && string.IsNullOrEmpty(detail))
        {
            ModelState.AddModelError("Ubah.ForwardDetail", "Sebutkan nama instansi tujuan.");
            return await ShowAsync(nomor, ct);
        }

        var forwardedTo = target is null ? null : string.IsNullOrEmpty(detail) ? target : $"{target}: {detail}";
        var change = new StatusChange(to.Value, Ubah.PublicNote, Ubah.InternalNote,
            to == ComplaintStatus.Selesai ? outcome : null, to == ComplaintStatus.Diteruskan ? forwardedTo : null);
        return await AfterAsync(nomor, await reports.ChangeStatusAsync(StaffAuth.Actor(User), nomor, change, ct), "Ubah", "status", ct);
    }

    protected override string FieldOf(string form, string key) => (form, key) switch
    {
        ("Ubah", "status") => "Ubah.To",
        ("Ubah", "publicNote") => "Ubah.PublicNote",
        ("Ubah", "outcome") => "Ubah.Outcome",
        ("Ubah", "forwardedTo") => "Ubah.ForwardTarget",
        ("Ubah", _) => "Ubah",
        ("Tautan" or "Duplikat", _) => key,
        _ => form,
    };

    /// <summary>Only complaints are assigned (disposisi).</summary>
    public override string EventText(ReportEventKind kind) => kind == ReportEventKind.Assigned ? "Disposisi" : base.EventText(kind);

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;

    protected override StaffStatusInput SharedStatusInput => Ubah;

    protected override Task<StaffComplaintDetail?> LoadAsync(StaffActor actor, string nomor, CancellationToken ct) => reports.DetailAsync(actor, nomor, ct);

    protected override StaffCaseFacts FactsOf(StaffComplaintDetail report) =>
        StaffCaseFacts.Of(report.RegistrationNumber, report.Status, report.WithoutAccount, report.AllowedNext, report.Events, report.Messages, report.Attachments, s => s.Display());

    protected override async Task PrepareAsync(StaffComplaintDetail report, CancellationToken ct)
    {
        Deadline = DeadlineLabel.Of(report.DueOn, clock.Today, await deadlines.HolidaysAsync(ct));
        TimeLimits = await limits.ForComplaintAsync(report.Id, ct);
        if (Actor.IsInspektur)
        {
            Verifikators = await reports.VerifikatorsAsync(ct);
            Packages = await handovers.PackagesAsync(report.Id, ct);
        }

        Links = await links.ListAsync(Actor, report.Id, ct);
        CatatanDuplikat ??= CaseLinks.DuplicatePublicNote;

        if (!HasErrorsIn("Periksa"))
        {
            Periksa = Enum.GetValues<Checklist>().Where(c => c != Checklist.None && report.Checklist.HasFlag(c)).ToList();
        }
    }
}
