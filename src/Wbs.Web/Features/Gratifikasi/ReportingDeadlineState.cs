namespace Wbs.Web.Features.Gratifikasi;

public enum ReportingDeadlineState
{
    /// <summary>More than five working days left.</summary>
    Open,

    /// <summary>Five or fewer working days left, today included.</summary>
    Near,

    /// <summary>The deadline has passed.</summary>
    Passed,
}
