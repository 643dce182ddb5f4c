namespace Wbs.Web.Evidence;

/// <summary>The copy staff work with, and what was taken out of it (names shown to the reporter).</summary>
public sealed record CleanedEvidence(byte[] Content, IReadOnlyList<string> RemovedMetadata);
