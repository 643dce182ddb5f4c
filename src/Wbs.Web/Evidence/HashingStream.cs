using System.Security.Cryptography;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Evidence;

/// <summary>Reads its source (which it owns) and hashes what passes, so a streamed file can be compared without being kept.</summary>
public sealed class HashingStream(Stream inner, IncrementalHash hash) : ForwardOnlyStream(inner)
{
    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        hash.AppendData(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await Inner.ReadAsync(buffer, cancellationToken);
        hash.AppendData(buffer.Span[..read]);
        return read;
    }
}
