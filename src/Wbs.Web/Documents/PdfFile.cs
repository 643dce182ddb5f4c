namespace Wbs.Web.Documents;

/// <summary>A generated document, ready to be sent as a download.</summary>
public sealed record PdfFile(string FileName, byte[] Content);
