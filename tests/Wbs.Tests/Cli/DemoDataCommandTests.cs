using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Statistik;
using Wbs.Web.Cli;
using Wbs.Web.Data;
using Wbs.Web.Demo;
using Wbs.Web.Domain;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Tests.Cli;

public class DemoDataCommandTests
{
    [Theory]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "demo-data" }, true)]
    [InlineData(new[] { "staff", "add", "--username", "x" }, true)]
    public void IsCommand_OnlyWhenTheFirstArgumentIsAWord(string[] args, bool expected)
    {
        Assert.Equal(expected, CommandLine.IsCommand(args));
    }

    [Fact]
    public void HostArgs_ForACommand_KeepOnlySettings()
    {
        Assert.Equal(["--Wbs:DataFolder=x"], CommandLine.HostArgs(["staff", "add", "--Wbs:DataFolder=x", "--password-stdin"]));
    }

    [Fact]
    public async Task Run_UnknownCommand_Returns2()
    {
        using var factory = new WbsFactory();

        Assert.Equal(2, await CommandLine.RunAsync(factory.Services, ["no-such-command"]));
    }

    [Fact]
    public async Task DemoData_EmptyDatabase_LoadsThreeYearsOfReportsWithHistoryOnce()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();

        Assert.Equal(0, await CommandLine.RunAsync(factory.Services, ["demo-data"]));
        var reports = await CountReportsAsync(factory);
        Assert.Equal(0, await CommandLine.RunAsync(factory.Services, ["demo-data"]));

        Assert.InRange(reports, 150, 600);
        Assert.Equal(reports, await CountReportsAsync(factory));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/statistics"));
        var year = json.RootElement.GetProperty("year").GetInt32();
        foreach (var earlier in new[] { year - 2, year - 1 })
        {
            using var old = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/statistics?year={earlier}"));
            Assert.True(old.RootElement.GetProperty("totalReports").GetInt64() > 30, $"{earlier} has too few reports");
            Assert.NotEqual("0 Bulan, 0 Hari, 0 Jam", old.RootElement.GetProperty("averageResolution").GetProperty("text").GetString());
            Assert.All(old.RootElement.GetProperty("monthly").EnumerateArray(), m => Assert.True(m.GetInt64() > 0));
            Assert.True(old.RootElement.GetProperty("byStatus").EnumerateArray().Count(s => s.GetProperty("count").GetInt64() > 0) >= 3);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var demo = await db.Users.SingleAsync(u => u.UserName == DemoData.DemoUsername);
        var own = await scope.ServiceProvider.GetRequiredService<ReporterComplaints>().ListAsync(demo.Id, default);
        Assert.NotEmpty(own);
        Assert.All(own, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
        Assert.True(await db.ComplaintEvents.CountAsync() > reports * 2);
        var gratifications = await db.GratificationReports.Select(g => new { g.Status, g.RegistrationNumber, g.ResolvedAt, g.KpkDecision }).ToListAsync();
        Assert.InRange(gratifications.Count, 10, 80);
        Assert.All(gratifications, g => Assert.StartsWith("GRT-", g.RegistrationNumber, StringComparison.Ordinal));
        Assert.Contains(gratifications, g => g.Status == GratificationStatus.Selesai && g.ResolvedAt != null && g.KpkDecision != null);
        // Some were never completed and, past 20 working days from their date, were not followed up (Peraturan KPK 1/2026 Pasal 14).
        Assert.Contains(gratifications, g => g.Status == GratificationStatus.TidakDapatDitindaklanjuti && g.ResolvedAt == null);
        Assert.True(await db.GratificationEvents.CountAsync() > gratifications.Count);
        Assert.All(await db.Complaints.Where(r => r.ResolvedAt != null).Select(r => new { r.Status, r.SubmittedAt, At = r.ResolvedAt!.Value }).ToListAsync(),
            r => Assert.True(r.Status.IsFinal() && r.At > r.SubmittedAt));
    }

    [Fact]
    public async Task DemoData_DatabaseWithReports_RefusesAndAddsNothing()
    {
        using var factory = new WbsFactory();
        _ = factory.Server;
        await ComplaintSeed.AddAsync(factory, new SeedReport(DateTime.UtcNow.AddDays(-1), "Korupsi", ComplaintStatus.Diterima));

        Assert.Equal(1, await CommandLine.RunAsync(factory.Services, ["demo-data"]));
        Assert.Equal(1, await CountReportsAsync(factory));
    }

    private static async Task<int> CountReportsAsync(WbsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Complaints.CountAsync();
    }
}
