using Microsoft.EntityFrameworkCore;

namespace Wbs.Web.Features.Statistik;

/// <summary>
/// Reads of the <see cref="StatisticsStamp"/> for the public page cache, shared by concurrent requests. A request
/// never takes a value read before it arrived: it starts a read when none is running, or waits for the one that
/// starts when the running read ends. So every change committed before a request arrives (on any node) is seen by
/// it, while under load the database answers one read per round trip instead of one per request.
/// </summary>
public sealed class StatisticsStampReads(IServiceScopeFactory scopes)
{
    private readonly Lock gate = new();
    private Task<long>? running;
    private TaskCompletionSource<long>? next;

    public Task<long> ReadAsync(CancellationToken ct)
    {
        lock (gate)
        {
            if (running is null)
            {
                return Start().WaitAsync(ct);
            }

            next ??= new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            return next.Task.WaitAsync(ct);
        }
    }

    /// <summary>Under the lock. The read runs on the thread pool: SQLite's "async" calls finish synchronously.</summary>
    private Task<long> Start()
    {
        var read = Task.Run(ReadOnceAsync);
        running = read;
        read.ContinueWith(Finished, TaskScheduler.Default);
        return read;
    }

    private void Finished(Task<long> read)
    {
        TaskCompletionSource<long>? waiting;
        Task<long>? follower = null;
        lock (gate)
        {
            running = null;
            waiting = next;
            next = null;
            if (waiting is not null)
            {
                follower = Start();
            }
        }

        if (waiting is not null)
        {
            follower!.ContinueWith(
                static (done, state) =>
                {
                    var target = (TaskCompletionSource<long>)state!;
                    if (done.IsCompletedSuccessfully)
                    {
                        target.SetResult(done.Result);
                    }
                    else if (done.Exception is { } failure)
                    {
                        target.SetException(failure.InnerExceptions);
                    }
                    else
                    {
                        target.SetCanceled();
                    }
                },
                waiting,
                TaskScheduler.Default);
        }
    }

    /// <summary>
    /// The primary-key read of <see cref="StatisticsStamp.ReadAsync"/> as one plain command on the context's own
    /// connection (so its settings and outages are the app's), without the query pipeline; no request's cancellation
    /// stops a read others wait for.
    /// </summary>
    private async Task<long> ReadOnceAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<Data.WbsDbContext>().Database.GetDbConnection();
        await connection.OpenAsync(CancellationToken.None);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = ReadCommand;
            return await command.ExecuteScalarAsync(CancellationToken.None) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    /// <summary>The row <see cref="StatisticsStamp.SingletonId"/> (1), in quoting both databases read.</summary>
    private const string ReadCommand = "SELECT \"Version\" FROM \"StatisticsStamps\" WHERE \"Id\" = 1";
}
