using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Cli;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Tests.Security;

/// <summary>An attacker with the database only: edits or deletes entries and recomputes the chain with plain hashes.</summary>
public class AuditKeyedChainTests
{
    private static async Task<WbsFactory> ChainAsync(int entries)
    {
        var factory = new WbsFactory();
        _ = factory.CreateClient();
        for (var i = 1; i <= entries; i++)
        {
            await using var scope = factory.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AuditLog>()
                .AppendAsync($"petugas{i}", AuditActions.Reveal, $"ADU-2026-0000{i}", "kontak pelapor", CancellationToken.None, typedNote: $"alasan {i}");
        }

        return factory;
    }

    private static async Task<(int Exit, string Output)> CliAsync(WbsFactory factory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await CommandLine.RunAsync(factory.Services, args);
            return (exit, output.ToString() + error);
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    // What an attacker without the audit key can do: write every entry as a plain SHA-256 chain, head included.
    private static async Task RecomputePlainAsync(WbsDbContext db)
    {
        var previous = AuditLog.Genesis;
        foreach (var entry in await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync())
        {
            entry.Version = AuditLog.PlainVersion;
            entry.PreviousHash = previous;
            entry.Hash = AuditLog.PlainHashOf(entry);
            previous = entry.Hash;
        }

        var head = await db.AuditHeads.SingleAsync();
        head.LastHash = previous;
        head.LastSequence = await db.AuditEntries.MaxAsync(e => e.Sequence);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task AuditVerify_EditedReasonAndRecomputedChain_IsBroken()
    {
        using var factory = await ChainAsync(4);
        Assert.Equal(0, (await CliAsync(factory, "audit", "verify")).Exit);
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var third = await db.AuditEntries.SingleAsync(e => e.Sequence == 3);
            third.Detail = "kontak pelapor (rutin)";
            third.SealedNote = null;
            await db.SaveChangesAsync();
            await RecomputePlainAsync(db);
        }

        var (exit, output) = await CliAsync(factory, "audit", "verify");

        Assert.Equal(1, exit);
        Assert.Contains("RUSAK", output, StringComparison.Ordinal);
        Assert.Contains("recomputed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_DeletedEntryAndRecomputedChain_IsBroken()
    {
        using var factory = await ChainAsync(4);
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            await db.AuditEntries.Where(e => e.Sequence == 4).ExecuteDeleteAsync();

            // Recomputing with HMAC is not possible without the key: the attacker keeps version 2 and guesses plain hashes.
            var previous = AuditLog.Genesis;
            foreach (var entry in await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync())
            {
                entry.PreviousHash = previous;
                entry.Hash = AuditLog.PlainHashOf(entry);
                previous = entry.Hash;
            }

            var head = await db.AuditHeads.SingleAsync();
            (head.LastHash, head.LastSequence) = (previous, 3);
            await db.SaveChangesAsync();
        }

        var (exit, output) = await CliAsync(factory, "audit", "verify");

        Assert.Equal(1, exit);
        Assert.Contains("entry 1: its content was changed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LegacyPlainChain_IsPinnedByAKeyedEntry_AndStillVerifies()
    {
        using var factory = await ChainAsync(3);
        await using (var scope = factory.CreateScope())
        {
            // An operator's database from before the chain was keyed: plain entries and no audit key yet.
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            await RecomputePlainAsync(db);
            await db.DataKeys.Where(k => k.Id == SystemKeys.Audit).ExecuteDeleteAsync();
            factory.Services.GetRequiredService<DataKeyCache>().Clear();
            await scope.ServiceProvider.GetRequiredService<AuditLog>().EnsureKeyedAsync(CancellationToken.None);
        }

        var (exit, output) = await CliAsync(factory, "audit", "verify");
        Assert.Equal(0, exit);
        Assert.Contains("4 entri", output, StringComparison.Ordinal);

        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var marker = await db.AuditEntries.SingleAsync(e => e.Sequence == 4);
            Assert.Equal((AuditLog.KeyedVersion, AuditLog.KeyedAction), (marker.Version, marker.Action));
            var second = await db.AuditEntries.SingleAsync(e => e.Sequence == 2);
            second.Actor = "orang-lain";
            second.Hash = AuditLog.PlainHashOf(second);
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, (await CliAsync(factory, "audit", "verify")).Exit);
    }

    [Fact]
    public async Task AuditCheckpoint_MatchesUntilTheChainIsRewritten()
    {
        using var factory = await ChainAsync(3);
        var (exit, printed) = await CliAsync(factory, "audit", "checkpoint");
        Assert.Equal(0, exit);
        var checkpoint = printed.Trim();
        Assert.StartsWith("3 ", checkpoint, StringComparison.Ordinal);
        Assert.Equal(0, (await CliAsync(factory, ["audit", "checkpoint", .. checkpoint.Split(' ')])).Exit);

        var forged = string.Join(' ', checkpoint.Split(' ')[..3]) + " " + new string('0', 64);
        Assert.Equal(1, (await CliAsync(factory, ["audit", "checkpoint", .. forged.Split(' ')])).Exit);

        await using (var scope = factory.CreateScope())
        {
            await RecomputePlainAsync(scope.ServiceProvider.GetRequiredService<WbsDbContext>());
        }

        var (after, output) = await CliAsync(factory, ["audit", "checkpoint", .. checkpoint.Split(' ')]);
        Assert.Equal(1, after);
        Assert.Contains("rewritten", output, StringComparison.Ordinal);
    }
}
