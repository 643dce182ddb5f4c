namespace Wbs.Web.Evidence;

/// <summary>
/// A read-only, seekable view of an uploaded file for a parser we do not own (PDFsharp), which bounds its work from the
/// outside: every byte handed out is counted, and the parser is stopped once it has read the file
/// <see cref="PassesAllowed"/> times over, or once it asks for the very same bytes again and again without reading
/// anything else (a loop that makes no progress). Both end in <see cref="ParserBudgetExceededException"/>; a seek past
/// the end or a single read larger than the file is refused too.
/// </summary>
/// <remarks>
/// PDFsharp 6.2's lexer never leaves a hexadecimal string (<c>&lt;0A1B…</c>) that reaches the end of the file: at the
/// end it logs "illegal character" and re-reads the last bytes for the log message, forever. Its cross-reference
/// reader also follows a <c>/Prev</c> chain without remembering where it has been. Both only ever touch the file
/// through this stream, so this is where they are stopped.
/// </remarks>
internal sealed class ParserReadBudget(byte[] data) : Stream
{
    /// <summary>A sound PDF is read about once (plus its trailer and a few look-backs); a loop reads it many times over.</summary>
    public const int PassesAllowed = 8;

    /// <summary>The same read repeated this many times in a row is a parser standing still.</summary>
    public const int RepeatsAllowed = 64;

    private const long Slack = 16 << 10;

    private readonly long budget = ((long)data.Length * PassesAllowed) + Slack;
    private long position;
    private long spent;
    private long lastReadAt = -1;
    private int lastReadCount = -1;
    private int repeats;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => data.Length;

    /// <summary>Bytes handed to the parser so far.</summary>
    public long Spent => spent;

    public override long Position
    {
        get => position;
        // A sound file never sends the parser past its end; PDFsharp follows any offset the file claims, then sizes
        // its diagnostics from it (a 1 GB buffer for an offset 3 GB past the end), so it is stopped here.
        set => position = value >= 0 && value <= data.Length ? value : throw new IOException($"The parser was sent to {value} of a {data.Length}-byte file.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var available = (int)Math.Clamp(data.Length - position, 0, buffer.Length);
        Charge(available, buffer.Length);
        data.AsSpan((int)Math.Min(position, data.Length), available).CopyTo(buffer);
        position += available;
        return available;
    }

    public override int ReadByte()
    {
        if (position >= data.Length)
        {
            Charge(0, 1);
            return -1;
        }

        Charge(1, 1);
        return data[position++];
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            SeekOrigin.End => data.Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Every call costs at least one unit, so reading nothing at the end of the file is not free either.</summary>
    private void Charge(int bytes, int asked)
    {
        if (asked > data.Length + Slack)
        {
            throw new ParserBudgetExceededException($"The parser asked for {asked} bytes of a {data.Length}-byte file at once.");
        }

        spent += Math.Max(1, bytes);
        if (spent > budget)
        {
            throw new ParserBudgetExceededException($"The parser read {spent} bytes of a {data.Length}-byte file.");
        }

        if (position == lastReadAt && asked == lastReadCount)
        {
            if (++repeats > RepeatsAllowed)
            {
                throw new ParserBudgetExceededException($"The parser read the same {asked} bytes at {position} {repeats} times in a row.");
            }
        }
        else
        {
            repeats = 0;
        }

        lastReadAt = position;
        lastReadCount = asked;
    }
}
