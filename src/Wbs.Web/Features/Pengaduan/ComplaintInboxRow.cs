using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintInboxRow(
    string RegistrationNumber, string Title, DateTime SubmittedAt, string ViolationType, string? Unit, ComplaintStatus Status,
    string? Handler, DateOnly? DueOn, DeadlineState Deadline, int UnreadMessages)
{
    /// <summary>Filed without an account ("tanpa akun").</summary>
    public bool WithoutAccount { get; init; }

    /// <summary>How it reached the inspectorate (kanal).</summary>
    public ComplaintChannel Channel { get; init; }

    /// <summary>Links to reports the viewer may see ("duplikat dari ADU-…", "2 terkait"); null without any.</summary>
    public string? LinkMarker { get; init; }
}
