using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Numbering;

public class RegistrationNumberTests
{
    [Fact]
    public async Task Submit_AroundMidnightOfNewYearInWita_NumbersByTheAgencysYear()
    {
        // 15:59:59 UTC on 31 December is 23:59:59 WITA; one second later it is already 2027 in Bontang (and still 2026 in UTC).
        var clock = new AdjustableClock(new DateTimeOffset(2026, 12, 31, 15, 59, 59, TimeSpan.Zero));
        using var factory = new WbsFactory { Clock = clock };
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        var lastOf2026 = await browser.SubmitValidReportAsync(new ComplaintBuilder { Title = "Akhir tahun" });
        clock.Now = new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero);
        var firstOf2027 = await browser.SubmitValidReportAsync(new ComplaintBuilder { Title = "Awal tahun" });
        var secondOf2027 = await browser.SubmitValidReportAsync(new ComplaintBuilder { Title = "Awal tahun lagi" });

        Assert.Equal("ADU-2026-00001", lastOf2026);
        Assert.Equal("ADU-2027-00001", firstOf2027);
        Assert.Equal("ADU-2027-00002", secondOf2027);
        var list = await browser.GetPageAsync("/Pengaduan");
        var dates = list.QuerySelectorAll("table.report-table tbody tr").ToDictionary(
            row => row.Text("td:nth-child(1)"), row => row.Text("td:nth-child(2)"));
        Assert.Equal("31 Des 2026", dates[lastOf2026]);
        Assert.Equal("1 Jan 2027", dates[firstOf2027]);
    }

    [Fact]
    public async Task Submit_Normally_GivesAduYearAndFiveDigits()
    {
        using var factory = new WbsFactory();
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();

        var first = await api.CreateValidReportAsync();
        var second = await api.CreateValidReportAsync();

        Assert.Equal($"ADU-{AgencyTime.Year}-00001", first);
        Assert.Equal($"ADU-{AgencyTime.Year}-00002", second);
    }

    [Theory]
    [InlineData("ADU-2026-00007", "ADU-2026-00007")]
    [InlineData("adu-2026-7", "ADU-2026-00007")]
    [InlineData(" ADU - 2026 - 00123 ", "ADU-2026-00123")]
    [InlineData("GRT-2027-1", "GRT-2027-00001")]
    [InlineData("ADU-2026-0", null)]
    [InlineData("ADU-2026-100000", null)]
    [InlineData("XYZ-2026-00001", null)]
    [InlineData("ADU-26-00001", null)]
    [InlineData("", null)]
    public void Normalize_WhatAPersonTyped_GivesTheStoredFormOrNothing(string typed, string? expected)
    {
        Assert.Equal(expected, RegistrationNumbers.Normalize(typed));
    }
}
