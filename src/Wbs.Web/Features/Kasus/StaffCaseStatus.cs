namespace Wbs.Web.Features.Kasus;

/// <summary>A status as the page writes it: its name (CSS class and data attribute) and its text.</summary>
public sealed record StaffCaseStatus(string Name, string Text)
{
#pragma warning disable CA1308 // A CSS class name, never compared: the stylesheet spells the statuses in lower case.
    public string CssName => Name.ToLowerInvariant();
#pragma warning restore CA1308

    public static StaffCaseStatus Of<TStatus>(TStatus status, Func<TStatus, string> display) where TStatus : struct, Enum =>
        new(status.ToString(), display(status));
}
