using Wbs.Web.Features.Statistik;

namespace Wbs.Tests.Statistik;

public class StatisticsCalculatorTests
{
    private static readonly KindYear Complaints = new(
        [
            new BucketRow(1, "Korupsi", "Selesai", 2, 2, TimeSpan.FromHours(48).TotalSeconds),
            new BucketRow(3, "Pungutan Liar", "Diterima", 1, 0, 0),
        ],
        ["Korupsi", "Suap", "Pungutan Liar"],
        ["Diterima", "Verifikasi", "Selesai"]);

    [Fact]
    public void Combine_OneKind_CountsMonthsTypesStatusesAndKeepsZeros()
    {
        var figures = StatisticsCalculator.Combine(2024, [Complaints], [new KindTotals(7, [2023, 2024])], 2026);

        Assert.Equal(3, figures.TotalReports);
        Assert.Equal(7, figures.TotalReportsAllTime);
        Assert.Equal([2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], figures.Monthly);
        Assert.Equal([new("Korupsi", 2), new("Suap", 0), new("Pungutan Liar", 1)], figures.ByViolationType);
        Assert.Equal([new("Diterima", 1), new("Verifikasi", 0), new("Selesai", 2)], figures.ByStatus);
        Assert.Equal("0 Bulan, 1 Hari, 0 Jam", figures.AverageResolution.Text);
        Assert.Equal([2026, 2024, 2023], figures.YearsWithReports);
    }

    [Fact]
    public void Combine_SecondKind_AddsToEveryCountAndMergesSharedStatuses()
    {
        // How gratification reports will arrive: their own category and statuses, some shared with complaints.
        var gratifications = new KindYear(
            [new BucketRow(1, "Laporan Gratifikasi", "Selesai", 1, 1, TimeSpan.FromHours(60).TotalSeconds)],
            ["Laporan Gratifikasi"],
            ["Diajukan", "Selesai"]);

        var figures = StatisticsCalculator.Combine(
            2024, [Complaints, gratifications], [new KindTotals(3, [2024]), new KindTotals(1, [2024])], 2024);

        Assert.Equal(4, figures.TotalReports);
        Assert.Equal(4, figures.TotalReportsAllTime);
        Assert.Equal(3, figures.Monthly[0]);
        Assert.Equal(new NamedCount("Laporan Gratifikasi", 1), figures.ByViolationType[^1]);
        Assert.Equal([new("Diterima", 1), new("Verifikasi", 0), new("Selesai", 3), new("Diajukan", 0)], figures.ByStatus);
        // Complaints took 48 h together, the gratification report 60 h: 108 h over 3 reports.
        Assert.Equal("0 Bulan, 1 Hari, 12 Jam", figures.AverageResolution.Text);
    }

    [Fact]
    public void Combine_CategoryOutsideTheList_IsAppendedNotLost()
    {
        var retired = new KindYear([new BucketRow(5, "Jenis Lama", "Diterima", 1, 0, 0)], ["Korupsi"], ["Diterima"]);

        var figures = StatisticsCalculator.Combine(2024, [retired], [], 2024);

        Assert.Equal([new("Korupsi", 0), new("Jenis Lama", 1)], figures.ByViolationType);
    }

    [Fact]
    public void Combine_Channels_ListsEveryChannel_AndCountsAKindWithoutChannelsAsTheSite()
    {
        var complaints = Complaints with { ByChannel = [new("Situs web", 1), new("Surat", 2)] };
        var gratifications = new KindYear([new BucketRow(2, "Laporan Gratifikasi", "Diajukan", 4, 0, 0)], [], ["Diajukan"]);

        var figures = StatisticsCalculator.Combine(2024, [complaints, gratifications], [], 2024);

        Assert.Equal(Enum.GetValues<Wbs.Web.Domain.ComplaintChannel>().Length, figures.ByChannel.Count);
        Assert.Equal(new NamedCount("Situs web", 5), figures.ByChannel[0]);
        Assert.Equal(new NamedCount("Surat", 2), figures.ByChannel[1]);
        Assert.Equal(0, figures.ByChannel.Single(c => c.Name == "Rujukan SP4N-LAPOR!").Count);
        Assert.Equal(figures.TotalReports, figures.ByChannel.Sum(c => c.Count));
    }
}
