using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>An object in the register with its steps, oldest first.</summary>
public sealed record RegisterItem(
    string RegistrationNumber, GiftObjectType ObjectType, string ObjectDescription, decimal EstimatedValue,
    GratificationStatus Status, KpkDecision? Decision, IReadOnlyList<RegisterStep> Steps)
{
    public RegisterStep Latest => Steps[^1];

    /// <summary>Still at the UPG: KPK's decision has not yet been carried out.</summary>
    public bool Held => !GiftRegister.IsLast(Latest.Step);
}
