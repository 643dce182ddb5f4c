namespace Wbs.Web.Domain;

/// <summary>Who the reporter is (sealed apart from the rest of the report).</summary>
public sealed record GratificationIdentity
{
    public required string FullName { get; init; }
    public required string Nik { get; init; }
    public string? Nip { get; init; }
    public required string Position { get; init; }
    public required string Unit { get; init; }
    public required string Institution { get; init; }
    public required string PhoneNumber { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }
}
