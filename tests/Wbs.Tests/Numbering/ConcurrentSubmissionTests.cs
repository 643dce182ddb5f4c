using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Numbering;

/// <summary>Numbers stay gapless and unique under load, on SQLite and PostgreSQL alike (the same tests run on both).</summary>
public class ConcurrentSubmissionTests
{
    [Fact]
    public async Task Submit_FiftyAtOnceThroughTheApi_NumbersOneToFiftyExactly()
    {
        using var factory = new WbsFactory();
        var reporters = new List<ApiClient>();
        for (var i = 0; i < 5; i++)
        {
            var api = factory.CreateApiClient();
            reporters.Add(api);
            await api.SignUpAsync();
            await api.ViolationTypesAsync();
        }

        try
        {
            using var start = new SemaphoreSlim(0);
            var submissions = Enumerable.Range(0, 50).Select(async i =>
            {
                await start.WaitAsync();
                return await reporters[i % reporters.Count].CreateValidReportAsync(
                    new ComplaintBuilder { Title = $"Laporan serentak {i}" }.WithFiles(SampleFiles.Png()));
            }).ToList();
            start.Release(50);

            var numbers = await Task.WhenAll(submissions);

            AssertGaplessFromOne(numbers, 50);
            var listed = 0;
            foreach (var api in reporters)
            {
                listed += (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength();
            }

            Assert.Equal(50, listed);
        }
        finally
        {
            reporters.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task Submit_ConcurrentlyOnTwoAppNodesSharingOneDatabase_NumbersWithoutGapsOrDuplicates()
    {
        using var firstNode = new WbsFactory();
        using var onFirst = firstNode.CreateApiClient();
        await onFirst.SignUpAsync();
        await onFirst.ViolationTypesAsync();
        using var secondNode = firstNode.AnotherNode();
        using var onSecond = secondNode.CreateApiClient();
        var secondReporter = await onSecond.SignUpAsync();
        await onSecond.ViolationTypesAsync();

        // A token from one node works on the other: the keys that sign it live in the shared database.
        using var crossing = secondNode.CreateApiClient();
        crossing.UseToken(onFirst.AccessToken!);
        Assert.Equal(0, (await crossing.GetJsonAsync("/api/v1/reports")).GetArrayLength());

        using var start = new SemaphoreSlim(0);
        var submissions = Enumerable.Range(0, 40).Select(async i =>
        {
            await start.WaitAsync();
            return await (i % 2 == 0 ? onFirst : onSecond).CreateValidReportAsync(new ComplaintBuilder { Title = $"Node {i % 2}, laporan {i}" });
        }).ToList();
        start.Release(40);

        var numbers = await Task.WhenAll(submissions);

        AssertGaplessFromOne(numbers, 40);
        using var secondOnFirst = firstNode.CreateApiClient();
        await secondOnFirst.UseTokenOfAsync(secondReporter);
        Assert.Equal(20, (await secondOnFirst.GetJsonAsync("/api/v1/reports")).GetArrayLength());
    }

    private static void AssertGaplessFromOne(string[] numbers, int count)
    {
        var prefix = $"ADU-{AgencyTime.Year}-";
        Assert.All(numbers, n => Assert.Matches($"^{prefix}\\d{{5}}$", n));
        var sequences = numbers.Select(n => int.Parse(n[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, count), sequences);
    }
}
