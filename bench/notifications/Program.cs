using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Notifications;

// NotificationsBench --messages N --runs R [--Key=Value app settings: Wbs:Email:*, database]
// Per run: N messages straight through the SMTP channel (the reference: what the mail server and MailKit allow), then N
// outbox rows sent by the sender's rounds (lease, claim, unseal the address, send, mark sent). Prints both rates.
var messages = 500;
var runs = 3;
var settings = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--messages": messages = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: settings.Add(args[i]); break;
    }
}

var builder = WebApplication.CreateBuilder([.. settings]);
builder.Logging.AddWbsLogging();
builder.Services.AddWbsOptions(builder.Configuration);
builder.Services.AddWbsDatabase();
builder.Services.AddWbsAccounts();
builder.Services.AddWbsServices(builder.Configuration);
await using var app = builder.Build();
await app.Services.PrepareDatabaseAsync();

var owner = RecipientRefs.User(Guid.NewGuid().ToString());
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<NotificationContacts>()
        .SetAsync(owner, "inspektur@bench.example.go.id", NotificationPreferences.NewReports, includeNumber: true, default);
    await scope.ServiceProvider.GetRequiredService<WbsDbContext>().SaveChangesAsync();
}

var channel = app.Services.GetServices<INotificationChannel>().Single(c => c.Name == NotificationChannels.Email);
var sender = app.Services.GetRequiredService<OutboxSender>();
var direct = new List<double>();
var outbox = new List<double>();
for (var run = 1; run <= runs; run++)
{
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < messages; i++)
    {
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(), RecipientRef = owner, Channel = NotificationChannels.Email, Kind = NotificationKind.NewReport,
            RegistrationNumber = $"ADU-2026-{i + 1:D5}",
        };
        await channel.SendAsync(NotificationText.For(message, "http://127.0.0.1"), "inspektur@bench.example.go.id", default);
    }

    direct.Add(messages / watch.Elapsed.TotalSeconds);

    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var now = DateTime.UtcNow;
        db.Outbox.AddRange(Enumerable.Range(1, messages).Select(i => new OutboxMessage
        {
            Id = Guid.NewGuid(), RecipientRef = owner, Channel = NotificationChannels.Email, Kind = NotificationKind.NewReport,
            RegistrationNumber = $"ADU-2026-{i:D5}", CreatedAt = now, NextAttemptAt = now,
        }));
        await db.SaveChangesAsync();
    }

    watch.Restart();
    var sent = 0;
    while (sent < messages)
    {
        var round = await sender.RunOnceAsync(default);
        if (round == 0)
        {
            throw new InvalidOperationException($"The sender stopped after {sent} of {messages} messages.");
        }

        sent += round;
    }

    outbox.Add(messages / watch.Elapsed.TotalSeconds);
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var unsent = await db.Outbox.CountAsync(m => m.SentAt == null);
        if (unsent != 0)
        {
            throw new InvalidOperationException($"{unsent} messages left unsent.");
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run {run}: channel alone {direct[^1]:F0} msg/s, through the outbox {outbox[^1]:F0} msg/s"));
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median of {runs} runs of {messages}: channel alone {Median(direct):F0} msg/s, outbox {Median(outbox):F0} msg/s, ratio {Median(outbox) / Median(direct):F2}"));
return 0;
