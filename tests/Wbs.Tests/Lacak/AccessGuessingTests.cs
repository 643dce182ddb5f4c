using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Features.Lacak;

namespace Wbs.Tests.Lacak;

public class AccessGuessingTests
{
    private const string UnknownNumber = "ADU-2019-99999";

    private static readonly TimeSpan[] Schedule =
        [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero,
         TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8)];

    [Fact]
    public async Task ManyWrongCodes_NeverLockOutTheReporter_TheRightCodeStillOpensTheReport()
    {
        var clock = new WaitSkippingClock(DateTimeOffset.UtcNow);
        using var factory = new LacakFactory { Clock = clock };
        using var reporter = await AnonymousReporter.SubmitAsync(factory);
        using var guesser = factory.CreatePageClient();
        for (var i = 0; i < 15; i++)
        {
            using var refused = await AnonymousReporter.OpenAsync(guesser, reporter.Number, $"{i % 10}1111-22222-33333-44444-55555");
            Assert.NotNull((await PageClient.ParseAsync(refused)).QuerySelector("[data-lacak-problem]"));
        }

        // No time passes but the waits themselves: the right code opens the report at once, on the page and the API.
        using var opened = await AnonymousReporter.OpenAsync(factory.CreatePageClient(), reporter.Number, reporter.Code);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/Lacak/Pengaduan/" + reporter.Number, opened.Headers.Location?.OriginalString);
        using var api = factory.CreateApiClient();
        using var token = await api.Http.PostAsJsonAsync("/api/v1/anonymous/session", new { registrationNumber = reporter.Number, accessCode = reporter.Code });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.True(clock.Now - DateTimeOffset.UtcNow < TimeSpan.FromMinutes(3), $"the clock moved to {clock.Now}");
    }

    [Fact]
    public async Task ChecksOfANumber_AfterFiveFailures_WaitOneTwoFourThenEightSeconds_EvenAfterTheRightCode()
    {
        var clock = new WaitSkippingClock(DateTimeOffset.UtcNow);
        using var factory = new LacakFactory { Clock = clock };
        using var reporter = await AnonymousReporter.SubmitAsync(factory);

        var waits = await WrongChecksAsync(factory, clock, reporter.Number, Schedule.Length - 1);
        Assert.Equal(Schedule[..^1], waits);

        // The right code waits like any check and opens the report; it does not clear the count, so the guesser
        // cannot tell from their next wait that the reporter came by.
        clock.TakeWaits();
        using var opened = await AnonymousReporter.OpenAsync(factory.CreatePageClient(), reporter.Number, reporter.Code);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(8), SlowdownWait(clock.TakeWaits()));
        Assert.Equal([TimeSpan.FromSeconds(8)], await WrongChecksAsync(factory, clock, reporter.Number, 1));
    }

    [Fact]
    public async Task AnUnknownNumber_IsSlowedDownExactlyLikeAKnownOne_AndMalformedInputNotAtAll()
    {
        var clock = new WaitSkippingClock(DateTimeOffset.UtcNow);
        using var factory = new LacakFactory { Clock = clock };
        using var reporter = await AnonymousReporter.SubmitAsync(factory);

        var known = await WrongChecksAsync(factory, clock, reporter.Number, Schedule.Length);

        // Typed in lower case with spaces: counted under the normalized number, as the stored one is.
        var unknown = await WrongChecksAsync(factory, clock, " adu - 2019 - 99999 ", Schedule.Length);
        var malformed = await WrongChecksAsync(factory, clock, "bukan nomor", Schedule.Length);

        Assert.Equal(Schedule, known);
        Assert.Equal(known, unknown);
        Assert.Equal(Schedule.Length, factory.Services.GetRequiredService<NumberSlowdown>().FailuresOf(UnknownNumber));
        Assert.All(malformed, wait => Assert.Equal(TimeSpan.Zero, wait));
    }

    [Fact]
    public async Task AfterFiveFailures_TheNextCheckReallyTakesTheFloorPlusOneSecond()
    {
        using var factory = new LacakFactory();
        using var guesser = factory.CreatePageClient();
        for (var i = 0; i < NumberSlowdown.FreeFailures; i++)
        {
            using var _ = await AnonymousReporter.OpenAsync(guesser, UnknownNumber, $"{i}1111-22222-33333-44444-55555");
        }

        var watch = Stopwatch.StartNew();
        using var slowed = await AnonymousReporter.OpenAsync(guesser, UnknownNumber, "91111-22222-33333-44444-55555");
        var took = watch.Elapsed;

        Assert.Equal(HttpStatusCode.OK, slowed.StatusCode);
        Assert.NotNull((await PageClient.ParseAsync(slowed)).QuerySelector("[data-lacak-problem]"));
        Assert.True(took >= AccessCheck.Floor + TimeSpan.FromSeconds(1), $"took {took}");
    }

    [Fact]
    public async Task AfterFiveFailures_TheNextCheckTakesTheFloorPlusOneSecond_EvenWhenTimersFireEarly()
    {
        var clock = new WaitSkippingClock(DateTimeOffset.UtcNow) { TimersFireEarly = true };
        using var factory = new LacakFactory { Clock = clock };
        using var guesser = factory.CreatePageClient();
        for (var i = 0; i < NumberSlowdown.FreeFailures; i++)
        {
            using var _ = await AnonymousReporter.OpenAsync(guesser, UnknownNumber, $"{i}1111-22222-33333-44444-55555");
        }

        var started = clock.Now;
        using var slowed = await AnonymousReporter.OpenAsync(guesser, UnknownNumber, "91111-22222-33333-44444-55555");

        Assert.Equal(HttpStatusCode.OK, slowed.StatusCode);
        Assert.True(clock.Now - started >= AccessCheck.Floor + TimeSpan.FromSeconds(1), $"took {clock.Now - started}");
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

        using var wrong = await AnonymousReporter.OpenAsync(guesser, reporter.Number, "11111-22222-33333-44444-55559");
        using var stopped = await AnonymousReporter.OpenAsync(guesser, reporter.Number, reporter.Code);

        Assert.Equal(HttpStatusCode.TooManyRequests, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
        Assert.Contains("Terlalu banyak percobaan", (await PageClient.ParseAsync(stopped)).Text("[data-lacak-problem]"), StringComparison.Ordinal);

        // Neither stopped check reached the number: its count holds the three looked at.
        Assert.Equal(3, factory.Services.GetRequiredService<NumberSlowdown>().FailuresOf(reporter.Number));
    }

    [Fact]
    public void NumberSlowdown_CountsRunningChecks_SoGuessesSentAtOnceWaitInTurn()
    {
        var slowdown = new NumberSlowdown(new AdjustableClock(DateTimeOffset.UtcNow));

        var waits = Enumerable.Range(0, Schedule.Length).Select(_ => slowdown.Begin(UnknownNumber)).ToList();

        Assert.Equal(Schedule, waits);
        Assert.Equal(TimeSpan.FromSeconds(8), NumberSlowdown.WaitAfter(1000));
        Assert.Equal(TimeSpan.Zero, slowdown.Begin(null));
        Assert.Equal(1, slowdown.Count);
    }

    [Fact]
    public void NumberSlowdown_ForgetsFailuresAfterFifteenMinutes()
    {
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        var slowdown = new NumberSlowdown(clock);
        Fail(slowdown, UnknownNumber, 7);
        Assert.Equal(TimeSpan.FromSeconds(4), slowdown.Begin(UnknownNumber));
        slowdown.End(UnknownNumber, failed: false);

        clock.Now += NumberSlowdown.Window - TimeSpan.FromSeconds(1);
        Assert.Equal(7, slowdown.FailuresOf(UnknownNumber));
        clock.Now += TimeSpan.FromSeconds(1);

        Assert.Equal(0, slowdown.FailuresOf(UnknownNumber));
        Assert.Equal(TimeSpan.Zero, slowdown.Begin(UnknownNumber));
    }

    [Fact]
    public void NumberSlowdown_StaysWithinItsCapacity_ForgettingTheOldestFailuresFirst()
    {
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        var slowdown = new NumberSlowdown(clock, capacity: 100);
        Fail(slowdown, "ADU-2026-00001", 6);
        for (var i = 2; i <= 1000; i++)
        {
            clock.Now += TimeSpan.FromMilliseconds(100);
            Fail(slowdown, $"ADU-2026-{i:D5}", 6);
            Assert.True(slowdown.Count <= 100, $"{slowdown.Count} numbers tracked");
        }

        Assert.Equal(0, slowdown.FailuresOf("ADU-2026-00001"));
        Assert.Equal(6, slowdown.FailuresOf("ADU-2026-01000"));
        Assert.Equal(TimeSpan.FromSeconds(2), slowdown.Begin("ADU-2026-01000"));
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

    private static void Fail(NumberSlowdown slowdown, string number, int times)
    {
        for (var i = 0; i < times; i++)
        {
            slowdown.Begin(number);
            slowdown.End(number, failed: true);
        }
    }

    // The wait each of these wrong checks got before it was looked at.
    private static async Task<List<TimeSpan>> WrongChecksAsync(LacakFactory factory, WaitSkippingClock clock, string number, int count)
    {
        using var guesser = factory.CreatePageClient();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < count; i++)
        {
            clock.TakeWaits();
            using var refused = await AnonymousReporter.OpenAsync(guesser, number, $"{i % 10}1111-22222-33333-44444-55555");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            waits.Add(SlowdownWait(clock.TakeWaits()));
        }

        return waits;
    }

    // No skipped time passes while the code is looked at, so the floor always waits its whole second, last; a wait
    // before it is the slowdown's.
    private static TimeSpan SlowdownWait(List<TimeSpan> waits)
    {
        Assert.Equal(AccessCheck.Floor, waits[^1]);
        return waits.Count == 2 ? waits[0] : Assert.Single(waits) - AccessCheck.Floor;
    }
}
