using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// The page of the one complaint this browser's Lacak session opened: the same case work as an account's complaint
/// page (status, public history, thread, completion, own files), scoped to that report; any other number is 404.
/// </summary>
public class PengaduanModel(ReporterComplaints reports, EvidenceIntake evidence) : ReporterDetailPage<ComplaintListItem, ComplaintDetail>(reports, evidence)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada petugas.",
        ["lengkap"] = "Terima kasih. Informasi tambahan Anda tersimpan dan pengaduan kembali diverifikasi.",
    };

    private ReportOwner owner = null!;

    public string? CompletionRequest => Report.History.LastOrDefault(h => h.Status == ComplaintStatus.PerluDilengkapi)?.Note;

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await LacakSession.CurrentAsync(HttpContext) is not { } reportId)
        {
            context.Result = Redirect("/Lacak?berakhir=1");
            return;
        }

        owner = ReportOwner.Anonymous(reportId);
        await next();
    }

    protected override ReportOwner Owner => owner;
}
