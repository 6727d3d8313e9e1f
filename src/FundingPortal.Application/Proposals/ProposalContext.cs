using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals;

/// <summary>A dossier with everything needed to evaluate and show it: its call, partner organisations and the call's funders.</summary>
public sealed record ProposalContext(Proposal Proposal, Call Call, IReadOnlyDictionary<Guid, Organisation> Organisations, IReadOnlyDictionary<Guid, Funder> Funders)
{
    public IReadOnlyList<EligibilityIssue> Issues(DateTimeOffset now) => EligibilityEvaluator.Evaluate(Proposal, Call, Organisations, now);
}

public sealed class ProposalContextLoader(IAppDbContext db)
{
    public async Task<Proposal?> LoadProposal(Guid id, bool track, CancellationToken ct)
    {
        var query = db.Proposals.Include(p => p.Partners).Include(p => p.Attachments);
        return await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    public async Task<ProposalContext> Complete(Proposal proposal, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, ct);
        var organisationIds = proposal.Partners.Select(p => p.OrganisationId).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var funderIds = call.Funders.Select(f => f.FunderId).ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => funderIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        return new ProposalContext(proposal, call, organisations, funders);
    }
}
