namespace Wbs.Web.Documents;

/// <summary>
/// What the case file of a hand-over shows, already redacted: every text a reader may see is a <see cref="RedactedText"/>,
/// and the identity is there only when the Inspektur included it.
/// </summary>
public sealed record HandoverCaseFile(
    string RegistrationNumber, string Recipient, string LetterNumber, DateOnly LetterDate, string Received, string Channel,
    string ViolationType, string? Unit, string IncidentDates, string? EstimatedLoss,
    IReadOnlyList<(string Label, RedactedText Text)> Content,
    IReadOnlyList<(string At, string Status, RedactedText? Note)> History,
    IReadOnlyList<(string At, string From, RedactedText Text)> Messages,
    IReadOnlyList<HandoverFileEntry> Files,
    string PreparedBy, string PreparedAt)
{
    /// <summary>The reporter's identity and contact as lines (label, value), with the stated reason; null when not included.</summary>
    public (IReadOnlyList<(string Label, string Value)> Lines, string Reason)? Identity { get; init; }

    /// <summary>The watermark of every page.</summary>
    public string Watermark => $"Untuk: {Recipient} — Pelimpahan No. {LetterNumber}";
}
