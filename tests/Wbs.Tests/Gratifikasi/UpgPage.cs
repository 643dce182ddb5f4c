using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The UPG's gratification pages, driven through their forms as a browser would.</summary>
public static class UpgPage
{
    public const string Inbox = "/Staf/Gratifikasi";

    public static string Url(string number) => $"/Staf/Gratifikasi/{number}";

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as the pages write it in full ("6 Juli 2026").</summary>
    public static string FullDate(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));

    public static Dictionary<string, string?> StatusForm(
        string to, string? publicNote = null, string? internalNote = null, string? forwardedOn = null,
        string? decision = null, string? decisionNumber = null, string? decisionDate = null, string? signatoryLevel = null, string? signedBy = null) => new()
    {
        ["Ubah.To"] = to,
        ["Ubah.PublicNote"] = publicNote ?? "",
        ["Ubah.InternalNote"] = internalNote ?? "",
        ["Ubah.ForwardedOn"] = forwardedOn ?? "",
        ["Ubah.Decision"] = decision,
        ["Ubah.DecisionNumber"] = decisionNumber ?? "",
        ["Ubah.DecisionDate"] = decisionDate ?? "",
        ["Ubah.SignatoryLevel"] = signatoryLevel ?? "",
        ["Ubah.SignedBy"] = signedBy ?? "",
    };

    /// <summary>A valid change to <paramref name="to"/> with what that status needs, dated <paramref name="today"/>.</summary>
    public static Dictionary<string, string?> ValidChange(GratificationStatus to, DateOnly today) => to switch
    {
        GratificationStatus.PerluDilengkapi => StatusForm(to.ToString(), "Mohon lampirkan foto amplop dan isinya."),
        GratificationStatus.DiteruskanKeKpk => StatusForm(to.ToString(), "Laporan diteruskan ke KPK.", forwardedOn: Iso(today)),
        GratificationStatus.DitetapkanKpk => StatusForm(to.ToString(), "KPK telah menetapkan status gratifikasi.",
            decision: nameof(KpkDecision.MilikNegara), decisionNumber: "123/KPK-GRAT/2026", decisionDate: Iso(today),
            signatoryLevel: nameof(PositionLevel.PelaksanaAtauFungsional), signedBy: "Direktur Gratifikasi dan Pelayanan Publik"),
        _ => StatusForm(to.ToString()),
    };

    /// <summary>The statuses a fresh report passes through to reach each status.</summary>
    public static readonly Dictionary<GratificationStatus, GratificationStatus[]> PathTo = new()
    {
        [GratificationStatus.Diajukan] = [],
        [GratificationStatus.DiverifikasiUpg] = [GratificationStatus.DiverifikasiUpg],
        [GratificationStatus.PerluDilengkapi] = [GratificationStatus.PerluDilengkapi],
        [GratificationStatus.DiteruskanKeKpk] = [GratificationStatus.DiverifikasiUpg, GratificationStatus.DiteruskanKeKpk],
        [GratificationStatus.DitetapkanKpk] = [GratificationStatus.DiverifikasiUpg, GratificationStatus.DiteruskanKeKpk, GratificationStatus.DitetapkanKpk],
        [GratificationStatus.Selesai] = [GratificationStatus.DiverifikasiUpg, GratificationStatus.DiteruskanKeKpk, GratificationStatus.DitetapkanKpk, GratificationStatus.Selesai],
    };

    /// <summary>Fills the "Ubah status" form (or, when the page offers none, posts its fields with the page's token).</summary>
    public static async Task<HttpResponseMessage> ChangeStatusAsync(PageClient staff, string number, Dictionary<string, string?> form)
    {
        var page = await staff.GetPageAsync(Url(number));
        return page.QuerySelector("#ubah-status form") is null
            ? await PostAsync(staff, page, number, "Status", form)
            : await staff.SubmitAsync(page, Url(number), form, formSelector: "#ubah-status form");
    }

    public static async Task MoveAsync(PageClient staff, string number, DateOnly today, params GratificationStatus[] path)
    {
        foreach (var to in path)
        {
            using var response = await ChangeStatusAsync(staff, number, ValidChange(to, today));
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                Assert.Fail($"Changing {number} to {to} failed: " + PageClient.ErrorsOn(await PageClient.ParseAsync(response)));
            }
        }
    }

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
}

/// <summary>A reporter account (made as registration makes it) and a gratification report submitted through the service.</summary>
public sealed record Gratification(string ReporterId, string Number)
{
    public static async Task<string> NewReporterAsync(WbsFactory factory)
    {
        await using var scope = factory.CreateScope();
        var reporter = Reporter.New();
        var result = await scope.ServiceProvider.GetRequiredService<ReporterAccounts>()
            .RegisterAsync(new RegistrationRequest(reporter.Username, reporter.Password, reporter.PhoneNumber, null));
        Assert.True(result.IsOk, string.Join("; ", result.Errors.Values));
        return result.Value!.User.Id;
    }

    public static async Task<Gratification> SubmitAsync(WbsFactory factory, DateOnly today, GratificationDraft? draft = null, string? reporterId = null)
    {
        reporterId ??= await NewReporterAsync(factory);
        var submitted = await GratificationSamples.SubmitAsync(factory.Services, reporterId, draft ?? GratificationSamples.Draft(today));
        return new Gratification(reporterId, submitted.RegistrationNumber);
    }

    /// <summary>The report as its reporter sees it (the reporter side's own query).</summary>
    public async Task<GratificationDetail> AsReporterSeesAsync(WbsFactory factory)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReporterGratifications>().FindAsync(ReporterId, Number, CancellationToken.None)
            ?? throw new InvalidOperationException("The reporter cannot find their report.");
    }
}

/// <summary>One app with a signed-in UPG officer, shared by a test class.</summary>
public sealed class UpgFixture : IAsyncLifetime
{
    public BackOfficeFactory Factory { get; } = new();
    public StaffMember Officer { get; private set; } = null!;
    public PageClient Upg { get; private set; } = null!;

    /// <summary>The agency's date today (the fixture runs on the real clock).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(AgencyTime.Now);

    public async Task InitializeAsync()
    {
        Officer = await StaffMember.CreateAsync(Factory, StaffRoles.Upg);
        Upg = await Officer.BrowserAsync();
    }

    public Task<Gratification> SubmitAsync(GratificationDraft? draft = null) => Gratification.SubmitAsync(Factory, Today, draft);

    /// <summary>A fresh report brought to <paramref name="status"/> through the UPG's page.</summary>
    public async Task<Gratification> InStatusAsync(GratificationStatus status)
    {
        var report = await SubmitAsync();
        if (status == GratificationStatus.TidakDapatDitindaklanjuti)
        {
            // Only past the completion window: the window is moved back behind the pages, as if 20 working days had gone by.
            await UpgPage.MoveAsync(Upg, report.Number, Today, GratificationStatus.PerluDilengkapi);
            await GratificationPages.ChangeAsync(Factory, report.Number, (r, _, _) => r.DueOn = Today.AddDays(-1));
            await UpgPage.MoveAsync(Upg, report.Number, Today, GratificationStatus.TidakDapatDitindaklanjuti);
            return report;
        }

        await UpgPage.MoveAsync(Upg, report.Number, Today, UpgPage.PathTo[status]);
        return report;
    }

    public Task DisposeAsync()
    {
        Upg.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
