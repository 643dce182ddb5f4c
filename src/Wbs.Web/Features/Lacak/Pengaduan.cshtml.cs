using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// The page of the one complaint this browser's Lacak session opened: the same case work as an account's complaint
/// page (status, public history, thread, completion, own files), scoped to that report; any other number is 404.
/// </summary>
public class PengaduanModel(ReporterComplaints reports, EvidenceIntake evidence) : ReporterComplaintPage(reports, evidence)
{
    private static readonly ReporterCaseLabels Words = LabelsAt("/Lacak/Pengaduan", "Unduh tanda terima (PDF, tanpa kode akses)");

    private ReportOwner owner = null!;

    public override ReporterCaseLabels Labels => Words;

    /// <summary>The session's receipt: it knows its report, and never carries the access code.</summary>
    public override string ReceiptAddress => "/Lacak/TandaTerima";

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
