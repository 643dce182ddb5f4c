namespace Wbs.Web.Domain;

/// <summary>How the inspectorate may reach a reporter; either may be missing (the phone is optional).</summary>
public sealed record ContactDetails(string? PhoneNumber, string? Email);
