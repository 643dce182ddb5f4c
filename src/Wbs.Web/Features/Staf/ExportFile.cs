namespace Wbs.Web.Features.Staf;

public sealed record ExportFile(byte[] Content, string ContentType, string FileName, int Rows);
