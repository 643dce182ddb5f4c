using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Staf;

/// <summary>Violation types and units: what the admin changes is what reporters are offered, in that order.</summary>
public sealed class AdminMasterDataTests : IAsyncLifetime
{
    private readonly WbsFactory factory = new();
    private TestStaff admin = null!;
    private PageClient browser = null!;

    public async Task InitializeAsync()
    {
        admin = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Admin);
        browser = await BackOfficeStaff.PagesAsync(factory, admin);
    }

    public Task DisposeAsync()
    {
        browser.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ViolationType_Added_IsOfferedLast_AndAudited()
    {
        using var response = await browser.SubmitAsync("/Staf/Admin/JenisPelanggaran", new Dictionary<string, string?> { ["name"] = "Nepotisme" }, formSelector: "form[data-form=add]");

        var page = await browser.FollowAsync(response);
        Assert.Contains("Nepotisme", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nepotisme", (await OfferedAsync("/api/v1/violation-types")).Last());
        var entry = await LastAuditAsync();
        Assert.Equal((admin.UserName, "jenis-pelanggaran", "ditambah: Nepotisme"), (entry.Actor, entry.Subject, entry.Detail));
    }

    [Fact]
    public async Task ViolationType_Renamed_Deactivated_AndMoved_ChangesWhatReportersAreOffered()
    {
        using (var renamed = await browser.SubmitAsync("/Staf/Admin/JenisPelanggaran", new Dictionary<string, string?> { ["name"] = "Pungutan Liar (Pungli)" },
            formSelector: "tr[data-item='Pungutan Liar'] form[data-form=rename]"))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        using (var deactivated = await browser.SubmitAsync("/Staf/Admin/JenisPelanggaran", new Dictionary<string, string?>(),
            formSelector: "tr[data-item='Suap'] form[data-form=toggle]"))
        {
            var page = await browser.FollowAsync(deactivated);
            Assert.Equal("false", page.QuerySelector("tr[data-item='Suap'] [data-active]")!.GetAttribute("data-active"));
        }

        using (var moved = await browser.SubmitAsync("/Staf/Admin/JenisPelanggaran", new Dictionary<string, string?> { ["direction"] = "naik" },
            formSelector: "tr[data-item='Lainnya'] form[action*=Move]"))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        var offered = await OfferedAsync("/api/v1/violation-types");
        Assert.Contains("Pungutan Liar (Pungli)", offered);
        Assert.DoesNotContain("Pungutan Liar", offered);
        Assert.DoesNotContain("Suap", offered);
        Assert.Equal(["Lainnya", "Pelayanan Publik"], offered[^2..]);
        var list = await browser.GetPageAsync("/Staf/Admin/JenisPelanggaran");
        Assert.Contains("Suap", list.QuerySelectorAll("tr[data-item]").Select(r => r.GetAttribute("data-item")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("korupsi")]
    public async Task ViolationType_EmptyOrDuplicateName_IsRefused(string name)
    {
        var before = await OfferedAsync("/api/v1/violation-types");

        using var response = await browser.SubmitAsync("/Staf/Admin/JenisPelanggaran", new Dictionary<string, string?> { ["name"] = name }, formSelector: "form[data-form=add]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(PageClient.ErrorsOn(await PageClient.ParseAsync(response)));
        Assert.Equal(before, await OfferedAsync("/api/v1/violation-types"));
    }

    [Fact]
    public async Task Unit_AddedDeactivatedAndReactivated_FollowsInTheUnitList()
    {
        using (var added = await browser.SubmitAsync("/Staf/Admin/Unit", new Dictionary<string, string?> { ["name"] = "Kelurahan Api-Api" }, formSelector: "form[data-form=add]"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        Assert.Equal("Kelurahan Api-Api", (await OfferedAsync("/api/v1/units")).Last());
        using (var off = await browser.SubmitAsync("/Staf/Admin/Unit", new Dictionary<string, string?>(), formSelector: "tr[data-item='Kelurahan Api-Api'] form[data-form=toggle]"))
        {
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        }

        Assert.DoesNotContain("Kelurahan Api-Api", await OfferedAsync("/api/v1/units"));
        using (var on = await browser.SubmitAsync("/Staf/Admin/Unit", new Dictionary<string, string?>(), formSelector: "tr[data-item='Kelurahan Api-Api'] form[data-form=toggle]"))
        {
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        }

        Assert.Contains("Kelurahan Api-Api", await OfferedAsync("/api/v1/units"));
        await using var scope = factory.CreateScope();
        var details = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries
            .Where(e => e.Action == AuditActions.MasterData && e.Subject == "unit").OrderBy(e => e.Sequence).Select(e => e.Detail).ToListAsync();
        Assert.Equal(["ditambah: Kelurahan Api-Api", "dinonaktifkan: Kelurahan Api-Api", "diaktifkan: Kelurahan Api-Api"], details);
    }

    private async Task<List<string>> OfferedAsync(string url)
    {
        using var api = factory.CreateApiClient();
        var list = await api.GetJsonAsync(url);
        return list.EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
    }

    private async Task<AuditEntry> LastAuditAsync()
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync();
    }
}
