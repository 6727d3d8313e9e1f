using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Proposals;
using FundingPortal.Contracts;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;

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
    RetryOnConflict retry,
    TimeProvider clock)
{
    /// <summary>
    /// Two managers sending at once: the loser runs again from fresh data and gets the domain's own answer, the one a
    /// second request gets (409 <c>not_labelled</c>: the dossier is no longer labelled, its requests are out).
    /// </summary>
    public Task<Result<FundingStatusResponse>> Handle(Guid proposalId, CancellationToken ct) =>
        retry.Run((_, token) => TryRequest(proposalId, token), RetryOnConflict.DefaultAttempts, ct);

    private async Task<Result<FundingStatusResponse>> TryRequest(Guid proposalId, CancellationToken ct)
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
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? await status.Describe(context, ct) : saved.Error!;
    }
}
