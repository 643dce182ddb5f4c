using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Tests.Security;

public class AuditChainTests
{
    private static async Task<WbsFactory> ChainOfFiveAsync()
    {
        var factory = new WbsFactory();
        _ = factory.CreateClient();
        for (var i = 1; i <= 5; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditLog>()
                .AppendAsync($"petugas{i}", AuditActions.View, $"ADU-2026-0000{i}", $"catatan {i}", CancellationToken.None);
        }

        return factory;
    }

    private static async Task<(long Checked, AuditProblem? Problem)> VerifyAsync(WbsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(CancellationToken.None);
    }

    private static async Task ExecuteAsync(WbsFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task Verify_UntouchedChain_IsIntact()
    {
        using var factory = await ChainOfFiveAsync();

        var (count, problem) = await VerifyAsync(factory);

        Assert.Equal(5, count);
        Assert.Null(problem);
    }

    [Fact]
    public async Task Verify_ChangedEntry_NamesIt()
    {
        using var factory = await ChainOfFiveAsync();
        await ExecuteAsync(factory, """UPDATE "AuditEntries" SET "Detail" = 'diubah' WHERE "Sequence" = 3""");

        var (_, problem) = await VerifyAsync(factory);

        Assert.Equal(3, problem?.Sequence);
        Assert.Contains("changed", problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RemovedEntry_NamesTheGap()
    {
        using var factory = await ChainOfFiveAsync();
        await ExecuteAsync(factory, """DELETE FROM "AuditEntries" WHERE "Sequence" = 2""");

        var (_, problem) = await VerifyAsync(factory);

        Assert.Equal(2, problem?.Sequence);
    }

    [Fact]
    public async Task Verify_RemovedLastEntry_IsCaughtByTheHead()
    {
        using var factory = await ChainOfFiveAsync();
        await ExecuteAsync(factory, """DELETE FROM "AuditEntries" WHERE "Sequence" = 5""");

        var (_, problem) = await VerifyAsync(factory);

        Assert.Equal(5, problem?.Sequence);
    }

    [Fact]
    public async Task Verify_ReorderedEntries_NamesTheFirstOutOfPlace()
    {
        using var factory = await ChainOfFiveAsync();
        await ExecuteAsync(factory, """UPDATE "AuditEntries" SET "Sequence" = 100 WHERE "Sequence" = 2""");
        await ExecuteAsync(factory, """UPDATE "AuditEntries" SET "Sequence" = 2 WHERE "Sequence" = 3""");
        await ExecuteAsync(factory, """UPDATE "AuditEntries" SET "Sequence" = 3 WHERE "Sequence" = 100""");

        var (_, problem) = await VerifyAsync(factory);

        Assert.Equal(2, problem?.Sequence);
    }

    [Fact]
    public async Task Append_FromManyRequestsAtOnce_FormsOneChain()
    {
        using var factory = new WbsFactory();
        _ = factory.CreateClient();

        await Task.WhenAll(Enumerable.Range(1, 20).Select(async i =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync("petugas", AuditActions.Download, $"S{i}", null, CancellationToken.None);
        }));

        var (count, problem) = await VerifyAsync(factory);
        Assert.Equal(20, count);
        Assert.Null(problem);
    }
}
