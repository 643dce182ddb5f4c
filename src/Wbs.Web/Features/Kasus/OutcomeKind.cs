namespace Wbs.Web.Features.Kasus;

/// <summary>How a service call ended; pages and API endpoints each turn it into their own answer.</summary>
public enum OutcomeKind
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}
