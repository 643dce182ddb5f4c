using Wbs.Web.Infrastructure;

namespace Wbs.Web.Security;

/// <summary>A read-only stream that gives back one byte already read (the version byte) before the rest of its source, which it owns.</summary>
public sealed class PrefixedStream(byte first, Stream rest) : ForwardOnlyStream(rest)
{
    private bool firstGiven;

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0)
        {
            return 0;
        }

        if (!firstGiven)
        {
            firstGiven = true;
            buffer[0] = first;
            return 1;
        }

        return Inner.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0)
        {
            return ValueTask.FromResult(0);
        }

        if (!firstGiven)
        {
            firstGiven = true;
            buffer.Span[0] = first;
            return ValueTask.FromResult(1);
        }

        return Inner.ReadAsync(buffer, cancellationToken);
    }
}
