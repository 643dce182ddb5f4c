using System.Globalization;
using Wbs.Tests.Api;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Numbering;

/// <summary>GRT numbers stay gapless and unique under load and count apart from ADU numbers (SQLite and PostgreSQL alike).</summary>
public class GratificationNumberingTests
{
    [Fact]
    public async Task Submit_FiftyGratificationsAtOnceThroughTheApi_NumbersOneToFiftyExactly()
    {
        using var factory = new WbsFactory();
        var reporters = await ReportersAsync(factory, 5);
        try
        {
            using var start = new SemaphoreSlim(0);
            var submissions = Enumerable.Range(0, 50).Select(async i =>
            {
                await start.WaitAsync();
                var draft = GratificationSamples.Draft(GratificationApiForm.Today);
                draft.ObjectDescription = $"Bingkisan serentak {i}";
                return await GratificationApiForm.CreateAsync(reporters[i % reporters.Count], draft, SampleFiles.Png());
            }).ToList();
            start.Release(50);

            var numbers = await Task.WhenAll(submissions);

            AssertGaplessFromOne(numbers, "GRT", 50);
            var listed = 0;
            foreach (var api in reporters)
            {
                listed += (await api.GetJsonAsync("/api/v1/gratifications")).GetArrayLength();
            }

            Assert.Equal(50, listed);
        }
        finally
        {
            reporters.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task Submit_ComplaintsAndGratificationsInterleaved_EachKindCountsOnItsOwn()
    {
        using var factory = new WbsFactory();
        var reporters = await ReportersAsync(factory, 4);
        try
        {
            using var start = new SemaphoreSlim(0);
            var submissions = Enumerable.Range(0, 36).Select(async i =>
            {
                await start.WaitAsync();
                var api = reporters[i % reporters.Count];
                return i % 3 == 0
                    ? await api.CreateValidReportAsync(new ComplaintBuilder { Title = $"Pengaduan serentak {i}" })
                    : await GratificationApiForm.CreateAsync(api);
            }).ToList();
            start.Release(36);

            var numbers = await Task.WhenAll(submissions);

            AssertGaplessFromOne(numbers.Where(n => n.StartsWith("ADU-", StringComparison.Ordinal)).ToArray(), "ADU", 12);
            AssertGaplessFromOne(numbers.Where(n => n.StartsWith("GRT-", StringComparison.Ordinal)).ToArray(), "GRT", 24);
        }
        finally
        {
            reporters.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task Submit_OnTwoAppNodesAtOnce_NumbersStayGaplessAcrossNodes()
    {
        using var firstNode = new WbsFactory();
        using var onFirst = firstNode.CreateApiClient();
        await onFirst.SignUpAsync();
        using var secondNode = firstNode.AnotherNode();
        using var onSecond = secondNode.CreateApiClient();
        await onSecond.SignUpAsync();

        using var start = new SemaphoreSlim(0);
        var submissions = Enumerable.Range(0, 30).Select(async i =>
        {
            await start.WaitAsync();
            return await GratificationApiForm.CreateAsync(i % 2 == 0 ? onFirst : onSecond);
        }).ToList();
        start.Release(30);

        AssertGaplessFromOne(await Task.WhenAll(submissions), "GRT", 30);
    }

    private static async Task<List<ApiClient>> ReportersAsync(WbsFactory factory, int count)
    {
        var reporters = new List<ApiClient>();
        for (var i = 0; i < count; i++)
        {
            var api = factory.CreateApiClient();
            reporters.Add(api);
            await api.SignUpAsync();
            await api.ViolationTypesAsync();
        }

        return reporters;
    }

    private static void AssertGaplessFromOne(string[] numbers, string kind, int count)
    {
        var prefix = $"{kind}-{AgencyTime.Year}-";
        Assert.All(numbers, n => Assert.Matches($"^{prefix}\\d{{5}}$", n));
        var sequences = numbers.Select(n => int.Parse(n[prefix.Length..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, count), sequences);
    }
}
