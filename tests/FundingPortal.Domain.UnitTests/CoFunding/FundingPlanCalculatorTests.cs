using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Organisations;
using static FundingPortal.Domain.UnitTests.CoFunding.CoFundingFactory;

namespace FundingPortal.Domain.UnitTests.CoFunding;

public sealed class FundingPlanCalculatorTests
{
    [Fact]
    public void State_and_regions_at_parity_with_regions_funding_only_their_own_partners()
    {
        var (sme, lab, large) = (Partner(OrganisationCategory.Sme, "FR-BRE", 700_000m), Partner(OrganisationCategory.Research, "FR-BRE", 500_000m),
            Partner(OrganisationCategory.Large, "FR-NOR", 800_000m));

        var plans = FundingPlanCalculator.Compute(Call(), AllFunders, [sme, lab, large]);

        Assert.Equal([(State.Id, 157_500m), (Bretagne.Id, 157_500m)], Requests(plans[0]));
        Assert.Equal([(State.Id, 100_000m), (Bretagne.Id, 100_000m)], Requests(plans[1]));
        Assert.Equal([(State.Id, 100_000m), (Normandie.Id, 100_000m)], Requests(plans[2]));
        Assert.Equal(315_000m, plans[0].TotalRequestedAid); // 45 % for an SME, as the product rules say
        var totals = FundingPlanCalculator.TotalsPerFunder(plans);
        Assert.Equal((357_500m, 257_500m, 100_000m), (totals[State.Id], totals[Bretagne.Id], totals[Normandie.Id]));
    }

    [Theory]
    [InlineData("FR-PDL", OrganisationCategory.MidCap, 400_000, 40_000)] // outside this call's territory: State's second table, no region
    [InlineData("FR-IDF", OrganisationCategory.Sme, 300_000, 45_000)]
    public void A_partner_outside_the_territory_gets_the_out_of_territory_rate_from_the_State_only(string region, OrganisationCategory category, int costs, int stateAid)
    {
        var plan = FundingPlanCalculator.Compute(Call(), AllFunders, [Partner(category, region, costs)]).Single();

        Assert.False(plan.InTerritory);
        Assert.Equal([(State.Id, (decimal)stateAid)], Requests(plan));
    }

    [Theory]
    [InlineData(OrganisationCategory.Sme, "700000.20", "157500.05")] // 157 500,045: half away from zero, where banker's rounding gives ,04
    [InlineData(OrganisationCategory.Large, "800000.04", "100000.01")] // 100 000,005
    [InlineData(OrganisationCategory.Research, "0.02", "0.00")] // 0,004
    [InlineData(OrganisationCategory.Sme, "123456.78", "27777.78")] // 27 777,7755
    public void Every_amount_is_rounded_to_the_cent_half_away_from_zero(OrganisationCategory category, string costs, string expected)
    {
        var region = category == OrganisationCategory.Large ? "FR-NOR" : "FR-BRE";
        var plan = FundingPlanCalculator.Compute(Call(), AllFunders, [Partner(category, region, decimal.Parse(costs, System.Globalization.CultureInfo.InvariantCulture))]).Single();

        Assert.All(plan.Requests, r => Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), r.RequestedAid));
    }

    private static List<(Guid, decimal)> Requests(PartnerAidPlan plan) => plan.Requests.Select(r => (r.FunderId, r.RequestedAid)).ToList();
}
