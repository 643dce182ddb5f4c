using System.Buffers.Binary;
using System.Runtime.ExceptionServices;
using System.Text;

namespace Wbs.Web.Evidence;

/// <summary>
/// The worker side of <see cref="CleaningWorker"/>: reads one file from stdin, cleans it, answers on stdout, exits.
/// (<c>evidence-clean check</c> instead starts such a worker from this process, see <see cref="CleaningWorkerCheck"/>.)
/// Answer: 'O', the count of removed names, each name (length + UTF-8), then the cleaned bytes; or 'R' and a reason.
/// </summary>
public static class CleaningWorkerProgram
{
    public static bool IsWorker(string[] args) => args is [CleaningWorker.Command, _];

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args[1] == CleaningWorkerCheck.Argument)
        {
            return CleaningWorkerCheck.Run(Console.Out);
        }

        var kind = FileTypeSniffer.FromExtension(args[1]);
        using var stdin = Console.OpenStandardInput();
        using var input = new MemoryStream();
        stdin.CopyTo(input);
        var data = input.ToArray();
        var answer = OnFixedStack(() => Answer(kind, data));

        using var stdout = Console.OpenStandardOutput();
        stdout.Write(answer);
        return 0;
    }

    private static byte[] Answer(EvidenceKind? kind, byte[] data)
    {
        try
        {
            return kind is null
                ? Refusal("jenis berkas ini belum dapat dibersihkan dari metadata.")
                : Frame(EvidenceCleaner.Clean(kind, data));
        }
        catch (EvidenceCleaningException ex)
        {
            return Refusal(ex.Message);
        }
    }

    /// <summary>
    /// Parsers recurse. On a thread of a fixed stack, a file nested too deep for them overflows at the same depth on
    /// every machine, whatever the main thread's stack limit is, and the overflow ends only this worker.
    /// </summary>
    private static byte[] OnFixedStack(Func<byte[]> work)
    {
        byte[]? result = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        }, CleaningStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }

    private const int CleaningStackBytes = 1024 * 1024;

    internal static byte[] Frame(CleanedEvidence cleaned)
    {
        using var output = new MemoryStream();
        output.WriteByte((byte)'O');
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, cleaned.RemovedMetadata.Count);
        output.Write(length);
        foreach (var name in cleaned.RemovedMetadata.Select(Encoding.UTF8.GetBytes))
        {
            BinaryPrimitives.WriteInt32BigEndian(length, name.Length);
            output.Write(length);
            output.Write(name);
        }

        output.Write(cleaned.Content);
        return output.ToArray();
    }

    private static byte[] Refusal(string reason) => [(byte)'R', .. Encoding.UTF8.GetBytes(reason)];

    /// <summary>Reads the worker's answer; anything malformed is a failed worker, refused with <paramref name="failed"/>.</summary>
    internal static CleanedEvidence ReadAnswer(byte[] answer, string failed)
    {
        if (answer is [(byte)'R', .. var reason] && reason.Length > 0)
        {
            throw new EvidenceCleaningException(Encoding.UTF8.GetString(reason));
        }

        if (answer is not [(byte)'O', ..] || answer.Length < 5)
        {
            throw new EvidenceCleaningException(failed);
        }

        var span = answer.AsSpan(1);
        var count = BinaryPrimitives.ReadInt32BigEndian(span);
        span = span[4..];
        var names = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (span.Length < 4 || BinaryPrimitives.ReadInt32BigEndian(span) is var length && (length < 0 || length > span.Length - 4))
            {
                throw new EvidenceCleaningException(failed);
            }

            names.Add(Encoding.UTF8.GetString(span.Slice(4, length)));
            span = span[(4 + length)..];
        }

        return new CleanedEvidence(span.ToArray(), names);
    }
}
