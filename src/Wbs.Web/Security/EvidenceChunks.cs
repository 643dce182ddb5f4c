using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Wbs.Web.Security;

/// <summary>
/// The chunked form of a sealed evidence file (format version 2), so a file is sealed and opened a chunk at a time and
/// never held whole in memory. Layout: the version byte, a random 7-byte nonce prefix, then chunks of
/// <see cref="ChunkSize"/> plaintext bytes (the last one shorter, possibly empty), each AES-256-GCM ciphertext plus
/// its 16-byte tag. A chunk's nonce is the prefix, its index (4 bytes) and a final-chunk mark (1 byte), and its
/// associated data is the scope and the header: a reordered or dropped chunk fails on its index, a file cut at a chunk
/// boundary fails because its new last chunk was not sealed as final, and bytes appended after the final chunk fail
/// because that chunk is then opened as not final.
/// </summary>
public static class EvidenceChunks
{
    public const byte Version = 2;
    public const int ChunkSize = 64 * 1024;
    public const int TagSize = 16;
    private const int PrefixSize = 7;
    public const int HeaderSize = 1 + PrefixSize;

    /// <summary>The sealed length of <paramref name="plainLength"/> bytes, known before sealing (for streamed writes).</summary>
    public static long SealedLength(long plainLength) => HeaderSize + plainLength + (Math.Max(1, (plainLength + ChunkSize - 1) / ChunkSize) * TagSize);

    /// <summary>A stream that reads <paramref name="plain"/> and yields its sealed form; owns neither the key nor the source.</summary>
    public static Stream Sealing(ReadOnlySpan<byte> key, Guid scope, Stream plain) => new SealingStream(key, scope, plain);

    /// <summary>A stream that reads a sealed form and yields its plaintext; any tampering throws <see cref="CryptographicException"/>.</summary>
    public static Stream Opening(ReadOnlySpan<byte> key, Guid scope, Stream sealedForm) => new OpeningStream(key, scope, sealedForm);

    private static void Nonce(Span<byte> nonce, ReadOnlySpan<byte> prefix, uint index, bool final)
    {
        prefix.CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[PrefixSize..], index);
        nonce[PrefixSize + 4] = final ? (byte)1 : (byte)0;
    }

    private static byte[] AssociatedData(Guid scope, ReadOnlySpan<byte> header) => [.. scope.ToByteArray(), .. header];

    /// <summary>Turns plaintext chunks into sealed ones, reading one byte ahead to know which chunk is the last.</summary>
    private sealed class SealingStream : ChunkStream
    {
        private readonly Stream plain;
        private readonly byte[] input = new byte[ChunkSize];
        private int carry = -1;

        public SealingStream(ReadOnlySpan<byte> key, Guid scope, Stream plain)
            : base(key, scope, NewHeader())
        {
            this.plain = plain;
            Load(Header!);
        }

        private static byte[] NewHeader()
        {
            var header = new byte[HeaderSize];
            header[0] = Version;
            RandomNumberGenerator.Fill(header.AsSpan(1));
            return header;
        }

        protected override async ValueTask<bool> NextAsync(CancellationToken ct)
        {
            if (Finished)
            {
                return false;
            }

            var length = 0;
            if (carry >= 0)
            {
                input[length++] = (byte)carry;
                carry = -1;
            }

            length += await plain.ReadAtLeastAsync(input.AsMemory(length), ChunkSize - length, throwOnEndOfStream: false, ct);
            var final = length < ChunkSize;
            if (!final)
            {
                var one = new byte[1];
                if (await plain.ReadAsync(one, ct) == 1)
                {
                    carry = one[0];
                }
                else
                {
                    final = true;
                }
            }

            var output = Output(length + TagSize);
            Span<byte> nonce = stackalloc byte[12];
            Nonce(nonce, Header.AsSpan(1), Index, final);
            Aes.Encrypt(nonce, input.AsSpan(0, length), output.AsSpan(0, length), output.AsSpan(length, TagSize), AssociatedDataBytes);
            CryptographicOperations.ZeroMemory(input.AsSpan(0, length));
            Advance(output, length + TagSize, final);
            return true;
        }
    }

    /// <summary>Opens sealed chunks in order; the last one must carry the final mark and nothing may follow it.</summary>
    private sealed class OpeningStream(ReadOnlySpan<byte> key, Guid scope, Stream sealedForm) : ChunkStream(key, scope, null)
    {
        private readonly byte[] input = new byte[ChunkSize + TagSize];
        private int carry = -1;

        protected override async ValueTask<bool> NextAsync(CancellationToken ct)
        {
            if (Finished)
            {
                return false;
            }

            if (Header is null)
            {
                var header = new byte[HeaderSize];
                if (await sealedForm.ReadAtLeastAsync(header, HeaderSize, throwOnEndOfStream: false, ct) < HeaderSize || header[0] != Version)
                {
                    throw new CryptographicException("Unknown or truncated chunked evidence header.");
                }

                SetHeader(header);
            }

            var length = 0;
            if (carry >= 0)
            {
                input[length++] = (byte)carry;
                carry = -1;
            }

            length += await sealedForm.ReadAtLeastAsync(input.AsMemory(length), input.Length - length, throwOnEndOfStream: false, ct);
            var final = length < input.Length;
            if (!final)
            {
                var one = new byte[1];
                if (await sealedForm.ReadAsync(one, ct) == 1)
                {
                    carry = one[0];
                }
                else
                {
                    final = true;
                }
            }

            if (length < TagSize)
            {
                throw new CryptographicException("Chunked evidence is truncated.");
            }

            var plainLength = length - TagSize;
            var output = Output(plainLength);
            Span<byte> nonce = stackalloc byte[12];
            Nonce(nonce, Header!.AsSpan(1), Index, final);
            Aes.Decrypt(nonce, input.AsSpan(0, plainLength), input.AsSpan(plainLength, TagSize), output.AsSpan(0, plainLength), AssociatedDataBytes);
            Advance(output, plainLength, final);
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                sealedForm.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A read-only stream served from one chunk buffer at a time, refilled by <see cref="NextAsync"/>.</summary>
    private abstract class ChunkStream : Stream
    {
        private readonly Guid scope;
        private byte[] buffer = [];
        private int offset;
        private int available;
        private uint index;

        protected ChunkStream(ReadOnlySpan<byte> key, Guid scope, byte[]? header)
        {
            Aes = new AesGcm(key, TagSize);
            this.scope = scope;
            if (header is not null)
            {
                SetHeader(header);
            }
        }

        protected AesGcm Aes { get; }
        protected byte[]? Header { get; private set; }
        protected byte[] AssociatedDataBytes { get; private set; } = [];
        protected uint Index => index;
        protected bool Finished { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        protected void SetHeader(byte[] header)
        {
            Header = header;
            AssociatedDataBytes = AssociatedData(scope, header);
        }

        protected void Load(byte[] bytes)
        {
            buffer = bytes;
            offset = 0;
            available = bytes.Length;
        }

        protected byte[] Output(int length) => buffer.Length >= length && buffer != Header ? buffer : new byte[Math.Max(length, ChunkSize + TagSize)];

        protected void Advance(byte[] output, int length, bool final)
        {
            buffer = output;
            offset = 0;
            available = length;
            index = checked(index + 1);
            Finished = final;
        }

        protected abstract ValueTask<bool> NextAsync(CancellationToken ct);

        public override int Read(byte[] destination, int start, int count) => Read(destination.AsSpan(start, count));

        public override int Read(Span<byte> destination)
        {
            while (available == 0)
            {
                if (!NextAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
                {
                    return 0;
                }
            }

            return Take(destination);
        }

        public override Task<int> ReadAsync(byte[] destination, int start, int count, CancellationToken cancellationToken) =>
            ReadAsync(destination.AsMemory(start, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
        {
            while (available == 0)
            {
                if (!await NextAsync(cancellationToken))
                {
                    return 0;
                }
            }

            return Take(destination.Span);
        }

        private int Take(Span<byte> destination)
        {
            var take = Math.Min(destination.Length, available);
            buffer.AsSpan(offset, take).CopyTo(destination);
            offset += take;
            available -= take;
            return take;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] source, int start, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Aes.Dispose();
                CryptographicOperations.ZeroMemory(buffer);
            }

            base.Dispose(disposing);
        }
    }
}
