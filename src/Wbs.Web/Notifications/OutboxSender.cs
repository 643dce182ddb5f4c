using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Notifications;

/// <summary>
/// Sends the outbox, on one node at a time: every node runs this service, but only the holder of the database lease
/// (<see cref="SenderLease"/>, taken and renewed by one conditional UPDATE) sends. Each message is claimed by its own
/// conditional UPDATE with a token, sent, and marked sent by the token straight away, so a message is sent once unless a
/// node dies in the milliseconds between the channel accepting it and the mark: then, once its claim expires, it is sent
/// again (at least once, never lost). Failures are retried with exponential backoff and given up after MaxAttempts.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes, IOptions<SenderOptions> options, IOptions<WbsOptions> wbs, AgencyClock clock, ILogger<OutboxSender> logger)
    : BackgroundService
{
    public const string LeaseName = "outbox-sender";

    /// <summary>This process; a restarted node is a new holder and waits for its predecessor's lease to expire.</summary>
    public Guid NodeId { get; } = Guid.NewGuid();

    private const int Batch = 50;

    private DateTime nextDigestCheck = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var poll = TimeSpan.FromSeconds(settings.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogRoundFailed(logger, ex.GetType().Name);
            }

            if (sent == 0)
            {
                try
                {
                    await Task.Delay(poll, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        await ReleaseAsync();
    }

    /// <summary>Takes or renews the lease and sends what is due, up to a batch; the number of messages sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        if (!await TryLeaseAsync(db, ct))
        {
            return 0;
        }

        // The day's digest is queued by the lease holder (looked at every DigestCheckSeconds), before sending, so it goes out in this round.
        if (clock.UtcNow >= nextDigestCheck)
        {
            nextDigestCheck = clock.UtcNow.AddSeconds(options.Value.DigestCheckSeconds);
            await scope.ServiceProvider.GetRequiredService<DeadlineDigest>().QueueDueAsync(ct);
        }

        var now = clock.UtcNow;
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && !m.Failed && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Take(Batch).ToListAsync(ct);
        var channels = scope.ServiceProvider.GetServices<INotificationChannel>().ToDictionary(c => c.Name);
        var sent = 0;
        foreach (var message in due)
        {
            // A lease lost mid-batch (a long stall) stops this node; the new holder goes on where it left off.
            if (!await TryLeaseAsync(db, ct))
            {
                break;
            }

            if (await SendOneAsync(scope.ServiceProvider, db, channels, message, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>One conditional UPDATE: free, expired or already ours, then ours for LeaseSeconds more.</summary>
    public async Task<bool> TryLeaseAsync(WbsDbContext db, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        var me = NodeId;
        return await db.SenderLeases.Where(l => l.Name == LeaseName && (l.Holder == me || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresAt, until), ct) == 1;
    }

    private async Task<bool> SendOneAsync(
        IServiceProvider services, WbsDbContext db, Dictionary<string, INotificationChannel> channels, OutboxMessage message, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var token = Guid.NewGuid();
        var claimedUntil = now.AddSeconds(options.Value.ClaimSeconds);
        var claimed = await db.Outbox
            .Where(m => m.Id == message.Id && m.SentAt == null && !m.Failed && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, claimedUntil)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        if (claimed != 1)
        {
            return false;
        }

        var attempts = message.Attempts + 1;
        string? address = null;
        try
        {
            if (!channels.TryGetValue(message.Channel, out var channel) || !channel.IsOn)
            {
                throw new InvalidOperationException($"Saluran {message.Channel} tidak aktif.");
            }

            if (message.Channel != NotificationChannels.Webhook)
            {
                var contact = await services.GetRequiredService<NotificationContacts>().GetAsync(message.RecipientRef, ct);
                if (contact is null)
                {
                    // The address was deleted after the message was queued: it is never sent.
                    await FinishAsync(db, message.Id, token, s => s.SetProperty(m => m.Failed, true)
                        .SetProperty(m => m.LastError, "Alamat penerima sudah dihapus; tidak dikirim."));
                    return false;
                }

                address = contact.Value.Address;
            }

            var text = NotificationText.For(message, wbs.Value.PublicBaseUrl);
            await channel.SendAsync(text, address, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var error = Scrub(ex, address);
            var giveUp = attempts >= options.Value.MaxAttempts;
            var next = clock.UtcNow.Add(Backoff(attempts));
            await FinishAsync(db, message.Id, token, s => s.SetProperty(m => m.LastError, error).SetProperty(m => m.Failed, giveUp)
                .SetProperty(m => m.NextAttemptAt, next));
            LogSendFailed(logger, message.Id, attempts, ex.GetType().Name);
            return false;
        }

        // Straight after the channel accepted it, and not cancellable: this mark is what keeps it from a second send.
        var sentAt = clock.UtcNow;
        await FinishAsync(db, message.Id, token, s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LastError, (string?)null));
        return true;
    }

    /// <summary>Ends this node's claim with an outcome; only the holder of the claim's token can.</summary>
    private static Task<int> FinishAsync(WbsDbContext db, Guid id, Guid token,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> outcome) =>
        db.Outbox.Where(m => m.Id == id && m.ClaimToken == token).ExecuteUpdateAsync(s =>
        {
            outcome(s);
            s.SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntil, (DateTime?)null);
        }, CancellationToken.None);

    /// <summary>30 s, 1 min, 2 min, … capped at an hour.</summary>
    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, options.Value.FirstRetrySeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>The error as the Admin may see it: its kind and text, with the address (which an SMTP answer may quote) masked.</summary>
    private static string Scrub(Exception ex, string? address)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        if (!string.IsNullOrEmpty(address))
        {
            text = text.Replace(address, RecipientRefs.Mask(address), StringComparison.OrdinalIgnoreCase);
        }

        return text.Length > 500 ? text[..500] : text;
    }

    private async Task ReleaseAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var me = NodeId;
            var past = clock.UtcNow.AddSeconds(-1);
            await db.SenderLeases.Where(l => l.Name == LeaseName && l.Holder == me)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (Guid?)null).SetProperty(l => l.ExpiresAt, past));
        }
        catch (Exception ex)
        {
            LogRoundFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification round failed: {Error}")]
    private static partial void LogRoundFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id} not sent (attempt {Attempts}): {Error}")]
    private static partial void LogSendFailed(ILogger logger, Guid id, int attempts, string error);
}
