namespace Wbs.Web.Evidence;

/// <summary>A file as it arrived, before checks.</summary>
public sealed record IncomingFile(string? FileName, long Length, Func<Stream> OpenReadStream);
