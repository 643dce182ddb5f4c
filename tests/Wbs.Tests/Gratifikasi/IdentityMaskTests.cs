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

    [Theory]
    [InlineData("6474015512880004", "************0004")]
    [InlineData("198501012010011004", "**************1004")]
    public void Digits_ShowOnlyTheLastFour(string number, string expected) =>
        Assert.Equal(expected, IdentityMask.Digits(number));

    [Theory]
    [InlineData("budi.santoso@bontangkota.go.id", "b•••@•••")]
    [InlineData("x@example.org", "x•••@•••")]
    public void Email_ShowsTheFirstLetterOnlyAndHidesTheDomain(string email, string expected) =>
        Assert.Equal(expected, IdentityMask.Email(email));
}
