namespace Wbs.Web.Documents;

/// <summary>A supporting document as listed: upload time and size tell apart two files of the same name.</summary>
public sealed record KpkFormFile(string Name, string UploadedAt, string Size);
