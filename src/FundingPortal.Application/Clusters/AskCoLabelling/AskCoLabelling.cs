using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters.AskCoLabelling;

public sealed record CoLabellingChoice(IReadOnlyList<Guid>? ClusterIds);

/// <summary>
/// The lead chooses, before submission, the partner clusters asked to co-label the project (the whole list each time;
/// an empty list asks none). Neither the call's own cluster nor an unknown one may be asked (400).
/// </summary>
public sealed class AskCoLabelling(IAppDbContext db, ProposalEditor editor)
{
    private static readonly ProposalStatus[] BeforeSubmission = [ProposalStatus.Draft, ProposalStatus.PreProposalSubmitted, ProposalStatus.InvitedToFullProposal];

    public async Task<Result<CoLabellingResponse>> Handle(Guid proposalId, CoLabellingChoice choice, CancellationToken ct)
    {
        if (choice.ClusterIds is null)
        {
            return Error.Field("clusterIds", "validation_failed", "clusterIds is the list of the partner clusters asked to co-label (empty: none).");
        }

        var asked = choice.ClusterIds.Distinct().ToList();
        var known = await db.Clusters.Where(c => asked.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        var current = await db.CoLabellingRequests.Where(r => r.ProposalId == proposalId).ToListAsync(ct);
        var edited = await editor.EditLatest(proposalId, ProposalAccess.IsLead, "co_labelling_requested", (context, now) =>
        {
            if (asked.Count != known.Count)
            {
                return Error.Field("clusterIds", "unknown_cluster", "One of these clusters does not exist.");
            }

            if (asked.Contains(context.Call.ClusterId))
            {
                return Error.Field("clusterIds", "co_labelling_own_cluster", "The call's own cluster labels the project anyway: ask partner clusters only.");
            }

            if (!BeforeSubmission.Contains(context.Proposal.Status))
            {
                return Error.Conflict("already_submitted", "Co-labelling is asked before submission; this dossier has been submitted.");
            }

            foreach (var dropped in current.Where(r => !asked.Contains(r.ClusterId)))
            {
                db.CoLabellingRequests.Remove(dropped);
            }

            foreach (var added in asked.Where(id => current.All(r => r.ClusterId != id)))
            {
                db.CoLabellingRequests.Add(CoLabellingRequest.Ask(proposalId, added, now));
            }

            return Result.Success();
        }, new { clusterIds = asked }, ct);
        return edited.IsSuccess ? await GetCoLabelling.GetCoLabelling.Read(db, proposalId, ct) : edited.Error!;
    }
}
