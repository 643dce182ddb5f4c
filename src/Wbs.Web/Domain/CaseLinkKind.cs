namespace Wbs.Web.Domain;

public enum CaseLinkKind
{
    /// <summary>The report repeats another (duplikat dari …).</summary>
    Duplicate,

    /// <summary>The reports concern the same matter (terkait).</summary>
    Related,
}
