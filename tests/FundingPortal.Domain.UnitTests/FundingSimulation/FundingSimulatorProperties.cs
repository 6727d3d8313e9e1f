using CsCheck;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.FundingSimulation;
using FundingPortal.Domain.Organisations;
using static FundingPortal.Domain.UnitTests.CoFunding.CoFundingFactory;

namespace FundingPortal.Domain.UnitTests.FundingSimulation;

/// <summary>
/// Random rankings of up to 40 dossiers (1–4 partners each, in and outside the Regions' regions and the territory) against
/// random envelopes of the State and both Regions, small enough that envelopes run out mid-ranking.
/// </summary>
public sealed class FundingSimulatorProperties
{
    private static readonly string[] PartnerRegions = ["FR-BRE", "FR-NOR", "FR-PDL", "FR-IDF"];
    private static readonly Guid[] FunderIds = [State.Id, Bretagne.Id, Normandie.Id];

    private static readonly Gen<decimal> Cents = Gen.Long[0, 50_000_000].Select(c => c / 100m);

    private static readonly Gen<PartnerCosts> Partners = Gen.Select(Gen.Int[0, 3], Gen.Int[0, PartnerRegions.Length - 1], Gen.Long[0, 200_000_000], Gen.Guid,
        (category, region, costs, id) => new PartnerCosts(id, (OrganisationCategory)category, PartnerRegions[region], costs / 100m));

    private static readonly Gen<SimulatedDossier> Dossiers = Gen.Select(Partners.Array[1, 4], Gen.Guid, (partners, id) => new SimulatedDossier(id, partners));

    private static readonly Gen<(Dictionary<Guid, decimal> Envelopes, SimulatedDossier[] Ranking)> Scenarios =
        Gen.Select(Cents.Array[3], Dossiers.Array[0, 40], (envelopes, ranking) => (FunderIds.Zip(envelopes).ToDictionary(e => e.First, e => e.Second), ranking));

    private static readonly Gen<(Dictionary<Guid, decimal> Envelopes, SimulatedDossier[] Ranking, Guid Raised, decimal By)> Raises =
        Gen.Select(Scenarios, Gen.Int[0, 2], Cents, (s, funder, by) => (s.Envelopes, s.Ranking, FunderIds[funder], by));

    [Fact]
    public void No_funder_gives_more_than_its_envelope_and_used_plus_left_is_the_envelope() =>
        Scenarios.Sample(s =>
        {
            var result = FundingSimulator.Simulate(Call(), AllFunders, s.Ranking, s.Envelopes);
            Assert.All(result.Funders, f =>
            {
                Assert.Equal(s.Envelopes[f.FunderId], f.Envelope);
                Assert.InRange(f.Used, 0m, f.Envelope);
                Assert.Equal(f.Envelope, f.Used + f.Left);
            });
        });

    [Fact]
    public void No_region_funds_a_partner_located_outside_its_region() =>
        Scenarios.Sample(s =>
        {
            var regionOf = s.Ranking.SelectMany(d => d.Partners).ToDictionary(p => p.OrganisationId, p => p.Region);
            var result = FundingSimulator.Simulate(Call(), AllFunders, s.Ranking, s.Envelopes);
            Assert.All(result.Dossiers.SelectMany(d => d.Lines).Where(l => AllFunders[l.FunderId].Kind == FunderKind.Region && l.Aid > 0),
                l => Assert.Equal(AllFunders[l.FunderId].Region, regionOf[l.OrganisationId]));
        });

    [Fact]
    public void Totals_add_up_and_every_status_says_how_much_of_the_request_is_covered() =>
        Scenarios.Sample(s =>
        {
            var result = FundingSimulator.Simulate(Call(), AllFunders, s.Ranking, s.Envelopes);
            Assert.Equal(result.Funders.Sum(f => f.Used), result.Dossiers.Sum(d => d.Aid));
            Assert.All(result.Funders, f =>
            {
                Assert.Equal(f.Used, result.Dossiers.Sum(d => d.AidFrom(f.FunderId)));
                Assert.Equal(f.RequestedAid, result.Dossiers.Sum(d => d.RequestedAidFrom(f.FunderId)));
            });
            Assert.All(result.Dossiers.SelectMany(d => d.Lines), l =>
            {
                Assert.InRange(l.Aid, 0m, l.RequestedAid);
                Assert.Equal(Money.ToCents(l.Aid), l.Aid);
            });
            Assert.All(result.Dossiers, d => Assert.Equal(
                d.Aid == 0m ? Fundability.NotFundable : d.Aid == d.RequestedAid ? Fundability.Fundable : Fundability.PartlyFundable, d.Status));
            Assert.All(result.Dossiers.Where(d => d.Status != Fundability.Fundable), d => Assert.NotEmpty(d.Reasons));
        });

    [Fact]
    public void The_State_never_covers_a_larger_share_of_a_partner_than_the_partners_Region_does() =>
        Scenarios.Sample(s =>
        {
            var result = FundingSimulator.Simulate(Call(), AllFunders, s.Ranking, s.Envelopes);
            foreach (var partner in result.Dossiers.SelectMany(d => d.Lines).GroupBy(l => l.OrganisationId))
            {
                var regional = partner.Where(l => AllFunders[l.FunderId].Kind == FunderKind.Region).ToList();
                var state = partner.Single(l => l.FunderId == State.Id);
                if (regional.Sum(l => l.RequestedAid) > 0)
                {
                    Assert.True(state.Aid <= Money.ToCents(state.RequestedAid * regional.Sum(l => l.Aid) / regional.Sum(l => l.RequestedAid)));
                }
            }
        });

    /// <summary>
    /// Under parity a dossier's own aid is not monotone in the Regions' envelopes (see the hand-computed case in
    /// <see cref="FundingSimulatorTests"/>). What holds: raising any envelope never lowers the aid of the best-ranked k
    /// dossiers together, for every k, nor any Region's aid to any dossier; raising the State's envelope never lowers any
    /// dossier's aid.
    /// </summary>
    [Fact]
    public void Raising_an_envelope_never_lowers_the_aid_of_the_best_ranked_k_dossiers_for_any_k() =>
        Raises.Sample(r =>
        {
            var before = FundingSimulator.Simulate(Call(), AllFunders, r.Ranking, r.Envelopes);
            var raised = new Dictionary<Guid, decimal>(r.Envelopes) { [r.Raised] = r.Envelopes[r.Raised] + r.By };
            var after = FundingSimulator.Simulate(Call(), AllFunders, r.Ranking, raised);

            var (prefixBefore, prefixAfter) = (0m, 0m);
            for (var k = 0; k < r.Ranking.Length; k++)
            {
                (prefixBefore, prefixAfter) = (prefixBefore + before.Dossiers[k].Aid, prefixAfter + after.Dossiers[k].Aid);
                Assert.True(prefixAfter >= prefixBefore, $"top {k + 1}: {prefixAfter} < {prefixBefore}");
                foreach (var region in new[] { Bretagne.Id, Normandie.Id })
                {
                    Assert.True(after.Dossiers[k].AidFrom(region) >= before.Dossiers[k].AidFrom(region));
                }

                if (r.Raised == State.Id)
                {
                    Assert.True(after.Dossiers[k].Aid >= before.Dossiers[k].Aid);
                }
            }
        });
}
