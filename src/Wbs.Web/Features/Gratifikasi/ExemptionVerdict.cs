namespace Wbs.Web.Features.Gratifikasi;

public enum ExemptionVerdict
{
    /// <summary>Not enough is known yet to say anything (no value, no occasion or relationship).</summary>
    Unknown,

    /// <summary>What the reporter describes falls under an exemption: reporting is not required (but still allowed).</summary>
    LooksExempt,

    /// <summary>No exemption applies: the gift must be reported.</summary>
    MustReport,
}
