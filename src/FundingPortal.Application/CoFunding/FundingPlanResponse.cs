using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.CoFunding;

public sealed record FundingPlanRequestDto(Guid FunderId, string FunderName, decimal Rate, decimal RequestedAid);

public sealed record FundingPlanPartnerDto(Guid OrganisationId, string Name, bool IsLead, OrganisationCategory Category, string Region, bool InTerritory,
    decimal EligibleCosts, IReadOnlyList<FundingPlanRequestDto> Requests, decimal TotalRequestedAid);

public sealed record FundingPlanTotalDto(Guid FunderId, string FunderName, FunderKind Kind, decimal RequestedAid);

/// <summary>Requested aid per partner × funder; <see cref="BasedOnVersion"/> is null while the dossier was never submitted.</summary>
public sealed record FundingPlanResponse(Guid ProposalId, int? BasedOnVersion, IReadOnlyList<FundingPlanPartnerDto> Partners, IReadOnlyList<FundingPlanTotalDto> Totals,
    decimal TotalEligibleCosts, decimal TotalRequestedAid)
{
    public static FundingPlanResponse From(Guid proposalId, FundingPlanBasis basis, Call call, IReadOnlyDictionary<Guid, Funder> funders)
    {
        var plans = FundingPlanCalculator.Compute(call, funders, basis.Costs);
        var partners = basis.Partners.Zip(plans, (partner, plan) => new FundingPlanPartnerDto(
                partner.Costs.OrganisationId, partner.Name, partner.IsLead, partner.Costs.Category, partner.Costs.Region, plan.InTerritory, partner.Costs.EligibleCosts,
                plan.Requests.OrderBy(r => funders[r.FunderId].Kind).ThenBy(r => funders[r.FunderId].Name, StringComparer.Ordinal)
                    .Select(r => new FundingPlanRequestDto(r.FunderId, funders[r.FunderId].Name, r.Rate, r.RequestedAid)).ToList(),
                plan.TotalRequestedAid))
            .ToList();
        var perFunder = FundingPlanCalculator.TotalsPerFunder(plans);
        var totals = call.Funders.Where(f => funders.ContainsKey(f.FunderId))
            .Select(f => new FundingPlanTotalDto(f.FunderId, funders[f.FunderId].Name, funders[f.FunderId].Kind, perFunder.GetValueOrDefault(f.FunderId)))
            .OrderBy(t => t.Kind).ThenBy(t => t.FunderName, StringComparer.Ordinal)
            .ToList();
        return new FundingPlanResponse(proposalId, basis.Version, partners, totals, partners.Sum(p => p.EligibleCosts), totals.Sum(t => t.RequestedAid));
    }
}
