using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Contracts;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding.RequestFunding;

/// <summary>
/// The manager sends a labelled dossier to its funders: the plan of the last submitted version is frozen into one request
/// per funder with a non-zero requested aid.
/// </summary>
public sealed class RequestFunding(
    IAppDbContext db,
    ProposalContextLoader loader,
    ProposalVisibility visibility,
    FundingPlanBasisLoader basisLoader,
    FundingStatusDescriber status,
    IAuditTrail audit,
    IOutbox outbox,
    TimeProvider clock)
{
    public async Task<Result<FundingStatusResponse>> Handle(Guid proposalId, CancellationToken ct)
    {
        var found = await visibility.FindVisible(proposalId, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (proposal, relation) = found.Value;
        if (relation != ProposalRelation.Manager)
        {
            return Error.Forbidden("Only cluster managers send funding requests.");
        }

        var context = await loader.Complete(proposal, ct);
        var basis = await basisLoader.Load(context, ct);
        var plan = FundingPlanCalculator.Compute(context.Call, context.Funders, basis.Costs);
        var now = clock.GetUtcNow();
        var statusBefore = proposal.Status;
        var opened = FundingRequest.OpenAll(proposal, plan, now);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var requests = opened.Value;
        db.FundingRequests.AddRange(requests);
        var funders = requests.Select(r => new FunderAidRequested(r.FunderId, r.RequestedAid)).ToList();
        outbox.Enqueue(new FundingRequested(proposal.Id, proposal.CallId, proposal.Reference, proposal.Acronym, now, funders, proposal.LeadOrganisationId,
            proposal.Partners.Select(p => p.OrganisationId).ToList()));
        await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, "funding_requested", statusBefore.ToString(), proposal.Status.ToString(),
            new { basedOnVersion = basis.Version, funders }, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.InnerException is System.Data.Common.DbException { SqlState: "23505" })
        {
            return Error.Conflict("not_labelled", "The funding requests of this dossier were sent by someone else a moment ago.");
        }

        return await status.Describe(context, ct);
    }
}
