using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Features.Pengaduan;
using Wbs.Web.Features.Akun;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Features.Statistik;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Demo;

/// <summary>
/// Three years of invented complaints (types, units, statuses with their history, resolution times) and gratification
/// reports, so a first run shows a meaningful dashboard. Only into a database without reports, and only when asked for.
/// Each report is stored by the submission services on a clock set to its invented moment; its later history is added after.
/// </summary>
public sealed class DemoData(
    WbsDbContext db, ReporterAccounts accounts, ContentSealer sealer, EvidenceIntake evidence, AgencyClock clock, Deadlines deadlines,
    IOptionsMonitor<AgencyOptions> agency, ILoggerFactory logs, Features.Gratifikasi.GratificationOwners owners,
    Features.Kasus.SubmissionKeys keys)
{
    public const string DemoUsername = "pelapor-demo";
    private const int OtherReporters = 24;
    private static readonly string[] Pseudonyms = ["merpati", "kenari", "elang", "rajawali", "camar", "bangau", "kutilang", "nuri"];

    // A fixed seed gives every newcomer the same spread; dates follow today's date.
    private readonly Random random = new(20_240_101);

    // Channels come from a generator of their own, so the spread of types, units and histories stays what it was.
    private readonly Random channels = new(37_002);

    public async Task<DemoResult> LoadAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.UserName == DemoUsername, ct))
        {
            return new DemoResult(DemoOutcome.AlreadyLoaded, 0, DemoUsername, null);
        }

        if (await db.Complaints.AnyAsync(ct) || await db.GratificationReports.AnyAsync(ct))
        {
            return new DemoResult(DemoOutcome.DatabaseNotEmpty, 0, null, null);
        }

        var types = await db.ViolationTypes.Where(v => v.IsActive).OrderBy(v => v.SortOrder).Select(v => new { v.Id, v.Name }).ToListAsync(ct);
        var units = await db.Units.Where(u => u.IsActive).OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var password = "demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

        var demo = await RegisterAsync(DemoUsername, password);
        var reporters = new List<string> { demo };
        for (var i = 1; i <= OtherReporters; i++)
        {
            var name = $"{Pseudonyms[i % Pseudonyms.Length]}-{i:D2}";
            reporters.Add(await RegisterAsync(name, Convert.ToBase64String(RandomNumberGenerator.GetBytes(18))));
        }

        var now = clock.UtcNow;
        var then = new DemoTime();
        var pastClock = new AgencyClock(then, agency);
        // Sample reports announce nothing: an outbox without channels queues no message.
        var silent = new Notifications.Outbox(db, pastClock, []);
        var submission = new ComplaintSubmission(db, sealer, pastClock, deadlines, logs.CreateLogger<ComplaintSubmission>(), silent);
        var count = 0;
        foreach (var submittedAt in SubmissionTimes(now))
        {
            // The demo account gets a handful of reports across the period; the rest are spread over other pseudonyms.
            var reporter = count++ % 45 == 7 ? demo : reporters[1 + random.Next(OtherReporters)];
            var type = types[WeightedIndex(types.Count)];
            var unit = units[random.Next(units.Count)];
            then.UtcNow = submittedAt;
            var arrival = Arrival(submittedAt);
            var stored = await submission.SubmitAsync(arrival.Channel == ComplaintChannel.Web ? reporter : null, type.Id, unit.Id,
                Content(type.Name, unit.Name, submittedAt), [], ct, arrival: arrival);
            await AddHistoryAsync(stored.RegistrationNumber, now, ct);
        }

        var gratificationSubmission = new GratificationSubmission(db, sealer, evidence, pastClock, deadlines, logs.CreateLogger<GratificationSubmission>(), owners, keys, silent);
        var gratifications = await new DemoGratifications(db, sealer, gratificationSubmission, then, clock, deadlines, random).AddAsync(reporters, now, ct);

        // The history written after the submissions changed the figures too.
        await StatisticsStamp.BumpAsync(db, ct);
        return new DemoResult(DemoOutcome.Loaded, count, DemoUsername, password) { Gratifications = gratifications };
    }

    private async Task<string> RegisterAsync(string username, string password)
    {
        var phone = "0812" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = await accounts.RegisterAsync(new RegistrationRequest(username, password, phone, null));
        return result.Value?.User.Id ?? throw new InvalidOperationException(
            $"Demo account {username} could not be created: {string.Join(" ", result.Errors.Values)}");
    }

    /// <summary>Local months from 1 January two years ago until now, busier in spring and after the summer, growing each year.</summary>
    private List<DateTime> SubmissionTimes(DateTime nowUtc)
    {
        var today = clock.ToLocal(nowUtc);
        var times = new List<DateTime>();
        for (var month = new DateTime(today.Year - 2, 1, 1); month <= today; month = month.AddMonths(1))
        {
            var season = month.Month is 3 or 4 or 5 or 8 or 9 or 10 ? 3 : month.Month is 12 or 1 ? -2 : 0;
            var count = 6 + (3 * (month.Year - (today.Year - 2))) + season + random.Next(-2, 4);
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            for (var i = 0; i < count; i++)
            {
                var local = month.AddDays(random.Next(days)).AddHours(6 + random.Next(17)).AddMinutes(random.Next(60));
                var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), clock.Zone);
                if (utc < nowUtc)
                {
                    times.Add(utc);
                }
            }
        }

        times.Sort();
        return times;
    }

    /// <summary>
    /// About a third arrive outside the site and are recorded by staff (without an account) a few days after they came:
    /// letters and the complaint box most, then the front desk, phone, email and SP4N-LAPOR! referrals, so the periodic
    /// report has something to say per channel and its times count from the day received.
    /// </summary>
    private ComplaintArrival Arrival(DateTime submittedAt)
    {
        var pick = channels.Next(100);
        var channel = pick switch
        {
            < 66 => ComplaintChannel.Web,
            < 76 => ComplaintChannel.Surat,
            < 82 => ComplaintChannel.KotakPengaduan,
            < 87 => ComplaintChannel.DatangLangsung,
            < 91 => ComplaintChannel.Telepon,
            < 95 => ComplaintChannel.Email,
            < 99 => ComplaintChannel.RujukanSp4nLapor,
            _ => ComplaintChannel.Lainnya,
        };
        return channel == ComplaintChannel.Web
            ? ComplaintArrival.Web
            : new ComplaintArrival(channel, DateOnly.FromDateTime(clock.ToLocal(submittedAt)).AddDays(-channels.Next(0, 4)));
    }

    /// <summary>Pungutan liar, pelayanan publik and penyalahgunaan wewenang come up most; suap and benturan kepentingan least.</summary>
    private int WeightedIndex(int count)
    {
        int[] weights = [6, 2, 3, 9, 6, 7, 2, 6, 3, 9, 3];
        var total = weights.Take(count).Sum() + Math.Max(0, count - weights.Length);
        var pick = random.Next(total);
        for (var i = 0; i < count; i++)
        {
            pick -= i < weights.Length ? weights[i] : 1;
            if (pick < 0)
            {
                return i;
            }
        }

        return count - 1;
    }

    private ComplaintContent Content(string typeName, string unitName, DateTime submittedAt)
    {
        var templates = DemoTexts.ByViolationType.GetValueOrDefault(typeName) ?? [DemoTexts.Fallback];
        var t = templates[random.Next(templates.Length)];
        var incident = DateOnly.FromDateTime(clock.ToLocal(submittedAt).AddDays(-random.Next(3, 90)));
        return new ComplaintContent
        {
            Title = t.Title,
            Description = t.Description.Replace("{unit}", unitName, StringComparison.Ordinal),
            ReportedPersons = [new ReportedPerson(
                "Sdr. " + DemoTexts.Initials[random.Next(DemoTexts.Initials.Length)],
                DemoTexts.Positions[random.Next(DemoTexts.Positions.Length)], unitName)],
            Location = DemoTexts.Locations[random.Next(DemoTexts.Locations.Length)],
            IncidentDate = incident,
            Why = t.Why,
            How = t.How,
            EstimatedLoss = t.HasLoss ? random.Next(2, 400) * 250_000m : null,
        };
    }

    /// <summary>The steps staff (and sometimes the reporter) took after submission, up to now.</summary>
    private async Task AddHistoryAsync(string registrationNumber, DateTime now, CancellationToken ct)
    {
        var report = await db.Complaints.SingleAsync(r => r.RegistrationNumber == registrationNumber, ct);
        var history = Lifecycle(report.SubmittedAt).TakeWhile(step => step.At <= now).ToList();
        var firstFinal = history.FirstOrDefault(step => step.Status.IsFinal());
        report.Status = history[^1].Status;
        report.UpdatedAt = history[^1].At;
        report.StatusChangedAt = history[^1].At;
        report.ResolvedAt = firstFinal.Status.IsFinal() ? firstFinal.At : null;
        report.Outcome = report.Status == ComplaintStatus.Selesai ? (random.Next(100) < 55 ? ComplaintOutcome.Terbukti : ComplaintOutcome.TidakTerbukti) : null;
        report.ForwardedTo = report.Status == ComplaintStatus.Diteruskan ? ComplaintWorkflow.ForwardTargets[random.Next(ComplaintWorkflow.ForwardTargets.Length)] : null;

        // Whatever got past verification had its six elements checked.
        report.Checklist = history.Any(step => step.Status is ComplaintStatus.Ditindaklanjuti or ComplaintStatus.Selesai)
            ? Checklist.What | Checklist.Who | Checklist.Where | Checklist.When | Checklist.Why | Checklist.How
            : Checklist.None;
        report.DueOn = await deadlines.DueOnAsync(report.Status, report.StatusChangedAt, ct);
        db.ComplaintEvents.AddRange(history.Skip(1).Select((step, i) => new ComplaintEvent
        {
            ReportId = report.Id,
            Status = step.Status,
            At = step.At,
            // No staff accounts exist in a demo database, so staff steps carry no actor.
            Kind = step.Status == ComplaintStatus.Verifikasi && history[i].Status == ComplaintStatus.PerluDilengkapi
                ? ReportEventKind.Completed
                : ReportEventKind.StatusChanged,
            SealedPublicNote = sealer.Seal(report.Id, DemoTexts.Notes[step.Status]),
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>A plausible path through the complaint workflow's statuses, with waiting times between the steps.</summary>
    private List<(ComplaintStatus Status, DateTime At)> Lifecycle(DateTime submittedAt)
    {
        var steps = new List<(ComplaintStatus, DateTime)> { (ComplaintStatus.Diterima, submittedAt) };
        var at = submittedAt;
        void Step(ComplaintStatus status, int minDays, int maxDays)
        {
            at = at.AddDays(random.Next(minDays, maxDays + 1)).AddHours(random.Next(1, 9));
            steps.Add((status, at));
        }

        Step(ComplaintStatus.Verifikasi, 0, 4);
        if (random.Next(100) < 18)
        {
            Step(ComplaintStatus.PerluDilengkapi, 2, 7);
            if (random.Next(100) < 40)
            {
                Step(ComplaintStatus.Ditolak, 25, 30);
                return steps;
            }

            Step(ComplaintStatus.Verifikasi, 3, 15);
        }

        var verdict = random.Next(100);
        if (verdict < 15)
        {
            Step(ComplaintStatus.Ditolak, 3, 10);
        }
        else if (verdict < 25)
        {
            Step(ComplaintStatus.Diteruskan, 5, 15);
        }
        else
        {
            Step(ComplaintStatus.Ditindaklanjuti, 3, 10);
            Step(random.Next(100) < 82 ? ComplaintStatus.Selesai : ComplaintStatus.Diteruskan, 20, 120);
        }

        return steps;
    }
}
