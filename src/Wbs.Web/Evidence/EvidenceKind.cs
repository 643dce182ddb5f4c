namespace Wbs.Web.Evidence;

/// <summary>A kind of evidence file, decided by the file's bytes.</summary>
public sealed record EvidenceKind(string Extension, string ContentType, string Label);
