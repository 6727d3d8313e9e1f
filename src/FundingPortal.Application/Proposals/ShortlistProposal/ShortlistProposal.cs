using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Proposals.ShortlistProposal;

public sealed record ShortlistRequest(bool? Invited, string? Feedback);

/// <summary>A manager's answer to a pre-proposal: invited to the full stage or not, with feedback; the consortium is told.</summary>
public sealed class ShortlistProposal(ProposalEditor editor, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, ShortlistRequest request, CancellationToken ct)
    {
        if (request.Invited is not { } invited)
        {
            return Error.Field("invited", "validation_failed", "invited (true or false) is required.");
        }

        var result = await editor.Edit(id, ExpectedVersion.Any, r => r == ProposalRelation.Manager, invited ? "invited_to_full_proposal" : "not_invited",
            (c, now) =>
            {
                var shortlisted = c.Proposal.Shortlist(invited, request.Feedback, c.Call, now);
                if (shortlisted.IsSuccess)
                {
                    outbox.Enqueue(new ProposalShortlisted(c.Proposal.Id, c.Proposal.CallId, c.Proposal.Reference, c.Proposal.Acronym, invited,
                        c.Proposal.ShortlistFeedback, c.Call.Timeline.SubmissionDeadline.Utc, now));
                }

                return shortlisted;
            }, new { invited, feedback = request.Feedback }, ct);
        return ProposalResponse.Edited(result, clock.GetUtcNow());
    }
}
