using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Kasus;

/// <summary>What one race left behind: the two answers, and the history and audit entries it wrote for the case.</summary>
public sealed record RaceResult(HttpStatusCode First, HttpStatusCode Second, int Events, int AuditEntries, string Status)
{
    /// <summary>What the refused request was told (the problem's detail, or the page's error summary).</summary>
    public string? Refusal { get; init; }

    /// <summary>Refused by the case's version (read before the winner committed), not by the workflow check.</summary>
    public bool LostOnVersion => Refusal?.Contains(Wbs.Web.Features.Kasus.CaseChanges.ChangedMessage, StringComparison.Ordinal) == true;

    public IEnumerable<HttpStatusCode> Codes => [First, Second];

    public int Winners(HttpStatusCode success) => Codes.Count(c => c == success);
}

/// <summary>Runs two requests at the same moment (both wait on one gate) and counts what the case got from them.</summary>
public static class CaseRace
{
    public static async Task<(HttpStatusCode First, HttpStatusCode Second, string? Refusal)> RunAsync(
        Func<Task<HttpResponseMessage>> first, Func<Task<HttpResponseMessage>> second)
    {
        using var gate = new SemaphoreSlim(0);
        async Task<(HttpStatusCode Code, string? Body)> After(Func<Task<HttpResponseMessage>> send)
        {
            await gate.WaitAsync();
            using var response = await send();
            return (response.StatusCode, response.StatusCode == HttpStatusCode.Conflict ? await response.Content.ReadAsStringAsync() : null);
        }

        var a = Task.Run(() => After(first));
        var b = Task.Run(() => After(second));
        gate.Release(2);
        var (one, two) = (await a, await b);
        return (one.Code, two.Code, one.Body ?? two.Body);
    }

    /// <summary>Status-change events of a complaint after <paramref name="since"/>, and its audit entries of <paramref name="action"/>.</summary>
    public static async Task<(int Events, int Audit, string Status)> ComplaintTraceAsync(WbsFactory factory, string number, string action, ReportEventKind kind)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.Complaints.AsNoTracking().SingleAsync(r => r.RegistrationNumber == number);
        var events = await db.ComplaintEvents.CountAsync(e => e.ReportId == report.Id && e.Kind == kind);
        var audit = await db.AuditEntries.CountAsync(a => a.Subject == number && a.Action == action);
        return (events, audit, report.Status.ToString());
    }

    public static async Task<(int Events, int Audit, string Status)> GratificationTraceAsync(WbsFactory factory, string number, string action, ReportEventKind kind)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.GratificationReports.AsNoTracking().SingleAsync(r => r.RegistrationNumber == number);
        var events = await db.GratificationEvents.CountAsync(e => e.ReportId == report.Id && e.Kind == kind);
        var audit = await db.AuditEntries.CountAsync(a => a.Subject == number && a.Action == action);
        return (events, audit, report.Status.ToString());
    }

    /// <summary>One line of figures for the test output: trials, races won by exactly one, every status code seen.</summary>
    public static string Figures(string name, IReadOnlyList<RaceResult> races, HttpStatusCode success) =>
        $"{name} on {(TestDatabase.IsPostgres ? "PostgreSQL" : "SQLite")}: {races.Count} trials, {races.Count(r => r.Winners(success) == 1)} won by exactly one; codes seen: "
        + string.Join(", ", races.SelectMany(r => r.Codes).GroupBy(c => (int)c).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}"))
        + $"; losers refused by the version check {races.Count(r => r.LostOnVersion)}, by the workflow check {races.Count(r => r.Refusal is not null && !r.LostOnVersion)}";
}
