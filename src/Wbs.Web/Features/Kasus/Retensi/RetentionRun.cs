namespace Wbs.Web.Features.Kasus.Retensi;

/// <summary>What a retention run erased (or, dry, would erase): numbers and counts only, never content.</summary>
public sealed record RetentionRun(IReadOnlyList<ExpiredCase> Cases, int Messages, int Files, int NewlyFixed, DateOnly RatchetDay, bool Done);

/// <summary>One expired case: its number, its last day and how much of it goes.</summary>
public sealed record ExpiredCase(Guid Id, string Number, DateOnly RetainUntil, int Messages, int Files);
