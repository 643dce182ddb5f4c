using Wbs.Web.Domain;

namespace Wbs.Web.Documents;

/// <summary>Everything the UPG forwards to KPK about one report, identity in full.</summary>
public sealed record KpkForm(
    string RegistrationNumber, GratificationIdentity Identity, GratificationContent Content, IReadOnlyList<KpkFormFile> Files,
    string ReceivedByUpgAt, DateOnly ReportDeadline, bool ReportedInTime, GratificationStatus Status,
    DateOnly? ForwardedToKpkOn, KpkDecision? Decision, string? DecisionNumber, DateOnly? DecisionDate, DateOnly PrintedOn)
{
    /// <summary>What the reporter added when asked to complete the report, oldest first.</summary>
    public IReadOnlyList<KpkFormAddition> Additions { get; init; } = [];

    /// <summary>The timeliness line: in time, or how late and what that risks (<c>ReportingDeadline.TimelinessLine</c>).</summary>
    /// <summary>Who signed KPK's decision, for the reporter's level of office; null before the decision.</summary>
    public string? SignedBy { get; init; }

    public string Timeliness { get; init; } = ReportedInTime ? "Dilaporkan tepat waktu" : "Terlambat dilaporkan (melewati 30 hari kerja)";
}
