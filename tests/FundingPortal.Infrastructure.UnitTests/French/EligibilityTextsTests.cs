using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Infrastructure.UnitTests.French;

/// <summary>The eligibility sentences: real plurals, elision before a name, amounts and shares per language.</summary>
public sealed class EligibilityTextsTests
{
    private static string Say(EligibilityIssue issue, string language) => EligibilityTexts.Describe([issue], language)[0].Message;

    [Fact]
    public void French_uses_real_plurals_and_elides_de_before_a_vowel()
    {
        Assert.Equal("Le consortium doit compter au moins 1 organisme de recherche ; il en compte 0.", Say(new("too_few_research_organisations", 1, 0), "fr"));
        Assert.Equal("Le consortium doit compter au moins 2 entreprises ; il en compte 1.", Say(new("too_few_companies", 2, 1), "fr"));
        Assert.Equal("Le budget d'Ondes Bretonnes SAS n'est pas encore renseigné.", Say(new("partner_without_budget", "Ondes Bretonnes SAS"), "fr"));
        Assert.Equal("Le budget de Normandie Télécom Industries n'est pas encore renseigné.", Say(new("partner_without_budget", "Normandie Télécom Industries"), "fr"));
        Assert.Equal("La part d'Ondes Bretonnes SAS atteint 82\u00A0% du budget total ; le maximum autorisé est 70\u00A0%.",
            Say(new("partner_share_too_high", "Ondes Bretonnes SAS", 0.82m, 0.70m), "fr"));
        Assert.Equal("Champ obligatoire manquant : mots-clés.", Say(new("missing_field", "keywords"), "fr"));
    }

    [Fact]
    public void English_says_the_same_facts()
    {
        Assert.Equal("The consortium needs at least 1 research organisation; it has 0.", Say(new("too_few_research_organisations", 1, 0), "en"));
        Assert.Equal("The total budget (€6,000,000.00) is above the call's maximum (€5,000,000.00).", Say(new("budget_above_maximum", 6_000_000m, 5_000_000m), "en"));
        Assert.Equal("Ondes Bretonnes SAS carries 82% of the total budget; the maximum allowed is 70%.", Say(new("partner_share_too_high", "Ondes Bretonnes SAS", 0.82m, 0.70m), "en"));
        Assert.Equal("Required field missing: keywords.", Say(new("missing_field", "keywords"), "en"));
        Assert.Equal("The project must last between 12 and 48 months (currently 60 months).", Say(new("duration_out_of_range", 12, 48, 60), "en"));
        Assert.Equal("Le consortium compte 3 partenaires ; le maximum est 2.", Say(new("too_many_partners", 3, 2), "fr"));
    }
}
