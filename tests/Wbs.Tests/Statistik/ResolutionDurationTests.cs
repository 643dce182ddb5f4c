using Wbs.Web.Features.Statistik;

namespace Wbs.Tests.Statistik;

public class ResolutionDurationTests
{
    [Theory]
    [InlineData(0, "0 Bulan, 0 Hari, 0 Jam")]
    [InlineData(23, "0 Bulan, 0 Hari, 23 Jam")]
    [InlineData((29 * 24) + 23, "0 Bulan, 29 Hari, 23 Jam")]
    [InlineData(30 * 24, "1 Bulan, 0 Hari, 0 Jam")]
    [InlineData((400 * 24) + 5, "13 Bulan, 10 Hari, 5 Jam")]
    public void FromWholeHours_WritesBulanHariJamWithThirtyDayMonths(long hours, string expected)
    {
        Assert.Equal(expected, ResolutionDuration.FromWholeHours(hours).Text);
    }

    [Fact]
    public void Mean_DropsPartialHours()
    {
        var almostOneDay = TimeSpan.FromHours(23).Add(TimeSpan.FromMinutes(59)).TotalSeconds;

        var mean = ResolutionDuration.Mean(almostOneDay, 1);

        Assert.Equal(new ResolutionDuration(0, 0, 23), mean);
    }

    [Fact]
    public void Mean_AveragesOverResolvedReports()
    {
        // 10 h and 40 h average to 25 h: one day and one hour.
        var mean = ResolutionDuration.Mean(TimeSpan.FromHours(50).TotalSeconds, 2);

        Assert.Equal("0 Bulan, 1 Hari, 1 Jam", mean.Text);
    }

    [Fact]
    public void Mean_WithoutResolvedReports_IsZero()
    {
        Assert.Equal("0 Bulan, 0 Hari, 0 Jam", ResolutionDuration.Mean(0, 0).Text);
    }
}
