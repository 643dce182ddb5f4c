namespace Wbs.Web.Features.Pengaduan;

/// <summary>The multipart fields of a completion, described for the OpenAPI document.</summary>
public sealed class CompletionForm
{
    public required string Information { get; init; }
    public IFormFileCollection? Files { get; init; }
}
