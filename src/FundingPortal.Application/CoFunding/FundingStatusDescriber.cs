using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding;

/// <summary>Builds a dossier's funding status: each funder's request and decision, with the partners' names.</summary>
public sealed class FundingStatusDescriber(IAppDbContext db)
{
    public async Task<FundingStatusResponse> Describe(ProposalContext context, CancellationToken ct)
    {
        var proposal = context.Proposal;
        var requests = await db.FundingRequests.AsNoTracking().Where(r => r.ProposalId == proposal.Id).ToListAsync(ct);
        var organisations = await OrganisationsOf(requests, ct);
        var funders = requests
            .OrderBy(r => context.Funders.GetValueOrDefault(r.FunderId)?.Kind).ThenBy(r => context.Funders.GetValueOrDefault(r.FunderId)?.Name, StringComparer.Ordinal)
            .Select(r => FunderDecisionDto.From(r, context.Funders.GetValueOrDefault(r.FunderId), organisations, proposal.Status))
            .ToList();
        return new FundingStatusResponse(proposal.Id, proposal.Reference, proposal.Status, FundingStatusResponse.OutcomeOf(proposal.Status),
            requests.Count == 0 ? null : requests.Min(r => r.RequestedAt), requests.Sum(r => r.RequestedAid), requests.Sum(r => r.GrantedAid), funders);
    }

    public async Task<IReadOnlyDictionary<Guid, Organisation>> OrganisationsOf(IEnumerable<FundingRequest> requests, CancellationToken ct)
    {
        var ids = requests.SelectMany(r => r.Lines).Select(l => l.OrganisationId).Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
    }
}
