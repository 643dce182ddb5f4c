using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;
using static Wbs.Tests.Gratifikasi.GratificationPages;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The thresholds of Peraturan KPK 1/2026 below which a gift need not be reported: at, below and above each.</summary>
public class GiftExemptionTests
{
    private static readonly GratificationRules Rules = new();

    private static GiftExemption Colleague(decimal value, GiftObjectType type = GiftObjectType.BarangLainnya, decimal? year = null) =>
        GiftExemption.Assess(Rules, GratificationReportType.Penerimaan, GiverRelationship.SesamaPegawai, GiftOccasion.TidakTerkaitTugas, type, value, year);

    private static GiftExemption Ceremony(decimal value, GiftObjectType type = GiftObjectType.Uang) =>
        GiftExemption.Assess(Rules, GratificationReportType.Penerimaan, GiverRelationship.Lainnya, GiftOccasion.AcaraAdatAgamaMusibah, type, value);

    [Fact]
    public void Defaults_AreTheAmendedRegulations()
    {
        Assert.Equal(1_500_000m, Rules.CeremonyLimitPerGiver);
        Assert.Equal(500_000m, Rules.ColleagueNonCashLimitPerGiver);
        Assert.Equal(1_500_000m, Rules.ColleagueNonCashLimitPerYear);
        Assert.Equal(20, Rules.CompletionWorkingDays);
    }

    [Theory]
    [InlineData(1_499_999, ExemptionVerdict.LooksExempt)]
    [InlineData(1_500_000, ExemptionVerdict.LooksExempt)]
    [InlineData(1_500_001, ExemptionVerdict.MustReport)]
    // Between the old limit and the new one: exempt now.
    [InlineData(1_200_000, ExemptionVerdict.LooksExempt)]
    public void Ceremony_PerGiver_AtBelowAndAboveRp1500000(decimal value, ExemptionVerdict expected)
    {
        var result = Ceremony(value);

        Assert.Equal(expected, result.Verdict);
        Assert.Contains("Rp1.500.000", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(499_999, ExemptionVerdict.LooksExempt)]
    [InlineData(500_000, ExemptionVerdict.LooksExempt)]
    [InlineData(500_001, ExemptionVerdict.MustReport)]
    // Between the old limit (Rp200.000) and the new one.
    [InlineData(350_000, ExemptionVerdict.LooksExempt)]
    public void Colleague_NonCashPerGiver_AtBelowAndAboveRp500000(decimal value, ExemptionVerdict expected)
    {
        var result = Colleague(value);

        Assert.Equal(expected, result.Verdict);
        Assert.Contains("Rp500.000", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_499_999, ExemptionVerdict.LooksExempt)]
    [InlineData(1_500_000, ExemptionVerdict.LooksExempt)]
    [InlineData(1_500_001, ExemptionVerdict.MustReport)]
    public void Colleague_SameGiverInAYear_AtBelowAndAboveRp1500000(decimal yearTotal, ExemptionVerdict expected)
    {
        var result = Colleague(400_000, year: yearTotal);

        Assert.Equal(expected, result.Verdict);
        if (expected == ExemptionVerdict.MustReport)
        {
            Assert.Contains("Rp1.500.000", result.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Colleague_YearUnknown_LooksExemptButNamesTheYearlyLimit()
    {
        var result = Colleague(500_000);

        Assert.Equal(ExemptionVerdict.LooksExempt, result.Verdict);
        Assert.Contains("dalam setahun tidak lebih dari Rp1.500.000", result.Message, StringComparison.Ordinal);
        Assert.Contains("tetap boleh mengirim", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Colleague_Cash_IsNeverExempt_EvenWellBelowTheLimit()
    {
        Assert.Equal(ExemptionVerdict.MustReport, Colleague(100_000, GiftObjectType.Uang).Verdict);
    }

    [Fact]
    public void FarewellOrBirthday_TheOldRp300000ClauseIsGone()
    {
        // Rp250.000 from someone who is not a colleague at a farewell was exempt before the amendment.
        var result = GiftExemption.Assess(Rules, GratificationReportType.Penerimaan, GiverRelationship.Lainnya, GiftOccasion.AcaraKedinasan,
            GiftObjectType.CenderaMata, 250_000);

        Assert.Equal(ExemptionVerdict.MustReport, result.Verdict);
        Assert.Contains("Rp300.000", result.Message, StringComparison.Ordinal);
        Assert.Contains("dihapus", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceProviderOrDutyRelated_MustReport_WhateverTheValue()
    {
        Assert.Equal(ExemptionVerdict.MustReport, GiftExemption.Assess(Rules, GratificationReportType.Penerimaan,
            GiverRelationship.PenyediaAtauPenerimaLayanan, GiftOccasion.AcaraAdatAgamaMusibah, GiftObjectType.Uang, 100_000).Verdict);
        Assert.Equal(ExemptionVerdict.MustReport, GiftExemption.Assess(Rules, GratificationReportType.Penerimaan,
            GiverRelationship.SesamaPegawai, GiftOccasion.TerkaitTugas, GiftObjectType.Makanan, 50_000).Verdict);
    }

    [Fact]
    public void Settings_MoveTheLimit()
    {
        var rules = new GratificationRules { CeremonyLimitPerGiver = 2_000_000m };

        var result = GiftExemption.Assess(rules, GratificationReportType.Penerimaan, GiverRelationship.Keluarga, GiftOccasion.AcaraAdatAgamaMusibah,
            GiftObjectType.Uang, 1_800_000);

        Assert.Equal(ExemptionVerdict.LooksExempt, result.Verdict);
        Assert.Contains("Rp2.000.000", result.Message, StringComparison.Ordinal);
    }
}

/// <summary>The form's guidance before it and its check of what the reporter typed, which never refuses the report.</summary>
public class GiftExemptionFormTests(GratificationFactory factory) : IClassFixture<GratificationFactory>
{
    [Fact]
    public async Task Get_Form_ShowsTheAmendedThresholdsBeforeTheForm()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        var page = await browser.GetPageAsync("/Gratifikasi/Tambah");

        var guide = page.QuerySelector("[data-exemption-guide]")!;
        Assert.Contains("Rp1.500.000", guide.QuerySelector("[data-guide=ceremony]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rp500.000", guide.QuerySelector("[data-guide=colleague]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rp1.500.000", guide.QuerySelector("[data-guide=colleague]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rp300.000", guide.TextContent, StringComparison.Ordinal);
        Assert.Contains("Peraturan KPK 1/2026", guide.TextContent, StringComparison.Ordinal);
        Assert.Equal(AngleSharp.Dom.DocumentPositions.Following,
            guide.CompareDocumentPosition(page.QuerySelector("#grt-form")!) & AngleSharp.Dom.DocumentPositions.Following);
    }

    [Theory]
    [InlineData("500000", "looks-exempt")]
    [InlineData("500001", "must-report")]
    public async Task Check_ColleagueGift_SaysWhetherItLooksExempt(string value, string state)
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var values = Form(Draft());
        values["Input.Relationship"] = "sesama-pegawai";
        values["Input.Occasion"] = "tidak-terkait-tugas";
        values["Input.ObjectType"] = "makanan";
        values["Input.EstimatedValue"] = value;
        var form = await browser.GetPageAsync("/Gratifikasi/Tambah");

        using var response = await browser.SubmitAsync(form, "/Gratifikasi/Tambah", values, formSelector: "#grt-form", submitter: "#periksa-pengecualian");

        var page = await PageClient.ParseAsync(response);
        Assert.Contains("exemption-" + state, page.QuerySelector("[data-exemption-box]")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("sesama pegawai", page.Text("[data-exemption-message]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ExemptGift_IsStillFiled()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var draft = Draft();
        draft.Relationship = "keluarga";
        draft.Occasion = "acara-adat-agama-musibah";
        draft.EstimatedValue = "1000000";

        var number = await SubmitValidAsync(browser, draft);

        Assert.Matches(NumberPattern(), number);
    }
}
