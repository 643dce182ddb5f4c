using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The UPG's masked view of a reporter must not narrow the person down: no word lengths, other initials, region or birth year.</summary>
public class IdentityMaskTests
{
    [Theory]
    [InlineData("Budi Santoso", "B•••••")]
    [InlineData("Bu Sa", "B•••••")]
    [InlineData("Bartholomeus Sitorus Hutapea", "B•••••")]
    [InlineData("  rahmawati", "R•••••")]
    public void Name_ShowsOnlyTheFirstInitialAndAFixedMask(string name, string expected) =>
        Assert.Equal(expected, IdentityMask.Name(name));

    [Fact]
    public void MaskedIdentity_ShowsTheInstitutionOnly_NoDigitOfNikOrNip_NoPositionOrUnit_ThreeDigitsOfThePhone()
    {
        var identity = new GratificationIdentity
        {
            FullName = "Rahmawati Saputri", Nik = "6474015512880004", Nip = "198501012010011004", Position = "Penata Muda / Analis Perizinan",
            Unit = "Bidang Perizinan", Institution = "Dinas Penanaman Modal", PhoneNumber = "081234567890", Email = "rahma@example.org", Address = "Jl. Mawar 1",
        };

        var masked = MaskedIdentity.Of(identity);

        Assert.Equal(new MaskedIdentity("R•••••", "•••••", "•••••", "•••••", "•••••", "Dinas Penanaman Modal", "•••••890", "r•••@•••", true), masked);
        var shown = string.Join(" ", masked.FullName, masked.Nik, masked.Nip, masked.Position, masked.Unit, masked.PhoneNumber, masked.Email);
        Assert.DoesNotMatch("[0-9]{4}", shown);
        Assert.Null(MaskedIdentity.Of(identity with { Nip = null }).Nip);
    }

    [Theory]
    [InlineData("081234567890", "•••••890")]
    [InlineData("+6281298765", "•••••765")]
    [InlineData("0812", "•••••")]
    public void Phone_ShowsTheLastThreeDigitsBehindAFixedMask(string phone, string expected) =>
        Assert.Equal(expected, Wbs.Web.Features.Akun.PhoneNumbers.Mask(phone));

    [Theory]
    [InlineData("budi.santoso@bontangkota.go.id", "b•••@•••")]
    [InlineData("x@example.org", "x•••@•••")]
    public void Email_ShowsTheFirstLetterOnlyAndHidesTheDomain(string email, string expected) =>
        Assert.Equal(expected, IdentityMask.Email(email));
}
