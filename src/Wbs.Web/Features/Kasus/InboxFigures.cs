using Microsoft.EntityFrameworkCore;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// An inbox's figures from the counters the database keeps (<see cref="InboxCount"/>, <see cref="InboxDeadlineCount"/>):
/// per status, overdue, and the total of a filter by status, assignee and lateness, without counting reports.
/// </summary>
public sealed class InboxFigures
{
    private readonly IReadOnlyList<InboxCount> counts;
    private readonly IReadOnlyList<InboxDeadlineCount> ahead;

    private InboxFigures(IReadOnlyList<InboxCount> counts, IReadOnlyList<InboxDeadlineCount> ahead) => (this.counts, this.ahead) = (counts, ahead);

    /// <summary>Two small reads: the counters in scope, and the deadlines in scope from <paramref name="today"/> on.</summary>
    public static async Task<InboxFigures> LoadAsync(IQueryable<InboxCount> counts, IQueryable<InboxDeadlineCount> deadlines, DateOnly today, CancellationToken ct) =>
        new(await counts.AsNoTracking().ToListAsync(ct), await deadlines.AsNoTracking().Where(d => d.DueOn >= today).ToListAsync(ct));

    public Dictionary<TStatus, int> ByStatus<TStatus>()
        where TStatus : struct, Enum =>
        counts.GroupBy(c => c.Status)
            .Select(g => (Parsed: Enum.TryParse<TStatus>(g.Key, out var status) ? status : (TStatus?)null, Count: (int)g.Sum(c => c.Count)))
            .Where(s => s.Parsed is not null && s.Count > 0)
            .ToDictionary(s => s.Parsed!.Value, s => s.Count);

    /// <summary>Reports in scope past their deadline: those with one, less those due today or later.</summary>
    public int Overdue => Total(null, null, overdueOnly: true);

    /// <summary>
    /// Reports in scope in <paramref name="status"/> (any when null) assigned to <paramref name="assignee"/> (anyone when
    /// null, nobody when empty), only the overdue ones when asked.
    /// </summary>
    public int Total(string? status, string? assignee, bool overdueOnly)
    {
        bool Matches(string rowStatus, string rowAssignee) => (status is null || rowStatus == status) && (assignee is null || rowAssignee == assignee);
        var matching = counts.Where(c => Matches(c.Status, c.AssignedToId));
        return (int)(overdueOnly
            ? matching.Sum(c => c.WithDeadline) - ahead.Where(d => Matches(d.Status, d.AssignedToId)).Sum(d => d.Count)
            : matching.Sum(c => c.Count));
    }
}
