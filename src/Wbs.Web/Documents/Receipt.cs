namespace Wbs.Web.Documents;

/// <summary>
/// What a receipt shows: never who reported or whom a complaint names, only what identifies the report to its
/// owner (number, time, kind, a short summary, status).
/// </summary>
public sealed record Receipt(
    string RegistrationNumber, string ReceivedAt, string Kind, IReadOnlyList<(string Label, string Value)> Summary,
    string Status, string PrintedAt, string FollowUp);
