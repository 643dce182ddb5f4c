namespace Wbs.Web.Demo;

/// <summary>A clock the demo sets to each invented submission's moment, so the submission services stamp it as then.</summary>
public sealed class DemoTime : TimeProvider
{
    public DateTime UtcNow { get; set; } = DateTime.UtcNow;

    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(UtcNow, DateTimeKind.Utc));
}
