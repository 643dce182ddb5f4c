using Wbs.Web.Documents;

namespace Wbs.Tests.Verifikasi;

/// <summary>The code's base32 spelling: read as typed, but only in its one canonical form.</summary>
public class ReceiptCodeTests
{
    [Fact]
    public void FromBase32_ReadsWhatBase32Wrote_WhateverTheCaseAndSeparators()
    {
        byte[] data = [0x66, 0x00, 0xFF, 0x10, 0x42];
        var text = ReceiptCode.Base32(data);

        Assert.Equal(data, ReceiptCode.FromBase32(text));
        Assert.Equal(data, ReceiptCode.FromBase32(text.ToLowerInvariant()));
        Assert.Equal(data, ReceiptCode.FromBase32(string.Join('-', text.Chunk(3).Select(c => new string(c)))));
    }

    [Fact]
    public void FromBase32_RefusesALastCharacterThatOnlyChangesPadding()
    {
        // 0x66 is 01100 110(00): "MY". "MZ" sets a padding bit and would decode to the same byte if padding were ignored.
        Assert.Equal("MY", ReceiptCode.Base32([0x66]));
        Assert.Null(ReceiptCode.FromBase32("MZ"));
        Assert.Null(ReceiptCode.FromBase32("M7"));
    }

    [Fact]
    public void FromBase32_RefusesATrailingCharacterThatHoldsNoWholeByte()
    {
        Assert.Null(ReceiptCode.FromBase32("MYA"));
        Assert.Equal([0x66], ReceiptCode.FromBase32("MY======"));
    }
}
