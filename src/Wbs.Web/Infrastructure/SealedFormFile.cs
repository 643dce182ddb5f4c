namespace Wbs.Web.Infrastructure;

/// <summary>An uploaded file whose bytes live in a <see cref="SealedBuffer"/>; one past the per-file limit has its length only.</summary>
public sealed class SealedFormFile(SealedBuffer buffer, long length, string name, string fileName, string contentType, string contentDisposition) : IFormFile
{
    public string ContentType => contentType;
    public string ContentDisposition => contentDisposition;
    public IHeaderDictionary Headers { get; } = new HeaderDictionary();
    public long Length => length;
    public string Name => name;
    public string FileName => fileName;

    public Stream OpenReadStream() => length == buffer.Length
        ? buffer.OpenRead()
        : throw new InvalidOperationException("A file past the per-file limit was not kept.");

    public void CopyTo(Stream target) => OpenReadStream().CopyTo(target);

    public async Task CopyToAsync(Stream target, CancellationToken cancellationToken = default)
    {
        await using var source = OpenReadStream();
        await source.CopyToAsync(target, cancellationToken);
    }
}
