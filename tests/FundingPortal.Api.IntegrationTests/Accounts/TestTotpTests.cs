using System.Text;

namespace FundingPortal.Api.IntegrationTests.Accounts;

/// <summary>The tests' own authenticator (<see cref="TestTotp"/>) reproduces RFC 6238's reference values, so it can judge the product's.</summary>
public sealed class TestTotpTests
{
    [Theory]
    [InlineData(59, "94287082")]
    [InlineData(1111111109, "07081804")]
    [InlineData(1234567890, "89005924")]
    [InlineData(2000000000, "69279037")]
    public void Rfc_6238_appendix_b_sha1_vectors(long unixTime, string expected)
    {
        var key = Encoding.ASCII.GetBytes("12345678901234567890");
        Assert.Equal(expected, TestTotp.Hotp(key, unixTime / 30, 8));
    }

    [Fact]
    public void Base32_reads_the_secret_an_otpauth_uri_carries() =>
        Assert.Equal(Encoding.ASCII.GetBytes("12345678901234567890"), TestTotp.Base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
}
