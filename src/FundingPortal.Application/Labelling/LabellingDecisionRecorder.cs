using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Documents;
using FundingPortal.Application.Reviews;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Labelling;

/// <summary>
/// Takes a labelling decision on a loaded dossier, in the caller's unit of work: the domain's guards and transition,
/// frozen reviews, a certificate number for a label, the audit entry, the <see cref="LabellingDecided"/> message and the
/// documents. The one path for a decision, whether a manager records it alone or a committee session closes.
/// </summary>
public sealed class LabellingDecisionRecorder(IAppDbContext db, ICurrentUser user, IAuditTrail audit, IOutbox outbox, DocumentScheduler documents,
    TimeProvider clock)
{
    /// <param name="committeeSessionId">The session whose vote this is, kept in the audit entry; null for a decision recorded alone.</param>
    public async Task<Result<LabellingDecision>> Record(Proposal proposal, LabellingOutcome? outcome, string? motivation, Guid? committeeSessionId,
        CancellationToken ct)
    {
        var decidable = LabellingDecision.EnsureDecidable(proposal, outcome, motivation);
        if (!decidable.IsSuccess)
        {
            return decidable.Error!;
        }

        var now = clock.GetUtcNow();
        var certificateNumber = outcome == LabellingOutcome.Labelled
            ? LabelCertificateNumber.Format(ParisTime.ToLocal(now).Year, await db.NextLabelCertificateNumberAsync(ct))
            : null;
        // Read after the dossier, whose version guards the decision against a late assignment reopening the review.
        var assignments = await db.ReviewAssignments.Where(a => a.ProposalId == proposal.Id).ToListAsync(ct);
        var before = proposal.Status;
        var decided = LabellingDecision.Decide(proposal, assignments, outcome, motivation, certificateNumber, user.UserId, now);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        var decision = decided.Value;
        db.LabellingDecisions.Add(decision);
        await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, "labelling_decided", before.ToString(), proposal.Status.ToString(),
            new { outcome = decision.Outcome.ToString(), decision.Motivation, decision.CertificateNumber, committeeSessionId }, ct);
        outbox.Enqueue(new LabellingDecided(proposal.Id, proposal.CallId, proposal.Reference, proposal.Acronym, decision.Outcome.ToString(),
            decision.Motivation, now, decision.CertificateNumber, decision.Id, proposal.LeadOrganisationId,
            proposal.Partners.Select(p => p.OrganisationId).ToList()));
        documents.Schedule(proposal.Id, DocumentKind.EvaluationSummary);
        if (decision.CertificateNumber is not null)
        {
            documents.Schedule(proposal.Id, DocumentKind.LabelCertificate);
        }

        return decision;
    }
}
