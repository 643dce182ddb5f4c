namespace Wbs.Web.Documents;

/// <summary>An evidence file in a hand-over package: its neutral name in the package, its kind, size and SHA-256.</summary>
public sealed record HandoverFileEntry(string PackageName, string ContentType, long Size, string Sha256);
