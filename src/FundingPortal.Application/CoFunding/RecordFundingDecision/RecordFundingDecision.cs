using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Proposals;
using FundingPortal.Contracts;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding.RecordFundingDecision;

/// <summary>
/// A funder's officer (or a manager on its behalf) records the funder's decision on a dossier. The granted total is
/// reserved on the funder's envelope in the same transaction as the decision; when the last requested funder has
/// decided, the dossier gets its outcome. Another decision on the dossier committing first (its version or audit chain
/// moved on) rolls this one back, reservation included, and it runs again from fresh data; a refused reservation rolls
/// back too.
/// </summary>
public sealed class RecordFundingDecision(
    IAppDbContext db,
    ICurrentUser user,
    ProposalContextLoader loader,
    ProposalAccess access,
    FundingStatusDescriber status,
    IEnvelopeLedger ledger,
    IAuditTrail audit,
    IOutbox outbox,
    Documents.DocumentScheduler documents,
    ITransactionRunner transactions,
    RetryOnConflict retry,
    TimeProvider clock)
{
    private const int MaxAttempts = 5;

    public async Task<Result<FunderDecisionDto>> Handle(Guid proposalId, FundingDecisionRequest request, CancellationToken ct)
    {
        var grants = request.Validate();
        if (!grants.IsSuccess)
        {
            return grants.Error!;
        }

        return await retry.Run((_, token) => TryRecord(proposalId, request.FunderId!.Value, request.Decision!.Value, grants.Value, request.Comment, token),
            MaxAttempts, ct);
    }

    private async Task<Result<FunderDecisionDto>> TryRecord(Guid proposalId, Guid funderId, FundingDecision decision, IReadOnlyList<GrantLine> grants,
        string? comment, CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(proposalId, track: true, ct);
        if (proposal is null)
        {
            return ProposalAccess.Hidden();
        }

        var allowed = await MayDecideFor(proposal, funderId, ct);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        var requests = await db.FundingRequests.Where(r => r.ProposalId == proposalId).ToListAsync(ct);
        var request = requests.FirstOrDefault(r => r.FunderId == funderId);
        if (request is null)
        {
            return Error.Conflict("funding_not_requested", "No funding was requested from this funder for this dossier.");
        }

        var now = clock.GetUtcNow();
        var statusBefore = proposal.Status;
        var decided = request.Decide(decision, grants, comment, user.UserId, now);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        var outcome = proposal.ApplyFundingDecision(requests, now);
        if (!outcome.IsSuccess)
        {
            return outcome.Error!;
        }

        var recorded = await transactions.RunAsync<bool>(async token =>
        {
            if (request.GrantedAid > 0 && !await ledger.TryReserve(proposal.CallId, funderId, request.GrantedAid, token))
            {
                var remaining = await ledger.Remaining(proposal.CallId, funderId, token);
                return Error.Conflict("envelope_exceeded", $"This decision grants {request.GrantedAid:0.00} € but only {remaining:0.00} € remain in the funder's envelope.")
                    .With("grantedAid", request.GrantedAid).With("remaining", remaining);
            }

            Announce(proposal, request, outcome.Value, requests, now);
            await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, "funding_decided", statusBefore.ToString(), proposal.Status.ToString(),
                new
                {
                    funderId, decision = decision.ToString(), request.RequestedAid, request.GrantedAid, comment = request.Comment,
                    lines = request.Lines.Select(l => new { l.OrganisationId, l.RequestedAid, l.GrantedAmount, instrument = l.Instrument?.ToString() }),
                    outcome = outcome.Value?.ToString(),
                }, token);
            return Result<bool>.Success(true);
        }, ct);
        if (!recorded.IsSuccess)
        {
            return recorded.Error!;
        }

        var funder = await db.Funders.AsNoTracking().FirstOrDefaultAsync(f => f.Id == funderId, ct);
        return FunderDecisionDto.From(request, funder, await status.OrganisationsOf([request], ct), proposal.Status);
    }

    private async Task<Result> MayDecideFor(Proposal proposal, Guid funderId, CancellationToken ct)
    {
        var relation = await access.RelationTo(proposal, ct);
        return relation switch
        {
            ProposalRelation.None => ProposalAccess.Hidden(),
            ProposalRelation.Manager => Result.Success(),
            ProposalRelation.FunderOfficer when user.FunderId == funderId => Result.Success(),
            ProposalRelation.FunderOfficer => Error.Forbidden("A funder officer records the decisions of their own funder only."),
            _ => Error.Forbidden("Funding decisions are recorded by the funder's officer or a cluster manager."),
        };
    }

    private void Announce(Proposal proposal, FundingRequest request, FundingOutcome? outcome, IReadOnlyList<FundingRequest> requests, DateTimeOffset now)
    {
        var partners = proposal.Partners.Select(p => p.OrganisationId).ToList();
        outbox.Enqueue(new FundingDecided(proposal.Id, proposal.CallId, proposal.Reference, request.FunderId, request.Decision!.Value.ToString(),
            request.RequestedAid, request.GrantedAid, now, partners));
        if (outcome is { } reached)
        {
            outbox.Enqueue(new FundingOutcomeReached(proposal.Id, reached.ToString(), proposal.CallId, proposal.Reference, proposal.Acronym,
                requests.Sum(r => r.RequestedAid), requests.Sum(r => r.GrantedAid), now, proposal.LeadOrganisationId, partners));
            documents.Schedule(proposal.Id, Domain.Documents.DocumentKind.FundingDecision);
        }
    }
}
