using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The server's checks of a gratification report, with the Indonesian message each bad field gets.</summary>
public class GratificationDraftValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static Dictionary<string, string> ErrorsOf(Action<GratificationDraft> change)
    {
        var draft = GratificationSamples.Draft(Today);
        change(draft);
        return GratificationDraftValidator.Validate(draft, Today).Errors;
    }

    [Fact]
    public void FormFields_NameEveryDraftPropertyOnce_AndEveryKeyAnEmptyDraftIsRefusedFor()
    {
        var properties = typeof(GratificationDraft).GetProperties().Select(p => p.Name).Order().ToList();
        var bound = GratificationFormField.All.Where(f => f.Name.StartsWith("Input.", StringComparison.Ordinal)).Select(f => f.Property).Order().ToList();
        Assert.Equal(properties, bound);
        Assert.Equal(GratificationFormField.All.Count, GratificationFormField.All.Select(f => f.Key).Distinct().Count());

        // Every error of an empty draft links to a field of the form, not to the form as a whole.
        var errors = GratificationDraftValidator.Validate(new GratificationDraft(), Today).Errors;
        Assert.NotEmpty(errors);
        Assert.All(errors.Keys, key => Assert.NotEqual("grt-form", GratificationFormField.Anchor(key)));
        Assert.Equal("Input_Relationship_0", GratificationFormField.Anchor("relationship"));
        Assert.Equal("Input.EstimatedValue", GratificationFormField.Of("estimatedValue").Name);
    }

    [Fact]
    public void Validate_SampleDraft_GivesIdentityAndContent()
    {
        var (identity, content, errors) = GratificationDraftValidator.Validate(GratificationSamples.Draft(Today), Today);

        Assert.Empty(errors);
        Assert.Equal(GratificationSamples.Nik, identity!.Nik);
        Assert.Equal(GratificationSamples.Nip, identity.Nip);
        Assert.Equal(GratificationReportType.Penerimaan, content!.ReportType);
        Assert.Equal(GiverRelationship.PenyediaAtauPenerimaLayanan, content.Relationship);
        Assert.Equal(GiftLocation.DititipkanDiUpg, content.ObjectLocation);
        Assert.Equal(2_500_000m, content.EstimatedValue);
        Assert.Equal(new DateOnly(2026, 11, 16), content.ReceivedDate);
    }

    [Theory]
    [InlineData("647401551288000")]
    [InlineData("64740155128800031")]
    [InlineData("64740155128800AB")]
    [InlineData("")]
    public void Validate_NikNotSixteenDigits_IsRefused(string nik)
    {
        var errors = ErrorsOf(d => d.Nik = nik);

        Assert.True(errors.ContainsKey("nik"));
        Assert.Contains("NIK", errors["nik"], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NikWrittenInGroups_IsAccepted()
    {
        var (identity, _, errors) = GratificationDraftValidator.Validate(Changed(d => d.Nik = "6474 0155 1288 0003"), Today);

        Assert.Empty(errors);
        Assert.Equal("6474015512880003", identity!.Nik);
    }

    [Theory]
    [InlineData("19881215201001200")]
    [InlineData("1988121520100120031")]
    [InlineData("19881215201001200X")]
    public void Validate_NipGivenButNotEighteenDigits_IsRefused(string nip)
    {
        var errors = ErrorsOf(d => d.Nip = nip);

        Assert.Equal("NIP harus terdiri dari 18 angka; kosongkan bila Anda bukan PNS.", errors["nip"]);
    }

    [Theory]
    // Born on the 45th, appointed in month 13, sex 3, appointed before the age of 17.
    [InlineData("198812452010012003")]
    [InlineData("198812152010132003")]
    [InlineData("198812152010013003")]
    [InlineData("198812151999012003")]
    public void Validate_NipOfEighteenDigitsButNotShapedLikeOne_IsRefused(string nip)
    {
        var errors = ErrorsOf(d => d.Nip = nip);

        Assert.StartsWith("NIP tidak sesuai susunannya", errors["nip"], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoNip_IsAcceptedForNonCivilServants()
    {
        var (identity, _, errors) = GratificationDraftValidator.Validate(Changed(d => d.Nip = " "), Today);

        Assert.Empty(errors);
        Assert.Null(identity!.Nip);
    }

    [Theory]
    [InlineData("2026-11-27", "Tanggal penerimaan tidak boleh di masa depan.")]
    [InlineData("27-11-2026", "Tanggal penerimaan tidak valid; gunakan format tttt-bb-hh, misalnya 2026-03-17.")]
    [InlineData("", "Tanggal penerimaan wajib diisi.")]
    public void Validate_BadReceiptDate_IsRefused(string date, string message)
    {
        Assert.Equal(message, ErrorsOf(d => d.ReceivedDate = date)["receivedDate"]);
    }

    [Fact]
    public void Validate_ReceivedToday_IsAccepted()
    {
        Assert.Empty(ErrorsOf(d => d.ReceivedDate = "2026-11-26"));
    }

    [Theory]
    [InlineData("sejuta")]
    [InlineData("1,5 juta")]
    [InlineData("-5000")]
    [InlineData("")]
    // An English decimal point would be read as a thousands separator: refused, not multiplied by 100.
    [InlineData("350000.50")]
    [InlineData("1.50.000")]
    [InlineData("350.000,50")]
    [InlineData("0")]
    [InlineData("999999999999999999")]
    public void Validate_ValueNotInRupiah_IsRefused(string value)
    {
        Assert.True(ErrorsOf(d => d.EstimatedValue = value).ContainsKey("estimatedValue"));
    }

    [Theory]
    [InlineData("Rp 2.500.000", 2_500_000)]
    [InlineData("2500000", 2_500_000)]
    [InlineData("750.000,00", 750_000)]
    public void Validate_RupiahAsPeopleWriteIt_IsRead(string value, int expected)
    {
        var (_, content, errors) = GratificationDraftValidator.Validate(Changed(d => d.EstimatedValue = value), Today);

        Assert.Empty(errors);
        Assert.Equal(expected, content!.EstimatedValue);
    }

    [Theory]
    [InlineData("reportType")]
    [InlineData("relationship")]
    [InlineData("occasion")]
    [InlineData("objectType")]
    [InlineData("objectLocation")]
    public void Validate_MissingOrUnknownChoice_IsRefusedByName(string field)
    {
        foreach (var value in new[] { "", "bukan-pilihan", "1" })
        {
            var errors = ErrorsOf(d => typeof(GratificationDraft).GetProperty(char.ToUpperInvariant(field[0]) + field[1..])!.SetValue(d, value));
            Assert.True(errors.ContainsKey(field), $"{field} = '{value}' was accepted");
        }
    }

    [Fact]
    public void Validate_ChoiceByEnumName_IsAcceptedLikeItsCode()
    {
        var (_, content, errors) = GratificationDraftValidator.Validate(Changed(d => d.ObjectType = "CenderaMata"), Today);

        Assert.Empty(errors);
        Assert.Equal(GiftObjectType.CenderaMata, content!.ObjectType);
        Assert.Equal("cendera-mata", GratificationText.Code(GiftObjectType.CenderaMata));
    }

    [Fact]
    public void Validate_OtherRelationshipOrOccasion_NeedsItsExplanation()
    {
        var errors = ErrorsOf(d =>
        {
            d.Relationship = "lainnya";
            d.Occasion = "lainnya";
        });

        Assert.Equal("Jelaskan hubungan Anda dengan pemberi.", errors["relationshipOther"]);
        Assert.Equal("Jelaskan peristiwa atau alasan pemberian.", errors["occasionOther"]);
    }

    [Theory]
    [InlineData("fullName")]
    [InlineData("position")]
    [InlineData("unit")]
    [InlineData("institution")]
    [InlineData("phoneNumber")]
    [InlineData("giverName")]
    [InlineData("objectDescription")]
    [InlineData("receivedPlace")]
    [InlineData("chronology")]
    public void Validate_RequiredTextLeftEmpty_IsRefused(string field)
    {
        var errors = ErrorsOf(d => typeof(GratificationDraft).GetProperty(char.ToUpperInvariant(field[0]) + field[1..])!.SetValue(d, "  "));

        Assert.True(errors.ContainsKey(field));
    }

    [Theory]
    [InlineData("+62 812-5550-1234", "081255501234")]
    [InlineData("0548 41234", "0548 41234")]
    public void Validate_MobileOrLandline_IsAccepted(string phone, string stored)
    {
        var (identity, _, errors) = GratificationDraftValidator.Validate(Changed(d => d.PhoneNumber = phone), Today);

        Assert.Empty(errors);
        Assert.Equal(stored, identity!.PhoneNumber);
    }

    [Theory]
    [InlineData("phoneNumber", "telepon saya")]
    [InlineData("email", "bukan email")]
    [InlineData("email", "budi@contoh")]
    [InlineData("giverPhone", "12")]
    public void Validate_BadContact_IsRefused(string field, string value)
    {
        var errors = ErrorsOf(d => typeof(GratificationDraft).GetProperty(char.ToUpperInvariant(field[0]) + field[1..])!.SetValue(d, value));

        Assert.True(errors.ContainsKey(field));
    }

    private static GratificationDraft Changed(Action<GratificationDraft> change)
    {
        var draft = GratificationSamples.Draft(Today);
        change(draft);
        return draft;
    }
}
