using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.UnitTests.Organisations;

public sealed class SirenTests
{
    [Theory]
    [InlineData("732829320")] // a real SIREN with a valid check digit
    [InlineData("552 100 554")]
    [InlineData("443061841")]
    public void Valid_sirens_are_accepted_and_normalised(string siren)
    {
        var result = Siren.Parse(siren);
        Assert.True(result.IsSuccess);
        Assert.Equal(siren.Replace(" ", string.Empty, StringComparison.Ordinal), result.Value);
    }

    [Theory]
    [InlineData("732829321")]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("73282932A")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_sirens_are_refused_with_invalid_siren(string? siren)
    {
        var result = Siren.Parse(siren);
        Assert.False(result.IsSuccess);
        Assert.Equal("invalid_siren", result.Error!.Code);
    }
}
