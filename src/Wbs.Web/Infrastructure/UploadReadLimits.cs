namespace Wbs.Web.Infrastructure;

/// <summary>Limits of one multipart form, taken from the evidence settings and the form options.</summary>
public sealed record UploadReadLimits(long MaxFileBytes, int MaxFields, int MaxKeyLength, int MaxValueLength, int MemoryBytes, long MaxBodyBytes);
