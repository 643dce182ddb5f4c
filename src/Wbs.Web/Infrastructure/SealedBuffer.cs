using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Wbs.Web.Infrastructure;

/// <summary>
/// Holds one uploaded file for the length of a request: in memory while small, then in a temporary file encrypted
/// (AES-GCM per chunk) under a key that exists only in this object, so no plaintext evidence ever reaches the disk.
/// Own code because the framework's form reader buffers large files to disk in plaintext.
/// </summary>
public sealed class SealedBuffer(string folder, int memoryLimit) : IDisposable
{
    private const int ChunkSize = 64 * 1024;
    private const int TagSize = 16;

    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);
    private MemoryStream? memory = new();
    private byte[]? pending;
    private int pendingLength;
    private SafeFileHandle? file;
    private long chunks;
    private AesGcm? sealing;
    private byte[]? sealedChunk;
    private IncrementalHash? hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Length { get; private set; }

    /// <summary>SHA-256 of everything written, once <see cref="CompleteAsync"/> ran: compares two files without reading them.</summary>
    public byte[] Hash { get; private set; } = [];

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        Length += data.Length;
        hash?.AppendData(data.Span);
        if (memory is not null && memory.Length + data.Length <= memoryLimit)
        {
            memory.Write(data.Span);
            return;
        }

        if (memory is not null)
        {
            // Spills once: what was in memory goes first, through the cipher like the rest.
            file = File.OpenHandle(Path.Combine(folder, "wbs-" + Guid.NewGuid().ToString("N") + ".sealed"), FileMode.CreateNew,
                FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            pending = new byte[ChunkSize];
            var held = memory.ToArray();
            memory = null;
            await AppendAsync(held, ct);
        }

        await AppendAsync(data, ct);
    }

    /// <summary>Writes the last partial chunk; call once the part has been read.</summary>
    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        if (hash is not null)
        {
            Hash = hash.GetHashAndReset();
            hash.Dispose();
            hash = null;
        }

        if (file is not null && pendingLength > 0)
        {
            await SealChunkAsync(ct);
        }
    }

    public Stream OpenRead() => memory is not null
        ? new MemoryStream(memory.GetBuffer(), 0, (int)memory.Length, writable: false)
        : new OpenedStream(this);

    public void Dispose()
    {
        hash?.Dispose();
        sealing?.Dispose();
        file?.Dispose();
        CryptographicOperations.ZeroMemory(key);
        if (pending is not null)
        {
            CryptographicOperations.ZeroMemory(pending);
        }
    }

    private async ValueTask AppendAsync(ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        while (data.Length > 0)
        {
            var take = Math.Min(ChunkSize - pendingLength, data.Length);
            data[..take].CopyTo(pending.AsMemory(pendingLength));
            pendingLength += take;
            data = data[take..];
            if (pendingLength == ChunkSize)
            {
                await SealChunkAsync(ct);
            }
        }
    }

    private async ValueTask SealChunkAsync(CancellationToken ct)
    {
        // One cipher and one output buffer for the whole file: a chunk costs its encryption and its write, nothing more.
        sealing ??= new AesGcm(key, TagSize);
        sealedChunk ??= new byte[ChunkSize + TagSize];
        sealing.Encrypt(Nonce(chunks), pending.AsSpan(0, pendingLength), sealedChunk.AsSpan(0, pendingLength), sealedChunk.AsSpan(pendingLength, TagSize));
        await RandomAccess.WriteAsync(file!, sealedChunk.AsMemory(0, pendingLength + TagSize), chunks * (ChunkSize + TagSize), ct);
        chunks++;
        pendingLength = 0;
    }

    /// <summary>Opens chunk <paramref name="index"/> into <paramref name="plain"/> with the reader's own cipher and buffer; returns its length.</summary>
    private int ReadChunk(long index, AesGcm aes, byte[] sealedBytes, byte[] plain)
    {
        var plainLength = (int)Math.Min(ChunkSize, Length - (index * ChunkSize));
        RandomAccess.Read(file!, sealedBytes.AsSpan(0, plainLength + TagSize), index * (ChunkSize + TagSize));
        aes.Decrypt(Nonce(index), sealedBytes.AsSpan(0, plainLength), sealedBytes.AsSpan(plainLength, TagSize), plain.AsSpan(0, plainLength));
        return plainLength;
    }

    private static byte[] Nonce(long index)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), index);
        return nonce;
    }

    /// <summary>Reads the sealed file back, one decrypted chunk at a time.</summary>
    private sealed class OpenedStream(SealedBuffer buffer) : Stream
    {
        private readonly AesGcm aes = new(buffer.key, TagSize);
        private readonly byte[] sealedBytes = new byte[ChunkSize + TagSize];
        private readonly byte[] chunk = new byte[ChunkSize];
        private int chunkLength;
        private int offset;
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => buffer.Length;
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] destination, int start, int count) => Read(destination.AsSpan(start, count));

        public override int Read(Span<byte> destination)
        {
            if (position >= buffer.Length || destination.Length == 0)
            {
                return 0;
            }

            if (offset == chunkLength)
            {
                chunkLength = buffer.ReadChunk(position / ChunkSize, aes, sealedBytes, chunk);
                offset = 0;
            }

            var take = Math.Min(destination.Length, chunkLength - offset);
            chunk.AsSpan(offset, take).CopyTo(destination);
            offset += take;
            position += take;
            return take;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                aes.Dispose();
                CryptographicOperations.ZeroMemory(chunk);
            }

            base.Dispose(disposing);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] source, int start, int count) => throw new NotSupportedException();
    }
}
