using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;

namespace Wbs.Web.Features.Statistik;

/// <summary>The node's cached figures, each tagged with the stamp it was computed at; a new year starts afresh (the year picker changes).</summary>
public sealed class StatisticsCache(IMemoryCache memory) : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    private sealed record Entry(long Stamp, StatisticsFigures Figures);

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public bool TryGet(int year, int currentYear, long stamp, [NotNullWhen(true)] out StatisticsFigures? figures)
    {
        if (memory.TryGetValue(Key(year, currentYear), out Entry? entry) && entry is not null && entry.Stamp == stamp)
        {
            figures = entry.Figures;
            return true;
        }

        figures = null;
        return false;
    }

    public void Set(int year, int currentYear, long stamp, StatisticsFigures figures) =>
        memory.Set(Key(year, currentYear), new Entry(stamp, figures), new MemoryCacheEntryOptions { SlidingExpiration = Idle, Size = 1 });

    public void Dispose() => Gate.Dispose();

    private static string Key(int year, int currentYear) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"wbs:statistik:{year}:{currentYear}");
}
