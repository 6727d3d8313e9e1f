using FundingPortal.Domain.Accounts;

namespace FundingPortal.Domain.UnitTests.Accounts;

public sealed class PasswordPolicyTests
{
    [Fact]
    public void The_shipped_list_holds_more_than_ten_thousand_common_passwords_french_ones_included()
    {
        Assert.True(CommonPasswords.Count >= 10_000, $"{CommonPasswords.Count} entries");
        foreach (var french in new[] { "motdepasse", "azerty", "soleil", "chouchou", "marseille", "jetaime", "coucou", "bonjour" })
        {
            Assert.True(CommonPasswords.Contains(french), french);
        }
    }

    [Theory]
    [InlineData("aaaaaaaaaa", "too_short")]
    [InlineData("1234567890", "too_short")]
    [InlineData("motdepasse", "too_short")]
    [InlineData("Court-1", "too_short")]
    [InlineData("motdepasse123", "common")]
    [InlineData("MotDePasse-2026!", "common")]
    [InlineData("azertyuiop12", "common")]
    [InlineData("qwertyuiopasdf", "common")]
    [InlineData("zzzzzzzzzzzzzz", "common")]
    [InlineData("98765432109876", "common")]
    [InlineData("Bonjour2026!!!", "common")]
    [InlineData("xxclaire.martinxx", "contains_email")]
    [InlineData("CLAIRE.MARTIN-2026", "contains_email")]
    public void Weak_passwords_are_refused_with_their_reason(string password, string reason)
    {
        var result = PasswordPolicy.Check(password, "claire.martin@ondes-bretonnes.fr");
        Assert.False(result.IsSuccess);
        Assert.Equal(PasswordPolicy.Code, result.Error!.Code);
        Assert.Equal(reason, result.Error.Extensions!["reason"]);
        Assert.Contains("password", result.Error.FieldErrors!.Keys);
    }

    [Theory]
    [InlineData("Demo-Pole-2026", "claire.martin@ondes-bretonnes.fr")]
    [InlineData("Gestion-Pole-2026", "manager@pole-ouest.fr")]
    [InlineData("correct-horse-battery", "user-1@example.test")]
    [InlineData("la mer est calme ce soir", "yann.le-goff@lab-rennes.fr")]
    [InlineData("Tr0ub4dor&3-Vélo", "a@b.fr")]
    public void Long_uncommon_passwords_pass(string password, string email) => Assert.True(PasswordPolicy.Check(password, email).IsSuccess);

    [Fact]
    public void A_password_longer_than_200_characters_is_refused()
    {
        var result = PasswordPolicy.Check(new string('x', 100) + new string('y', 101), "a@b.fr");
        Assert.Equal("too_long", result.Error!.Extensions!["reason"]);
    }
}
