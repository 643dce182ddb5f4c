using System.Security.Cryptography;
using Wbs.Web.Security;

namespace Wbs.Tests.Evidence;

/// <summary>The chunked evidence format: round trips at every boundary, and any reordering, dropping or cutting is refused.</summary>
public class EvidenceChunksTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly Guid Scope = Guid.NewGuid();
    private const int Chunk = EvidenceChunks.ChunkSize;
    private const int SealedChunk = EvidenceChunks.ChunkSize + EvidenceChunks.TagSize;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData(Chunk + 1)]
    [InlineData((3 * Chunk) + 12345)]
    [InlineData(5 * Chunk)]
    public void RoundTrip_KeepsEveryByte_AndTheLengthIsKnownBeforehand(int length)
    {
        var plain = RandomNumberGenerator.GetBytes(length);
        var sealedForm = Seal(plain);

        Assert.Equal(EvidenceChunks.SealedLength(length), sealedForm.Length);
        Assert.Equal(EvidenceChunks.Version, sealedForm[0]);
        Assert.Equal(plain, Open(sealedForm));
    }

    [Fact]
    public async Task RoundTrip_ThroughAsyncReadsOfOddSizes()
    {
        var plain = RandomNumberGenerator.GetBytes((4 * Chunk) + 77);
        await using var sealing = EvidenceChunks.Sealing(Key, Scope, new TrickleStream(plain, 1000));
        var sealedForm = new MemoryStream();
        await sealing.CopyToAsync(sealedForm, 777);

        await using var opening = EvidenceChunks.Opening(Key, Scope, new TrickleStream(sealedForm.ToArray(), 3333));
        var back = new MemoryStream();
        await opening.CopyToAsync(back, 5000);
        Assert.Equal(plain, back.ToArray());
    }

    [Fact]
    public void ReorderedChunks_AreRefused()
    {
        var sealedForm = Seal(RandomNumberGenerator.GetBytes((3 * Chunk) + 10));
        var swapped = (byte[])sealedForm.Clone();
        sealedForm.AsSpan(EvidenceChunks.HeaderSize, SealedChunk).CopyTo(swapped.AsSpan(EvidenceChunks.HeaderSize + SealedChunk));
        sealedForm.AsSpan(EvidenceChunks.HeaderSize + SealedChunk, SealedChunk).CopyTo(swapped.AsSpan(EvidenceChunks.HeaderSize));

        Assert.ThrowsAny<CryptographicException>(() => Open(swapped));
    }

    [Fact]
    public void DroppedChunk_IsRefused()
    {
        var sealedForm = Seal(RandomNumberGenerator.GetBytes((3 * Chunk) + 10));
        byte[] dropped = [.. sealedForm.AsSpan(0, EvidenceChunks.HeaderSize + SealedChunk), .. sealedForm.AsSpan(EvidenceChunks.HeaderSize + (2 * SealedChunk))];

        Assert.ThrowsAny<CryptographicException>(() => Open(dropped));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void FileCutAtAChunkBoundary_IsRefused(int chunksKept)
    {
        var sealedForm = Seal(RandomNumberGenerator.GetBytes((3 * Chunk) + 10));

        Assert.ThrowsAny<CryptographicException>(() => Open(sealedForm[..(EvidenceChunks.HeaderSize + (chunksKept * SealedChunk))]));
    }

    [Fact]
    public void FileCutInsideAChunk_OrAfterItsHeader_IsRefused()
    {
        var sealedForm = Seal(RandomNumberGenerator.GetBytes(2 * Chunk));

        Assert.ThrowsAny<CryptographicException>(() => Open(sealedForm[..^5]));
        Assert.ThrowsAny<CryptographicException>(() => Open(sealedForm[..EvidenceChunks.HeaderSize]));
    }

    [Fact]
    public void BytesAppendedAfterTheFinalChunk_AreRefused()
    {
        var plain = RandomNumberGenerator.GetBytes(Chunk);
        var first = Seal(plain);
        var second = Seal(plain);

        // A whole sealed chunk of the same key and header after the final one: the final one is then opened as not final.
        byte[] extended = [.. first, .. first.AsSpan(EvidenceChunks.HeaderSize)];
        Assert.ThrowsAny<CryptographicException>(() => Open(extended));
        Assert.ThrowsAny<CryptographicException>(() => Open([.. first, 0]));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void FlippedByte_OtherScope_OrOtherKey_AreRefused()
    {
        var sealedForm = Seal(RandomNumberGenerator.GetBytes(Chunk + 100));
        var flipped = (byte[])sealedForm.Clone();
        flipped[EvidenceChunks.HeaderSize + Chunk + 50] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => Open(flipped));
        Assert.ThrowsAny<CryptographicException>(() => Read(EvidenceChunks.Opening(Key, Guid.NewGuid(), new MemoryStream(sealedForm))));
        Assert.ThrowsAny<CryptographicException>(() => Read(EvidenceChunks.Opening(RandomNumberGenerator.GetBytes(32), Scope, new MemoryStream(sealedForm))));
    }

    private static byte[] Seal(byte[] plain) => Read(EvidenceChunks.Sealing(Key, Scope, new MemoryStream(plain)));

    private static byte[] Open(byte[] sealedForm) => Read(EvidenceChunks.Opening(Key, Scope, new MemoryStream(sealedForm)));

    private static byte[] Read(Stream stream)
    {
        using (stream)
        {
            var output = new MemoryStream();
            stream.CopyTo(output);
            return output.ToArray();
        }
    }

    /// <summary>A source that answers at most a few bytes a read, as a network stream does.</summary>
    private sealed class TrickleStream(byte[] data, int most) : MemoryStream(data)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, most)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, most)], cancellationToken);
    }
}
