using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;
using Wbs.Web.Features.Statistik;

namespace Wbs.Tests.Statistik;

/// <summary>A report as the statistics see it: when it came in (UTC), its type, its status and when it was resolved.</summary>
public sealed record SeedReport(DateTime SubmittedAt, string ViolationType, ComplaintStatus Status, DateTime? ResolvedAt = null);

/// <summary>A gratification report as the statistics see it.</summary>
public sealed record SeedGratification(DateTime SubmittedAt, GratificationStatus Status, DateTime? ResolvedAt = null);

/// <summary>Writes reports straight into a factory's database, the way a finished workflow would leave them.</summary>
public static class ComplaintSeed
{
    private static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    public static DateTime Utc(int y, int mo, int d, int h = 0, int mi = 0) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    /// <returns>The registration numbers, in the order given.</returns>
    public static async Task<List<string>> AddAsync(WbsFactory factory, params SeedReport[] reports)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var sealer = scope.ServiceProvider.GetRequiredService<ContentSealer>();
        var reporter = new AppUser { Id = Guid.NewGuid().ToString(), UserName = "seed-" + Guid.NewGuid().ToString("N")[..8], CreatedAt = DateTime.UtcNow };
        reporter.NormalizedUserName = reporter.UserName.ToUpperInvariant();
        db.Users.Add(reporter);
        var types = await db.ViolationTypes.ToDictionaryAsync(v => v.Name, v => v.Id);
        var next = await db.Complaints.CountAsync() + 1;
        var numbers = new List<string>();

        foreach (var seed in reports)
        {
            var id = Guid.NewGuid();
            var year = TimeZoneInfo.ConvertTimeFromUtc(seed.SubmittedAt, Wita).Year;
            var sequence = next++;
            numbers.Add(RegistrationNumbers.Format(RegistrationNumbers.ComplaintPrefix, year, sequence));
            db.Complaints.Add(new Complaint
            {
                Id = id,
                RegistrationNumber = numbers[^1],
                Year = year,
                Sequence = sequence,
                ReporterId = reporter.Id,
                ViolationTypeId = types[seed.ViolationType],
                Status = seed.Status,
                SubmittedAt = seed.SubmittedAt,
                UpdatedAt = seed.ResolvedAt ?? seed.SubmittedAt,
                ResolvedAt = seed.ResolvedAt,
                SealedContent = sealer.Seal(id, new ComplaintContent
                {
                    Title = "Laporan uji",
                    Description = "Uraian uji.",
                    ReportedPersons = [new ReportedPerson("Sdr. X", null, null)],
                    Location = "Kantor",
                    IncidentDate = DateOnly.FromDateTime(seed.SubmittedAt),
                }),
            });
        }

        await db.SaveChangesAsync();
        await StatisticsStamp.BumpAsync(db, default);
        return numbers;
    }

    public static async Task AddGratificationsAsync(WbsFactory factory, params SeedGratification[] reports)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var sealer = scope.ServiceProvider.GetRequiredService<ContentSealer>();
        var reporter = new AppUser { Id = Guid.NewGuid().ToString(), UserName = "seed-" + Guid.NewGuid().ToString("N")[..8], CreatedAt = DateTime.UtcNow };
        reporter.NormalizedUserName = reporter.UserName.ToUpperInvariant();
        db.Users.Add(reporter);
        var next = await db.GratificationReports.CountAsync() + 1;
        foreach (var seed in reports)
        {
            var id = Guid.NewGuid();
            var year = TimeZoneInfo.ConvertTimeFromUtc(seed.SubmittedAt, Wita).Year;
            var sequence = next++;
            var received = DateOnly.FromDateTime(seed.SubmittedAt).AddDays(-3);
            db.GratificationReports.Add(new GratificationReport
            {
                Id = id,
                RegistrationNumber = RegistrationNumbers.Format(RegistrationNumbers.GratificationPrefix, year, sequence),
                Year = year,
                Sequence = sequence,
                OwnerRef = scope.ServiceProvider.GetRequiredService<Wbs.Web.Features.Gratifikasi.GratificationOwners>().RefFor(reporter.Id),
                Status = seed.Status,
                SubmittedAt = seed.SubmittedAt,
                UpdatedAt = seed.ResolvedAt ?? seed.SubmittedAt,
                StatusChangedAt = seed.ResolvedAt ?? seed.SubmittedAt,
                ResolvedAt = seed.ResolvedAt,
                ReceivedOn = received,
                ReportDeadline = received.AddDays(42),
                IdentityScope = id,
                SealedIdentity = sealer.Seal(id, GratificationSamplesIdentity),
                SealedContent = sealer.Seal(id, "uji"),
            });
        }

        await db.SaveChangesAsync();
        await StatisticsStamp.BumpAsync(db, default);
    }

    private static readonly GratificationIdentity GratificationSamplesIdentity = new()
    {
        FullName = "Seed", Nik = "6474000000000001", Position = "Staf", Unit = "Umum", Institution = "Pemkot", PhoneNumber = "081200000000",
    };
}
