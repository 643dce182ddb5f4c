using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Pengaduan;

/// <summary>A report's staff page, driven through its forms as a browser would.</summary>
public static class AduanPage
{
    public static string Url(string number) => $"/Staf/Pengaduan/{number}";

    public static Dictionary<string, string?> StatusForm(
        string to, string? publicNote = null, string? internalNote = null, string? outcome = null, string? forwardTarget = null, string? forwardDetail = null) => new()
    {
        ["Ubah.To"] = to,
        ["Ubah.PublicNote"] = publicNote ?? "",
        ["Ubah.InternalNote"] = internalNote ?? "",
        ["Ubah.Outcome"] = outcome,
        ["Ubah.ForwardTarget"] = forwardTarget ?? "",
        ["Ubah.ForwardDetail"] = forwardDetail ?? "",
    };

    /// <summary>Fills the "Ubah status" form (or, when the page offers none, posts its fields with the page's token).</summary>
    public static async Task<HttpResponseMessage> ChangeStatusAsync(PageClient staff, string number, Dictionary<string, string?> form)
    {
        var page = await staff.GetPageAsync(Url(number));
        return page.QuerySelector("#ubah-status form") is null
            ? await PostAsync(staff, page, number, "Status", form)
            : await staff.SubmitAsync(page, Url(number), form, formSelector: "#ubah-status form");
    }

    /// <summary>A valid change to <paramref name="to"/> with what that status needs; asserts that it was accepted.</summary>
    public static async Task MoveAsync(PageClient staff, string number, params ComplaintStatus[] path)
    {
        foreach (var to in path)
        {
            using var response = await ChangeStatusAsync(staff, number, ValidChange(to));
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                Assert.Fail($"Changing {number} to {to} failed: " + PageClient.ErrorsOn(await PageClient.ParseAsync(response)));
            }
        }
    }

    public static Dictionary<string, string?> ValidChange(ComplaintStatus to) => to switch
    {
        ComplaintStatus.PerluDilengkapi => StatusForm(to.ToString(), "Mohon lengkapi nama terlapor dan tanggal kejadian."),
        ComplaintStatus.Ditolak => StatusForm(to.ToString(), "Di luar kewenangan Inspektorat."),
        ComplaintStatus.Diteruskan => StatusForm(to.ToString(), "Diteruskan kepada aparat penegak hukum.", forwardTarget: "KPK"),
        ComplaintStatus.Selesai => StatusForm(to.ToString(), "Pemeriksaan selesai.", outcome: "Terbukti"),
        _ => StatusForm(to.ToString()),
    };

    /// <summary>Posts fields to a handler of the page with the anti-forgery token the page carries (as a forged or stale form would).</summary>
    public static async Task<HttpResponseMessage> PostAsync(PageClient staff, IHtmlDocument page, string number, string handler, IDictionary<string, string?> values)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The page has no anti-forgery token.");
        var fields = values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!))
            .Append(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(fields);
        return await staff.Http.PostAsync($"{Url(number)}?handler={handler}", content);
    }

    /// <summary>The audit entries about a subject, oldest first.</summary>
    public static async Task<List<AuditEntry>> AuditAsync(WbsFactory factory, string subject)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Subject == subject).OrderBy(e => e.Sequence).ToListAsync();
    }
}

/// <summary>A reporter with a browser and a submitted complaint.</summary>
public sealed record Complainant(PageClient Browser, Reporter Reporter, string Number) : IDisposable
{
    public static async Task<Complainant> SubmitAsync(WbsFactory factory, ComplaintBuilder? report = null)
    {
        var browser = factory.CreatePageClient();
        var reporter = await browser.RegisterAsync();
        var number = await browser.SubmitValidReportAsync(report);
        return new Complainant(browser, reporter, number);
    }

    public Task<IHtmlDocument> PageAsync() => Browser.GetPageAsync($"/Pengaduan/{Number}");

    public void Dispose() => Browser.Dispose();
}
