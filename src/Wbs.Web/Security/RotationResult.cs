namespace Wbs.Web.Security;

public sealed record RotationResult(string NewMasterKeyId, int Rewrapped, IReadOnlyList<string> Pruned);
