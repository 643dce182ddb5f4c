using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Lacak;

/// <summary>The multipart of POST /api/v1/reports plus an optional contact the reporter chooses to leave.</summary>
public sealed class AnonymousComplaintForm : ComplaintForm
{
    /// <summary>Optional: an Indonesian mobile number the inspectorate may call; stored encrypted and shown masked.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>Optional: an email address; stored encrypted.</summary>
    public string? ContactEmail { get; init; }
}
