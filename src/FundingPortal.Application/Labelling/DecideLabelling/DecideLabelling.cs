using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Labelling;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Labelling.DecideLabelling;

/// <summary>
/// The manager records the committee's decision on a reviewed dossier: status, frozen reviews, a certificate number
/// for a label, the audit entry and the <see cref="LabellingDecided"/> message, in one transaction.
/// </summary>
public sealed class DecideLabelling(IAppDbContext db, ICurrentUser user, IAuditTrail audit, IOutbox outbox, Documents.DocumentScheduler documents,
    RetryOnConflict retry, TimeProvider clock)
{
    /// <remarks>A retry after a concurrent change re-checks the guards; it may leave a gap in the certificate numbers, never a duplicate.</remarks>
    public Task<Result<LabellingDecisionDto>> Handle(Guid proposalId, LabellingDecisionRequest request, CancellationToken ct) =>
        retry.Run(() => Decide(proposalId, request, ct));

    private async Task<Result<LabellingDecisionDto>> Decide(Guid proposalId, LabellingDecisionRequest request, CancellationToken ct)
    {
        var proposal = await db.Proposals.Include(p => p.Partners).FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return Error.NotFound("Proposal");
        }

        var decidable = LabellingDecision.EnsureDecidable(proposal, request.Outcome, request.Motivation);
        if (!decidable.IsSuccess)
        {
            return decidable.Error!;
        }

        var now = clock.GetUtcNow();
        var certificateNumber = request.Outcome == LabellingOutcome.Labelled
            ? LabelCertificateNumber.Format(ParisTime.ToLocal(now).Year, await db.NextLabelCertificateNumberAsync(ct))
            : null;
        // Read after the dossier, whose version guards the decision against a late assignment reopening the review.
        var assignments = await db.ReviewAssignments.Where(a => a.ProposalId == proposalId).ToListAsync(ct);
        var before = proposal.Status;
        var decided = LabellingDecision.Decide(proposal, assignments, request.Outcome, request.Motivation, certificateNumber, user.UserId, now);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        var decision = decided.Value;
        db.LabellingDecisions.Add(decision);
        await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, "labelling_decided", before.ToString(), proposal.Status.ToString(),
            new { outcome = decision.Outcome.ToString(), decision.Motivation, decision.CertificateNumber }, ct);
        outbox.Enqueue(new LabellingDecided(proposal.Id, proposal.CallId, proposal.Reference, proposal.Acronym, decision.Outcome.ToString(),
            decision.Motivation, now, decision.CertificateNumber, decision.Id, proposal.LeadOrganisationId,
            proposal.Partners.Select(p => p.OrganisationId).ToList()));
        documents.Schedule(proposal.Id, Domain.Documents.DocumentKind.EvaluationSummary);
        if (decision.CertificateNumber is not null)
        {
            documents.Schedule(proposal.Id, Domain.Documents.DocumentKind.LabelCertificate);
        }

        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return LabellingDecisionDto.From(decision, proposal);
    }
}
