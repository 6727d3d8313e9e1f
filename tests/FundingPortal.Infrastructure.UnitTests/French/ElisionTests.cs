using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Infrastructure.UnitTests.French;

public sealed class ElisionTests
{
    [Theory]
    [InlineData("Ondes Bretonnes SAS", "d'Ondes Bretonnes SAS")]
    [InlineData("Atlantique Logiciels", "d'Atlantique Logiciels")]
    [InlineData("Électronique de l'Ouest", "d'Électronique de l'Ouest")]
    [InlineData("Normandie Télécom Industries", "de Normandie Télécom Industries")]
    [InlineData("Capsule Santé Connectée", "de Capsule Santé Connectée")]
    public void De_is_elided_before_a_vowel(string name, string expected) => Assert.Equal(expected, FrenchElision.De(name));
}
