namespace Wbs.Web.Features.Kasus;

/// <summary>One message of a case's thread as staff see it: who wrote it and whether the other side has read it.</summary>
public sealed record CaseMessage(long Id, bool FromStaff, string? Author, DateTime At, string Body, DateTime? ReadAt);
