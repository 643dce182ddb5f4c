using Wbs.Web.Notifications;

namespace Wbs.Tests.Notifications;

/// <summary>What a digest's outbox row stores about its cases, and how the mail words it.</summary>
public class DigestListTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void Encode_PutsPastDueFirstAndMarksIt_AndDescribeWordsTheDatesInIndonesian()
    {
        var stored = DigestList.Encode(
            [("ADU-2026-00007", new DateOnly(2026, 12, 8)), ("GRT-2026-00002", new DateOnly(2026, 12, 1)), ("ADU-2026-00007", new DateOnly(2026, 12, 8))],
            Today);

        Assert.Equal("GRT-2026-00002 2026-12-01 !\nADU-2026-00007 2026-12-08", stored);
        Assert.Equal(
            "- GRT-2026-00002: tenggat 1 Desember 2026 (sudah lewat)\n- ADU-2026-00007: tenggat 8 Desember 2026\n",
            DigestList.Describe(stored));
    }

    [Fact]
    public void Encode_KeepsFortyCasesAndCountsTheRest_WithinTheColumn()
    {
        var cases = Enumerable.Range(1, 95).Select(i => ($"ADU-2026-{i:00000}", Today.AddDays(i % 7 - 3))).ToList();

        var stored = DigestList.Encode(cases, Today);

        Assert.True(stored.Length <= DigestList.MaxLength, $"{stored.Length} characters");
        Assert.Equal(DigestList.MaxCases + 1, stored.Split('\n').Length);
        Assert.EndsWith("- dan 55 laporan lain\n", DigestList.Describe(stored), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script> 2026-12-01")]
    [InlineData("ADU-2026-00001 kemarin")]
    [InlineData("ADU 2026 00001 2026-12-01")]
    [InlineData("+lima")]
    public void Describe_LeavesOutALineThatIsNotANumberAndADate(string stored)
    {
        Assert.Equal("", DigestList.Describe(stored));
    }
}
