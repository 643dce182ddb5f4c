namespace Wbs.Web.Features.Staf;

/// <summary>What an authenticator code check found: right (and now used), wrong, wrong once too often, or refused while locked.</summary>
public enum CodeCheck
{
    Accepted,
    Wrong,
    LockedNow,
    Locked,
}
