namespace Wbs.Web.Features.Lacak;

public enum AccessCheckResult
{
    Opened,

    /// <summary>A wrong number or a wrong code: one answer for both.</summary>
    Refused,

    /// <summary>This address has used its checks for now; no code was looked at.</summary>
    TooManyFromAddress,
}
