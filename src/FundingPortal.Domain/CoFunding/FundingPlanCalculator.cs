using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.CoFunding;

public sealed record PartnerCosts(Guid OrganisationId, OrganisationCategory Category, string Region, decimal EligibleCosts);

public sealed record AidRequest(Guid FunderId, decimal Rate, decimal RequestedAid);

public sealed record PartnerAidPlan(PartnerCosts Partner, bool InTerritory, IReadOnlyList<AidRequest> Requests)
{
    public decimal TotalRequestedAid => Requests.Sum(r => r.RequestedAid);
}

/// <summary>
/// Requested aid per partner × funder = eligible costs × the funder's rate for the partner's category (the
/// out-of-territory table when the partner is outside the call's territory). A regional funder funds only
/// partners located in its region. Each amount is rounded to the cent, half away from zero; totals are sums
/// of the rounded amounts so that every figure shown adds up.
/// </summary>
public static class FundingPlanCalculator
{
    public static IReadOnlyList<PartnerAidPlan> Compute(Call call, IReadOnlyDictionary<Guid, Funder> funders, IEnumerable<PartnerCosts> partners)
    {
        var plans = new List<PartnerAidPlan>();
        foreach (var partner in partners)
        {
            var inTerritory = call.IsInTerritory(partner.Region);
            var requests = new List<AidRequest>();
            foreach (var callFunder in call.Funders)
            {
                if (!funders.TryGetValue(callFunder.FunderId, out var funder) || !funder.MayFund(partner.Region))
                {
                    continue;
                }

                var rate = callFunder.RateFor(partner.Category, inTerritory);
                requests.Add(new AidRequest(funder.Id, rate, Money.ToCents(partner.EligibleCosts * rate)));
            }

            plans.Add(new PartnerAidPlan(partner, inTerritory, requests));
        }

        return plans;
    }

    public static IReadOnlyDictionary<Guid, decimal> TotalsPerFunder(IEnumerable<PartnerAidPlan> plans) =>
        plans.SelectMany(p => p.Requests).GroupBy(r => r.FunderId).ToDictionary(g => g.Key, g => g.Sum(r => r.RequestedAid));
}
