using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.FundingSimulation;
using FundingPortal.Domain.Organisations;
using static FundingPortal.Domain.UnitTests.CoFunding.CoFundingFactory;

namespace FundingPortal.Domain.UnitTests.FundingSimulation;

/// <summary>
/// Hand-computed cases on the factory's call: State (FUI rates, 15 % for an SME outside the territory), Région Bretagne and
/// Région Normandie at parity (22.5 % SME, 20 % research, 12.5 % large company each), territory Bretagne + Normandie.
/// </summary>
public sealed class FundingSimulatorTests
{
    [Fact]
    public void With_the_real_envelopes_every_dossier_is_fundable_and_each_funder_uses_what_the_rates_give()
    {
        var (a, b) = (Dossier(Partner(OrganisationCategory.Sme, "FR-BRE", 100_000m)), Dossier(Partner(OrganisationCategory.Large, "FR-NOR", 800_000m)));

        var result = FundingSimulator.Simulate(Call(), AllFunders, [a, b]);

        Assert.Equal([(Fundability.Fundable, 45_000m), (Fundability.Fundable, 200_000m)], result.Dossiers.Select(d => (d.Status, d.Aid)));
        Assert.Equal(22_500m, result.Dossiers[0].AidFrom(Bretagne.Id));
        Assert.Equal((122_500m, 9_877_500m), Funder(result, State.Id));
        Assert.Equal((22_500m, 4_977_500m), Funder(result, Bretagne.Id));
        Assert.Equal((100_000m, 4_900_000m), Funder(result, Normandie.Id));
    }

    [Fact]
    public void A_regional_envelope_exhausted_mid_ranking_makes_one_dossier_partly_fundable_and_the_next_not_fundable_with_the_State_at_parity()
    {
        var dossiers = Enumerable.Range(0, 4).Select(_ => Dossier(Partner(OrganisationCategory.Sme, "FR-BRE", 100_000m))).ToList(); // 22 500 each side

        var result = FundingSimulator.Simulate(Call(), AllFunders, dossiers, Envelopes((Bretagne.Id, 50_000m)));

        Assert.Equal([Fundability.Fundable, Fundability.Fundable, Fundability.PartlyFundable, Fundability.NotFundable], result.Dossiers.Select(d => d.Status));
        var third = result.Dossiers[2];
        Assert.Equal((5_000m, 5_000m, 10_000m), (third.AidFrom(Bretagne.Id), third.AidFrom(State.Id), third.Aid)); // 50 000 − 2 × 22 500 left
        Assert.Equal(45_000m, third.RequestedAid);
        Assert.Equal(new SimulationReason(SimulationReason.EnvelopeExhausted, Bretagne.Id, Amount: 5_000m), third.Reasons[0]);
        Assert.Equal(new SimulationReason(SimulationReason.ParityWithRegion, State.Id, Bretagne.Id, Amount: 17_500m), third.Reasons[1]);
        Assert.Equal(new SimulationReason(SimulationReason.EnvelopeExhausted, Bretagne.Id, Amount: 0m), result.Dossiers[3].Reasons[0]);
        Assert.Equal((50_000m, 0m), Funder(result, Bretagne.Id));
        Assert.Equal((50_000m, 9_950_000m), Funder(result, State.Id));
    }

    [Fact]
    public void A_region_with_no_partner_in_its_region_gives_nothing_and_keeps_its_whole_envelope()
    {
        var result = FundingSimulator.Simulate(Call(), AllFunders, [Dossier(Partner(OrganisationCategory.Research, "FR-BRE", 500_000m))]);

        var normandie = result.Funders.Single(f => f.FunderId == Normandie.Id);
        Assert.Equal((0m, 0m, 5_000_000m, 5_000_000m), (normandie.RequestedAid, normandie.Used, normandie.Left, normandie.Envelope));
        Assert.DoesNotContain(result.Dossiers[0].Lines, l => l.FunderId == Normandie.Id);
        Assert.Equal(Fundability.Fundable, result.Dossiers[0].Status);
    }

    [Fact]
    public void An_envelope_overridden_to_zero_leaves_its_partners_unfunded_by_the_State_too_and_a_mixed_consortium_partly_fundable()
    {
        var normandOnly = Dossier(Partner(OrganisationCategory.Large, "FR-NOR", 800_000m));
        var mixed = Dossier(Partner(OrganisationCategory.Sme, "FR-BRE", 100_000m), Partner(OrganisationCategory.Large, "FR-NOR", 800_000m));

        var result = FundingSimulator.Simulate(Call(), AllFunders, [normandOnly, mixed], Envelopes((Normandie.Id, 0m)));

        Assert.Equal([(Fundability.NotFundable, 0m), (Fundability.PartlyFundable, 45_000m)], result.Dossiers.Select(d => (d.Status, d.Aid)));
        Assert.Equal(245_000m, result.Dossiers[1].RequestedAid);
        Assert.Equal(
            [new SimulationReason(SimulationReason.EnvelopeExhausted, Normandie.Id, Amount: 0m), new SimulationReason(SimulationReason.ParityWithRegion, State.Id, Normandie.Id, Amount: 100_000m)],
            result.Dossiers[0].Reasons);
        var normandie = result.Funders.Single(f => f.FunderId == Normandie.Id);
        Assert.True(normandie.Overridden);
        Assert.Equal((0m, 200_000m, 0m, 0m), (normandie.Envelope, normandie.RequestedAid, normandie.Used, normandie.Left));
    }

    [Fact]
    public void A_partner_no_region_funds_gets_the_States_out_of_territory_aid_alone_without_parity()
    {
        var paris = Partner(OrganisationCategory.Sme, "FR-IDF", 300_000m);

        var result = FundingSimulator.Simulate(Call(), AllFunders, [Dossier(paris)], Envelopes((Bretagne.Id, 0m), (Normandie.Id, 0m)));

        var dossier = result.Dossiers.Single();
        Assert.Equal((Fundability.Fundable, 45_000m), (dossier.Status, dossier.Aid)); // 15 % outside the territory
        Assert.Equal([new SimulationReason(SimulationReason.NoRegionalFunder, OrganisationId: paris.OrganisationId, Region: "FR-IDF")], dossier.Reasons);
    }

    [Fact]
    public void The_State_envelope_running_out_inside_a_dossier_funds_its_partners_in_order_until_it_is_empty()
    {
        var first = Dossier(Partner(OrganisationCategory.Sme, "FR-BRE", 100_000m)); // 22 500 from the State
        var (lab, sme) = (Partner(OrganisationCategory.Research, "FR-BRE", 500_000m), Partner(OrganisationCategory.Sme, "FR-NOR", 100_000m));

        var result = FundingSimulator.Simulate(Call(), AllFunders, [first, Dossier(lab, sme)], Envelopes((State.Id, 30_000m)));

        var second = result.Dossiers[1];
        Assert.Equal(Fundability.PartlyFundable, second.Status);
        Assert.Equal([(lab.OrganisationId, 7_500m), (sme.OrganisationId, 0m)],
            second.Lines.Where(l => l.FunderId == State.Id).Select(l => (l.OrganisationId, l.Aid)));
        Assert.Equal(100_000m + 22_500m + 7_500m, second.Aid);
        Assert.Equal([new SimulationReason(SimulationReason.EnvelopeExhausted, State.Id, Amount: 7_500m)], second.Reasons);
        Assert.Equal((30_000m, 0m), Funder(result, State.Id));
    }

    [Fact]
    public void Raising_a_regional_envelope_can_lower_a_lower_ranked_dossiers_aid_because_the_State_then_matches_the_better_ranked_one()
    {
        // The documented limit of monotonicity: the State follows its Regions, so more Breton money draws more State money to
        // the Breton dossier ranked first, and the Normandy dossier after it gets less. The aid of every top k still grows.
        var (breton, normand) = (Dossier(Partner(OrganisationCategory.Sme, "FR-BRE", 400_000m)), Dossier(Partner(OrganisationCategory.Sme, "FR-NOR", 400_000m)));

        var before = FundingSimulator.Simulate(Call(), AllFunders, [breton, normand], Envelopes((State.Id, 100_000m), (Bretagne.Id, 0m)));
        var after = FundingSimulator.Simulate(Call(), AllFunders, [breton, normand], Envelopes((State.Id, 100_000m), (Bretagne.Id, 90_000m)));

        Assert.Equal([0m, 180_000m], before.Dossiers.Select(d => d.Aid));
        Assert.Equal([180_000m, 100_000m], after.Dossiers.Select(d => d.Aid));
    }

    [Fact]
    public void A_dossier_the_rates_give_nothing_is_not_fundable_and_says_why()
    {
        var result = FundingSimulator.Simulate(Call(), AllFunders, [Dossier(Partner(OrganisationCategory.Sme, "FR-BRE", 0m))]);

        Assert.Equal(Fundability.NotFundable, result.Dossiers[0].Status);
        Assert.Contains(new SimulationReason(SimulationReason.NoAidRequested), result.Dossiers[0].Reasons);
    }

    internal static SimulatedDossier Dossier(params PartnerCosts[] partners) => new(Guid.NewGuid(), partners);

    internal static Dictionary<Guid, decimal> Envelopes(params (Guid FunderId, decimal Envelope)[] envelopes) =>
        envelopes.ToDictionary(e => e.FunderId, e => e.Envelope);

    private static (decimal Used, decimal Left) Funder(FundingSimulationResult result, Guid funderId) =>
        result.Funders.Single(f => f.FunderId == funderId) is var f ? (f.Used, f.Left) : default;
}
