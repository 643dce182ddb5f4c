using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Web.Features.Akun;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Features.Statistik;

namespace Wbs.StatisticsBench;

/// <summary>
/// Fills an empty database with N synthetic complaints spread evenly up to now (at most 90,000 a year, so the
/// registration numbers stay five digits), each sealed under its own data key exactly as the app stores it.
/// With <c>--history 1</c> each also gets a channel (a third recorded by staff, with a day received), a status history
/// that leads to its status (with notes for the reporter) and, for half of them, a staff message: what the periodic
/// report (Laporan Berkala) reads. With <c>--evidence BYTES</c> each gets one evidence file of that many random bytes.
/// With <c>--inbox 1</c> the open ones get a deadline a week after submission and three
/// in four are assigned to one of five Verifikators, created with an Inspektur (<see cref="InboxStaff"/>): what the staff
/// inbox reads.
/// </summary>
internal static class Filler
{
    private const int Batch = 5_000;
    private static readonly ComplaintStatus[] Statuses = Enum.GetValues<ComplaintStatus>();

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var n = options.Int("reports", 10_000);
        var withHistory = options.Int("history", 0) == 1;
        var evidenceBytes = options.Int("evidence", 0);
        var attachments = new List<Attachment>(Batch);
        var blobs = new List<AttachmentBlob>(Batch);
        var forInbox = options.Int("inbox", 0) == 1;
        await using var app = await options.BuildAppServicesAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<WbsDbContext>();
        if (await db.Complaints.AnyAsync())
        {
            await Console.Error.WriteLineAsync("The database already holds reports; fill only an empty one.");
            return 1;
        }

        var clock = services.GetRequiredService<AgencyClock>();
        var ring = services.GetRequiredService<MasterKeyRing>();
        var keys = services.GetRequiredService<DataKeyCache>();
        var sealer = services.GetRequiredService<ContentSealer>();
        var registered = await services.GetRequiredService<ReporterAccounts>().RegisterAsync(
            new RegistrationRequest("bench-reporter", Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)), "081200000000", null));
        var reporterId = registered.Value?.User.Id ?? throw new InvalidOperationException(string.Join(" ", registered.Errors.Values));
        var types = await db.ViolationTypes.Select(v => v.Id).ToArrayAsync();
        var units = await db.Units.Select(u => u.Id).ToArrayAsync();
        var verifikators = forInbox ? await InboxStaff.CreateAsync(services, options) : [];

        var random = new Random(42);
        var now = clock.UtcNow;
        var years = Math.Max(3, (int)Math.Ceiling(n / 90_000d));
        var from = TimeZoneInfo.ConvertTimeToUtc(new DateTime(clock.ToLocal(now).Year - years + 1, 1, 1), clock.Zone);
        var span = (now - from).Ticks;
        var times = new DateTime[n];
        for (var i = 0; i < n; i++)
        {
            times[i] = new DateTime(from.Ticks + random.NextInt64(span), DateTimeKind.Utc);
        }

        Array.Sort(times);
        var watch = Stopwatch.StartNew();
        var sequences = new Dictionary<int, int>();
        var reports = new List<Complaint>(Batch);
        var dataKeys = new List<DataKey>(Batch);
        var history = new History(sealer, now);
        var channels = Enum.GetValues<ComplaintChannel>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var submittedAt in times)
        {
            var id = Guid.NewGuid();
            var key = RandomNumberGenerator.GetBytes(32);
            dataKeys.Add(new DataKey { Id = id, MasterKeyId = ring.Newest.Id, WrappedKey = KeyWrap.Wrap(ring.Newest, id, key), CreatedAt = submittedAt });
            keys.Set(id, key);
            var year = clock.ToLocal(submittedAt).Year;
            var sequence = sequences[year] = sequences.GetValueOrDefault(year) + 1;
            var status = Statuses[random.Next(Statuses.Length)];
            var resolvedAt = status.IsFinal() ? submittedAt.AddHours(random.Next(1, 24 * 120)) : (DateTime?)null;
            if (resolvedAt > now)
            {
                (status, resolvedAt) = (ComplaintStatus.Ditindaklanjuti, null);
            }

            var channel = withHistory && random.Next(3) == 0 ? channels[1 + random.Next(channels.Length - 1)] : ComplaintChannel.Web;
            reports.Add(new Complaint
            {
                Channel = channel,
                ReceivedOn = channel == ComplaintChannel.Web ? null : DateOnly.FromDateTime(clock.ToLocal(submittedAt)).AddDays(-random.Next(4)),
                StatusChangedAt = resolvedAt ?? submittedAt,
                DueOn = (withHistory || forInbox) && !status.IsFinal() ? DateOnly.FromDateTime(clock.ToLocal(submittedAt)).AddDays(7) : null,
                AssignedToId = verifikators.Length > 0 && random.Next(4) != 0 ? verifikators[random.Next(verifikators.Length)] : null,
                Id = id,
                RegistrationNumber = RegistrationNumbers.Format(RegistrationNumbers.ComplaintPrefix, year, sequence),
                Year = year,
                Sequence = sequence,
                ReporterId = reporterId,
                ViolationTypeId = types[random.Next(types.Length)],
                UnitId = units[random.Next(units.Length)],
                Status = status,
                SubmittedAt = submittedAt,
                UpdatedAt = resolvedAt ?? submittedAt,
                ResolvedAt = resolvedAt,
                SealedContent = sealer.Seal(id, Content(random, submittedAt)),
            });

            if (withHistory)
            {
                history.Add(random, reports[^1]);
            }

            if (evidenceBytes > 0)
            {
                // One small evidence file per report, sealed chunk by chunk as an upload is.
                var file = new byte[evidenceBytes];
                random.NextBytes(file);
                var attachmentId = Guid.NewGuid();
                using var sealedFile = new MemoryStream();
                await using (var sealing = sealer.SealStream(id, new MemoryStream(file)))
                {
                    await sealing.CopyToAsync(sealedFile);
                }

                attachments.Add(new Attachment { Id = attachmentId, ReportId = id, SealedFileName = sealer.Seal(id, "bukti.jpg"), ContentType = "image/jpeg", Size = file.Length, CreatedAt = submittedAt });
                blobs.Add(new AttachmentBlob { AttachmentId = attachmentId, Data = sealedFile.ToArray() });
            }

            if (reports.Count == Batch)
            {
                await FlushAsync(db, reports, dataKeys);
                await BulkInsert.InsertAsync(db, attachments);
                await BulkInsert.InsertAsync(db, blobs);
                attachments.Clear();
                blobs.Clear();
                await history.FlushAsync(db);
            }
        }

        await FlushAsync(db, reports, dataKeys);
        await BulkInsert.InsertAsync(db, attachments);
        await BulkInsert.InsertAsync(db, blobs);
        await history.FlushAsync(db);
        await BulkInsert.InsertAsync(db, sequences.Select(s => new RegistrationCounter { Prefix = RegistrationNumbers.ComplaintPrefix, Year = s.Key, LastValue = s.Value }).ToList());
        await StatisticsStamp.BumpAsync(db, default);
        await transaction.CommitAsync();
        var inserted = watch.Elapsed;
        // Fresh planner statistics (and, on PostgreSQL, the visibility map that index-only scans need).
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM ANALYZE" : "ANALYZE");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Filled {n:N0} reports{(withHistory ? $" ({history.Events:N0} history entries, {history.Messages:N0} staff messages)" : "")} over {years} years in {inserted.TotalSeconds:F1} s ({n / inserted.TotalSeconds:N0} reports/s), analyzed in {(watch.Elapsed - inserted).TotalSeconds:F1} s."));
        return 0;
    }

    private static async Task FlushAsync(WbsDbContext db, List<Complaint> reports, List<DataKey> dataKeys)
    {
        await BulkInsert.InsertAsync(db, dataKeys);
        await BulkInsert.InsertAsync(db, reports);
        reports.Clear();
        dataKeys.Clear();
    }

    private static ComplaintContent Content(Random random, DateTime submittedAt) => new()
    {
        Title = "Laporan uji beban nomor " + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture),
        Description = "Uraian sintetis untuk uji beban: petugas diduga meminta imbalan di luar ketentuan saat melayani "
            + "permohonan warga, dengan alasan mempercepat proses. Kejadian berulang beberapa kali dan disaksikan "
            + "pemohon lain yang sedang antre di loket pelayanan pada jam kerja.",
        ReportedPersons = [new ReportedPerson("Sdr. X", "Staf Pelaksana", null)],
        Location = "Loket pelayanan",
        IncidentDate = DateOnly.FromDateTime(submittedAt.AddDays(-random.Next(1, 60))),
        How = "Disampaikan secara lisan di loket.",
    };
}
