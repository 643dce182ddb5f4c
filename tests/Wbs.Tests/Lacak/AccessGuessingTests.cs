using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Features.Lacak;

namespace Wbs.Tests.Lacak;

public class AccessGuessingTests
{
    [Fact]
    public async Task RepeatedWrongCodes_RestTheNumberForMinutes_ThenTheRightCodeOpensIt()
    {
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        using var factory = new LacakFactory { Clock = clock };
        using var reporter = await AnonymousReporter.SubmitAsync(factory);
        using var guesser = factory.CreatePageClient();
        for (var i = 0; i < AccessCheck.FreeFailures; i++)
        {
            using var _ = await AnonymousReporter.OpenAsync(guesser, reporter.Number, $"{i}1111-22222-33333-44444-55555");
        }

        // Resting: even the right code gets the one refusal, so the guesser learns nothing.
        using var resting = await AnonymousReporter.OpenAsync(factory.CreatePageClient(), reporter.Number, reporter.Code);
        Assert.NotNull((await PageClient.ParseAsync(resting)).QuerySelector("[data-lacak-problem]"));

        clock.Now += TimeSpan.FromMinutes(2);
        using var opened = await AnonymousReporter.OpenAsync(factory.CreatePageClient(), reporter.Number, reporter.Code);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        await using var scope = factory.CreateScope();
        var access = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AnonymousAccesses.AsNoTracking().SingleAsync();
        Assert.Equal(0, access.FailedCount);
        Assert.Null(access.BlockedUntil);
    }

    [Fact]
    public async Task ManyGuessesFromOneAddress_AreStopped_WithoutLookingAtTheCode()
    {
        using var factory = new LacakFactory();
        factory.Settings["Wbs:Anonymous:ChecksPerAddressPer10Minutes"] = "3";
        using var reporter = await AnonymousReporter.SubmitAsync(factory);
        using var guesser = factory.CreatePageClient();
        for (var i = 0; i < 3; i++)
        {
            using var _ = await AnonymousReporter.OpenAsync(guesser, reporter.Number, "11111-22222-33333-44444-5555" + i);
        }

        using var stopped = await AnonymousReporter.OpenAsync(guesser, reporter.Number, reporter.Code);

        Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
        Assert.Contains("Terlalu banyak percobaan", (await PageClient.ParseAsync(stopped)).Text("[data-lacak-problem]"), StringComparison.Ordinal);
        await using var scope = factory.CreateScope();
        Assert.Equal(3, (await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AnonymousAccesses.SingleAsync()).FailedCount);
    }

    [Fact]
    public void AccessCode_Has25RandomDigits_AndItsHashVerifiesOnlyItself()
    {
        var code = AccessCodes.New();
        var hash = AccessCodes.Hash(code);

        Assert.Matches(@"^\d{5}(-\d{5}){4}$", code);
        Assert.NotEqual(code, AccessCodes.New());
        Assert.True(AccessCodes.Verify(code.Replace("-", " ", StringComparison.Ordinal), hash));
        Assert.False(AccessCodes.Verify(AccessCodes.New(), hash));
        Assert.False(AccessCodes.Verify(code, null));
        Assert.False(AccessCodes.Verify(null, hash));
        Assert.True(Math.Log2(Math.Pow(10, AccessCodes.Digits)) >= 80);
    }
}
