using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using static FundingPortal.Domain.UnitTests.Calls.CallFactory;

namespace FundingPortal.Domain.UnitTests.CoFunding;

internal static class CoFundingFactory
{
    public static readonly DateTimeOffset Now = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly Funder State = Funder.Create("Bpifrance (État)", FunderKind.State, null).Value;
    public static readonly Funder Bretagne = Funder.Create("Région Bretagne", FunderKind.Region, "FR-BRE").Value;
    public static readonly Funder Normandie = Funder.Create("Région Normandie", FunderKind.Region, "FR-NOR").Value;
    public static readonly IReadOnlyDictionary<Guid, Funder> AllFunders = new[] { State, Bretagne, Normandie }.ToDictionary(f => f.Id);

    public static readonly IReadOnlyDictionary<OrganisationCategory, decimal> FuiRates = new Dictionary<OrganisationCategory, decimal>
    {
        [OrganisationCategory.Sme] = 0.225m, [OrganisationCategory.MidCap] = 0.15m, [OrganisationCategory.Large] = 0.125m, [OrganisationCategory.Research] = 0.20m,
    };

    public static readonly IReadOnlyDictionary<OrganisationCategory, decimal> StateOutOfTerritoryRates = new Dictionary<OrganisationCategory, decimal>
    {
        [OrganisationCategory.Sme] = 0.15m, [OrganisationCategory.MidCap] = 0.10m, [OrganisationCategory.Large] = 0.10m, [OrganisationCategory.Research] = 0.15m,
    };

    /// <summary>A call over Bretagne and Normandie, open on <see cref="Now"/>, funded by the State (with out-of-territory rates) and both Regions.</summary>
    public static Call Call()
    {
        var funders = new[]
        {
            CallFunder.Create(State.Id, 10_000_000m, FuiRates, StateOutOfTerritoryRates, 0).Value,
            CallFunder.Create(Bretagne.Id, 5_000_000m, FuiRates, null, 1).Value,
            CallFunder.Create(Normandie.Id, 5_000_000m, FuiRates, null, 2).Value,
        };
        var deadline = Paris(2026, 10, 19, 18);
        var definition = new CallDefinition("Appel test", "FUI", null, ["FR-BRE", "FR-NOR"],
            new CallTimeline(Paris(2026, 6, 1, 9), deadline, Paris(2026, 11, 15, 18), Paris(2026, 11, 25, 14), Paris(2027, 2, 15, 18)),
            EligibilityRules.Default, EvaluationGrid.Default, 2, false, funders);
        var call = Domain.Calls.Call.Create(definition, Now.AddMonths(-2)).Value;
        call.Publish(Now.AddMonths(-2));
        return call;
    }

    public static Proposal Proposal(Call call, ProposalStatus status, params Guid[] partners)
    {
        var proposal = FundingPortal.Domain.Proposals.Proposal.Create(call, partners[0], "FP-2026-0001", new ProjectFields("TEST", "Projet test", null, [], 4, 7, 36), Now).Value;
        foreach (var partner in partners.Skip(1))
        {
            proposal.AddPartner(partner, call, Now);
        }

        proposal.ChangeStatus(status, Now);
        return proposal;
    }

    public static PartnerCosts Partner(OrganisationCategory category, string region, decimal costs) => new(Guid.NewGuid(), category, region, costs);

    /// <summary>Requests for the usual consortium: SME 700 k€ and lab 500 k€ in Bretagne, large company 800 k€ in Normandie.</summary>
    public static (Proposal Proposal, IReadOnlyList<FundingRequest> Requests, PartnerCosts Sme, PartnerCosts Lab, PartnerCosts Large) Requested()
    {
        var call = Call();
        var (sme, lab, large) = (Partner(OrganisationCategory.Sme, "FR-BRE", 700_000m), Partner(OrganisationCategory.Research, "FR-BRE", 500_000m),
            Partner(OrganisationCategory.Large, "FR-NOR", 800_000m));
        var proposal = Proposal(call, ProposalStatus.Labelled, sme.OrganisationId, lab.OrganisationId, large.OrganisationId);
        var plan = FundingPlanCalculator.Compute(call, AllFunders, [sme, lab, large]);
        return (proposal, FundingRequest.OpenAll(proposal, plan, Now).Value, sme, lab, large);
    }

    public static FundingRequest For(this IReadOnlyList<FundingRequest> requests, Funder funder) => requests.Single(r => r.FunderId == funder.Id);
}
