namespace Wbs.Web.Demo;

public sealed record DemoResult(DemoOutcome Outcome, int Reports, string? Username, string? Password)
{
    public int Gratifications { get; init; }
}
