using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals;

/// <summary>A dossier with everything needed to evaluate and show it: its call, partner organisations and the call's funders.</summary>
public sealed record ProposalContext(Proposal Proposal, Call Call, IReadOnlyDictionary<Guid, Organisation> Organisations, IReadOnlyDictionary<Guid, Funder> Funders);

public sealed class ProposalContextLoader(IAppDbContext db, PublishedCallCache calls)
{
    public async Task<Proposal?> LoadProposal(Guid id, bool track, CancellationToken ct)
    {
        var query = db.Proposals.Include(p => p.Partners).Include(p => p.Attachments).Include(p => p.Corrections);
        return await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    /// <summary>
    /// The whole dossier, with change tracking on the dossier row alone: for a change that touches no partner and no
    /// attachment (a submission), the change tracker is spared the partners and attachments.
    /// </summary>
    public async Task<Proposal?> LoadProposalToChangeItsRowOnly(Guid id, CancellationToken ct)
    {
        var proposal = await LoadProposal(id, track: false, ct);
        if (proposal is not null)
        {
            db.Proposals.Entry(proposal).State = EntityState.Unchanged;
        }

        return proposal;
    }

    public async Task<ProposalContext> Complete(Proposal proposal, CancellationToken ct)
    {
        var terms = await calls.Get(db, proposal.CallId, ct);
        var organisationIds = proposal.Partners.Select(p => p.OrganisationId).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return new ProposalContext(proposal, terms.Call, organisations, terms.Funders);
    }
}
