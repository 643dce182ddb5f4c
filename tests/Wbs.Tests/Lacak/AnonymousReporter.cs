using System.Net;
using AngleSharp.Html.Dom;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;

namespace Wbs.Tests.Lacak;

/// <summary>A factory whose per-address limits do not get in the way of a class of tests sharing one test address.</summary>
public sealed class LacakFactory : WbsFactory
{
    public LacakFactory()
    {
        Settings["Wbs:RateLimits:LoginPerAddressPerMinute"] = "10000";
        Settings["Wbs:RateLimits:RegistrationPerAddressPer10Minutes"] = "10000";
        Settings["Wbs:Anonymous:ChecksPerAddressPer10Minutes"] = "10000";
        Settings["Wbs:Anonymous:SubmissionsPerAddressPerHour"] = "10000";
    }
}

/// <summary>A reporter without an account: a browser, the number and the code shown once.</summary>
public sealed record AnonymousReporter(PageClient Browser, string Number, string Code, IHtmlDocument Shown) : IDisposable
{
    public static async Task<AnonymousReporter> SubmitAsync(WbsFactory factory, ComplaintBuilder? report = null, Dictionary<string, string?>? contact = null)
    {
        var browser = factory.CreatePageClient();
        report ??= new ComplaintBuilder();
        var form = await browser.GetPageAsync("/Kirim/TanpaAkun");
        var values = report.PageForm(form);
        foreach (var (key, value) in contact ?? [])
        {
            values[key] = value;
        }

        using var response = await browser.SubmitAsync(form, "/Kirim/TanpaAkun", values, report.Files);
        var shown = await PageClient.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Submit answered {(int)response.StatusCode}");
        var number = shown.QuerySelector("[data-registration-number]")?.TextContent.Trim();
        var code = shown.QuerySelector("[data-access-code]")?.TextContent.Trim();
        Assert.True(number is not null && code is not null, "No number and code shown: " + PageClient.ErrorsOn(shown));
        return new AnonymousReporter(browser, number!, code!, shown);
    }

    public static async Task<HttpResponseMessage> OpenAsync(PageClient browser, string? number, string? code) =>
        await browser.SubmitAsync("/Lacak", new Dictionary<string, string?> { ["Nomor"] = number, ["KodeAkses"] = code });

    public Task<IHtmlDocument> PageAsync() => Browser.GetPageAsync($"/Lacak/Pengaduan/{Number}");

    public async Task SignOutAsync()
    {
        var page = await PageAsync();
        using var response = await Browser.SubmitAsync(page, $"/Lacak/Pengaduan/{Number}", new Dictionary<string, string?>(), formSelector: "form[action='/Lacak/Keluar']");
        Assert.Equal("/Lacak?keluar=1", response.Headers.Location?.OriginalString);
    }

    public void Dispose() => Browser.Dispose();
}
