using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;

namespace FundingPortal.Domain.FundingSimulation;

/// <summary>
/// Draws the line: the labelled dossiers, best-ranked first, each take from every funder what the rates give
/// (<see cref="FundingPlanCalculator"/>: a Region only for partners located in it), as long as the funder's envelope lasts.
/// Parity: for a partner located in a region whose Region takes part, the State covers the same share of its own aid as
/// the Region covers — the State never funds a partner its Region leaves out. A partner no Region of the call funds gets
/// the State's aid alone. Within a dossier the Regions go first (the State follows them), partners in the dossier's order.
/// Every amount is in cents: requested aid as the calculator rounds it, the parity share rounded half away from zero,
/// envelopes of at most 2 decimals, so used + left = envelope exactly.
/// </summary>
public static class FundingSimulator
{
    public static FundingSimulationResult Simulate(Call call, IReadOnlyDictionary<Guid, Funder> funders, IReadOnlyList<SimulatedDossier> rankedDossiers,
        IReadOnlyDictionary<Guid, decimal>? envelopes = null)
    {
        var taking = call.Funders.Where(f => funders.ContainsKey(f.FunderId)).ToList();
        var left = taking.ToDictionary(f => f.FunderId, f => envelopes is not null && envelopes.TryGetValue(f.FunderId, out var e) ? e : f.Envelope);
        var initial = new Dictionary<Guid, decimal>(left);
        var requested = taking.ToDictionary(f => f.FunderId, _ => 0m);

        var dossiers = new List<DossierSimulation>(rankedDossiers.Count);
        foreach (var dossier in rankedDossiers)
        {
            var simulation = SimulateOne(call, funders, dossier, dossiers.Count + 1, left);
            foreach (var line in simulation.Lines)
            {
                requested[line.FunderId] += line.RequestedAid;
            }

            dossiers.Add(simulation);
        }

        var summaries = taking
            .Select(f => funders[f.FunderId])
            .Select(f => new FunderSimulation(f.Id, f.Kind, f.Region, initial[f.Id], initial[f.Id] != call.FunderById(f.Id)!.Envelope, requested[f.Id],
                initial[f.Id] - left[f.Id]))
            .ToList();
        return new FundingSimulationResult(dossiers, summaries);
    }

    private static DossierSimulation SimulateOne(Call call, IReadOnlyDictionary<Guid, Funder> funders, SimulatedDossier dossier, int position,
        Dictionary<Guid, decimal> left)
    {
        var plans = FundingPlanCalculator.Compute(call, funders, dossier.Partners);
        var availableAtStart = new Dictionary<Guid, decimal>(left);
        var lines = new List<PartnerFunderAid>();
        var shortOf = new Dictionary<Guid, decimal>();
        var heldBack = new Dictionary<(Guid State, Guid Region), decimal>();
        var reasons = new List<SimulationReason>();

        foreach (var plan in plans)
        {
            var regional = plan.Requests.Where(r => funders[r.FunderId].Kind == FunderKind.Region).ToList();
            var regionalLines = regional.Select(r => Take(r.FunderId, r.RequestedAid, plan.Partner.OrganisationId, left, shortOf)).ToList();
            lines.AddRange(regionalLines);
            if (regional.Count == 0 && plan.Requests.Count > 0)
            {
                reasons.Add(new SimulationReason(SimulationReason.NoRegionalFunder, OrganisationId: plan.Partner.OrganisationId, Region: plan.Partner.Region));
            }

            var (regionalRequested, regionalAid) = (regionalLines.Sum(l => l.RequestedAid), regionalLines.Sum(l => l.Aid));
            foreach (var request in plan.Requests.Where(r => funders[r.FunderId].Kind == FunderKind.State))
            {
                var share = regionalRequested == 0m ? request.RequestedAid : Money.ToCents(request.RequestedAid * regionalAid / regionalRequested);
                if (share < request.RequestedAid)
                {
                    var region = regionalLines.First(l => l.Aid < l.RequestedAid).FunderId;
                    heldBack[(request.FunderId, region)] = heldBack.GetValueOrDefault((request.FunderId, region)) + request.RequestedAid - share;
                }

                var line = Take(request.FunderId, share, plan.Partner.OrganisationId, left, shortOf);
                lines.Add(line with { RequestedAid = request.RequestedAid });
            }
        }

        reasons.InsertRange(0, heldBack.Select(h => new SimulationReason(SimulationReason.ParityWithRegion, h.Key.State, h.Key.Region, Amount: h.Value)));
        reasons.InsertRange(0, shortOf.Keys.Select(f => new SimulationReason(SimulationReason.EnvelopeExhausted, f, Amount: availableAtStart[f])));
        if (lines.Count == 0 || lines.All(l => l.RequestedAid == 0m))
        {
            reasons.Add(new SimulationReason(SimulationReason.NoAidRequested));
        }

        return new DossierSimulation(dossier.ProposalId, position, lines.Where(l => l.RequestedAid > 0m).ToList(), reasons);
    }

    /// <summary>The funder gives what is asked, up to what is left of its envelope; a shortfall is remembered for the reasons.</summary>
    private static PartnerFunderAid Take(Guid funderId, decimal wanted, Guid organisationId, Dictionary<Guid, decimal> left, Dictionary<Guid, decimal> shortOf)
    {
        var aid = Math.Min(wanted, left[funderId]);
        left[funderId] -= aid;
        if (aid < wanted)
        {
            shortOf[funderId] = shortOf.GetValueOrDefault(funderId) + wanted - aid;
        }

        return new PartnerFunderAid(organisationId, funderId, wanted, aid);
    }
}
