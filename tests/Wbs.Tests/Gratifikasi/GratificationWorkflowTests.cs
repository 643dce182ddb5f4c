using Wbs.Web.Domain;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The UPG's workflow as rules: which moves exist and what each one must carry.</summary>
public class GratificationWorkflowTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    public static TheoryData<GratificationStatus, GratificationStatus> StaffMoves => new()
    {
        { GratificationStatus.Diajukan, GratificationStatus.DiverifikasiUpg },
        { GratificationStatus.Diajukan, GratificationStatus.PerluDilengkapi },
        { GratificationStatus.PerluDilengkapi, GratificationStatus.DiverifikasiUpg },
        { GratificationStatus.DiverifikasiUpg, GratificationStatus.PerluDilengkapi },
        { GratificationStatus.DiverifikasiUpg, GratificationStatus.DiteruskanKeKpk },
        { GratificationStatus.DiteruskanKeKpk, GratificationStatus.DitetapkanKpk },
        { GratificationStatus.DitetapkanKpk, GratificationStatus.Selesai },
        { GratificationStatus.PerluDilengkapi, GratificationStatus.TidakDapatDitindaklanjuti },
    };

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Check_NotFollowedUp_OnlyAfterTheCompletionWindow(int daysSinceDue, bool refused)
    {
        var due = Today.AddDays(-daysSinceDue);

        var errors = GratificationWorkflow.Check(
            GratificationStatus.PerluDilengkapi, new(GratificationStatus.TidakDapatDitindaklanjuti, null, null), Today, completionDue: due);

        Assert.Equal(refused, errors.ContainsKey("status"));
    }

    [Fact]
    public void NotFollowedUp_IsFinal()
    {
        Assert.True(GratificationStatus.TidakDapatDitindaklanjuti.IsFinal());
        Assert.Empty(GratificationWorkflow.AllowedFrom(GratificationStatus.TidakDapatDitindaklanjuti));
    }

    [Fact]
    public void StaffMoves_AreExactlyTheSpecifiedOnes()
    {
        var expected = StaffMoves.Select(m => ((GratificationStatus)m[0], (GratificationStatus)m[1])).ToHashSet();
        var actual = Enum.GetValues<GratificationStatus>()
            .SelectMany(from => GratificationWorkflow.StaffMovesFrom(from).Select(to => (from, to)))
            .ToHashSet();

        Assert.Equal(expected.OrderBy(m => m.ToString()), actual.OrderBy(m => m.ToString()));
    }

    [Fact]
    public void ReporterCompletion_IsAMoveStaffCannotMake()
    {
        Assert.True(GratificationWorkflow.IsAllowed(GratificationStatus.PerluDilengkapi, GratificationStatus.Diajukan));
        Assert.DoesNotContain(GratificationStatus.Diajukan, GratificationWorkflow.StaffMovesFrom(GratificationStatus.PerluDilengkapi));
        Assert.True(GratificationWorkflow.Check(GratificationStatus.PerluDilengkapi, new(GratificationStatus.Diajukan, "x", null), Today).ContainsKey("status"));
    }

    [Fact]
    public void Check_SkippingTheUpgsVerification_IsRefused()
    {
        var errors = GratificationWorkflow.Check(GratificationStatus.Diajukan, new(GratificationStatus.DiteruskanKeKpk, null, null, Today), Today);

        Assert.Equal("Status tidak dapat diubah dari Diajukan ke Diteruskan ke KPK.", errors["status"]);
    }

    [Fact]
    public void Check_PerluDilengkapi_NeedsANoteForTheReporter()
    {
        var errors = GratificationWorkflow.Check(GratificationStatus.Diajukan, new(GratificationStatus.PerluDilengkapi, " ", "internal"), Today);

        Assert.True(errors.ContainsKey("publicNote"));
    }

    [Fact]
    public void Check_Forwarding_NeedsAPastOrPresentDate()
    {
        Assert.True(GratificationWorkflow.Check(GratificationStatus.DiverifikasiUpg, new(GratificationStatus.DiteruskanKeKpk, null, null), Today).ContainsKey("forwardedOn"));
        Assert.True(GratificationWorkflow.Check(GratificationStatus.DiverifikasiUpg, new(GratificationStatus.DiteruskanKeKpk, null, null, Today.AddDays(1)), Today).ContainsKey("forwardedOn"));
        Assert.Empty(GratificationWorkflow.Check(GratificationStatus.DiverifikasiUpg, new(GratificationStatus.DiteruskanKeKpk, null, null, Today), Today));
    }

    [Fact]
    public void Check_KpkDecision_NeedsDecisionNumberDateLevelAndSignatory()
    {
        var errors = GratificationWorkflow.Check(GratificationStatus.DiteruskanKeKpk, new(GratificationStatus.DitetapkanKpk, null, null), Today);

        Assert.Equal(["decision", "decisionDate", "decisionNumber", "signatoryLevel", "signedBy"], errors.Keys.Order());
        Assert.Empty(GratificationWorkflow.Check(
            GratificationStatus.DiteruskanKeKpk,
            new(GratificationStatus.DitetapkanKpk, null, null, Decision: KpkDecision.MilikNegara, DecisionNumber: "123/GRAT/2026", DecisionDate: Today,
                SignatoryLevel: PositionLevel.Administrator, SignedBy: "Deputi Bidang Pencegahan dan Monitoring"),
            Today));
    }

    [Fact]
    public void Check_ForwardingBeforeTheUpgReceivedTheReport_IsRefused()
    {
        var errors = GratificationWorkflow.Check(
            GratificationStatus.DiverifikasiUpg, new(GratificationStatus.DiteruskanKeKpk, null, null, Today.AddDays(-3)), Today, submittedOn: Today.AddDays(-2));

        Assert.Equal("Tanggal penerusan ke KPK tidak boleh sebelum laporan diterima UPG (24 November 2026).", errors["forwardedOn"]);
        Assert.Empty(GratificationWorkflow.Check(
            GratificationStatus.DiverifikasiUpg, new(GratificationStatus.DiteruskanKeKpk, null, null, Today.AddDays(-2)), Today, submittedOn: Today.AddDays(-2)));
    }

    [Fact]
    public void Check_DecisionBeforeForwarding_IsRefused()
    {
        var change = new GratificationStatusChange(
            GratificationStatus.DitetapkanKpk, null, null, Decision: KpkDecision.MilikPenerima, DecisionNumber: "9/GRAT/2026", DecisionDate: Today.AddDays(-10),
            SignatoryLevel: PositionLevel.Pengawas, SignedBy: "Direktur Gratifikasi dan Pelayanan Publik");

        var errors = GratificationWorkflow.Check(GratificationStatus.DiteruskanKeKpk, change, Today, Today.AddDays(-20), forwardedOn: Today.AddDays(-9));

        Assert.Equal("Tanggal surat keputusan tidak boleh sebelum laporan diteruskan ke KPK (17 November 2026).", errors["decisionDate"]);
    }

    [Fact]
    public void Check_Decision_NeedsTheReportersLevelAndWhoSigned()
    {
        var change = new GratificationStatusChange(
            GratificationStatus.DitetapkanKpk, null, null, Decision: KpkDecision.MilikNegara, DecisionNumber: "9/GRAT/2026", DecisionDate: Today);

        var errors = GratificationWorkflow.Check(GratificationStatus.DiteruskanKeKpk, change, Today, forwardedOn: Today);
        var complete = GratificationWorkflow.Check(GratificationStatus.DiteruskanKeKpk,
            change with { SignatoryLevel = PositionLevel.PimpinanTinggi, SignedBy = "Pimpinan KPK" }, Today, forwardedOn: Today);

        Assert.Equal("Pilih tingkat jabatan pelapor yang menentukan penanda tangan surat keputusan.", errors["signatoryLevel"]);
        Assert.Equal("Isi penanda tangan surat keputusan KPK (jabatannya, sesuai surat).", errors["signedBy"]);
        Assert.Empty(complete);
    }
}
