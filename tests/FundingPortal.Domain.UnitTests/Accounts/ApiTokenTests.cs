using FundingPortal.Domain.Accounts;

namespace FundingPortal.Domain.UnitTests.Accounts;

public sealed class ApiTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private const string Secret = "fpat_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    [Fact]
    public void A_token_keeps_the_hash_not_the_secret_works_until_it_expires_or_is_revoked_and_writes_only_with_the_write_scope()
    {
        var token = ApiToken.Create(Guid.NewGuid(), " CRM ", ["read"], Now.AddDays(30), Secret, Now).Value;
        Assert.Equal("CRM", token.Name);
        Assert.Equal(ApiToken.HashOf(Secret), token.TokenHash);
        Assert.DoesNotContain(Secret, token.TokenHash, StringComparison.Ordinal);
        Assert.Equal("fpat_abcd", token.Hint);
        Assert.False(token.MayWrite);
        Assert.True(token.IsUsableAt(Now.AddDays(29)));
        Assert.False(token.IsUsableAt(Now.AddDays(30)));

        var writer = ApiToken.Create(Guid.NewGuid(), "ERP", ["write", "read"], null, Secret, Now).Value;
        Assert.True(writer.MayWrite);
        Assert.Equal(["read", "write"], writer.Scopes);
        writer.Revoke(Now.AddHours(1));
        writer.Revoke(Now.AddHours(2));
        Assert.Equal(Now.AddHours(1), writer.RevokedAt);
        Assert.False(writer.IsUsableAt(Now.AddHours(1)));
    }

    [Fact]
    public void A_token_needs_a_name_a_known_scope_and_a_future_expiry()
    {
        Assert.Equal("invalid_token_name", ApiToken.Create(Guid.NewGuid(), "  ", ["read"], null, Secret, Now).Error!.Code);
        Assert.Equal("invalid_token_name", ApiToken.Create(Guid.NewGuid(), new string('n', 101), ["read"], null, Secret, Now).Error!.Code);
        Assert.Equal("invalid_scope", ApiToken.Create(Guid.NewGuid(), "CRM", ["admin"], null, Secret, Now).Error!.Code);
        Assert.Equal("invalid_scope", ApiToken.Create(Guid.NewGuid(), "CRM", [], null, Secret, Now).Error!.Code);
        Assert.Equal("invalid_expiry", ApiToken.Create(Guid.NewGuid(), "CRM", ["read"], Now, Secret, Now).Error!.Code);
    }
}
