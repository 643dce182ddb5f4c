namespace Wbs.Web.Documents;

/// <summary>
/// What a receipt shows: never who reported or whom a complaint names, only what identifies the report to its
/// owner (number, time, kind, a short summary, status).
/// </summary>
public sealed record Receipt(
    string RegistrationNumber, string ReceivedAt, string Kind, IReadOnlyList<(string Label, string Value)> Summary,
    string Status, string PrintedAt, string FollowUp)
{
    /// <summary>The signed verification code (<see cref="ReceiptCode"/>), printed in groups and in the QR code.</summary>
    public string? VerificationCode { get; init; }

    /// <summary>The /verifikasi address with the code, which the QR code encodes.</summary>
    public string? VerificationUrl { get; init; }
}
