using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Calls;

/// <summary>
/// The first stage of a two-stage call: a light pre-proposal (project, consortium, estimated totals) submitted before
/// <see cref="Deadline"/>; the cluster shortlists, and only invited consortia complete the full dossier.
/// <see cref="MaxPages"/> is the page limit the call announces for the pre-proposal's annex (shown, not enforced).
/// </summary>
public sealed record PreProposalStage(LocalInstant Deadline, int? MaxPages)
{
    public const int MaxPagesLimit = 200;

    /// <summary>The stage fits in the timeline: after the opening, strictly before the full submission deadline.</summary>
    public Dictionary<string, string[]> Errors(CallTimeline timeline)
    {
        var errors = new Dictionary<string, string[]>();
        if (Deadline.Utc <= timeline.OpensAt.Utc || Deadline.Utc >= timeline.SubmissionDeadline.Utc)
        {
            errors["preProposal.deadline"] = ["The pre-proposal deadline comes after opensAt and before submissionDeadline."];
        }

        if (MaxPages is < 1 or > MaxPagesLimit)
        {
            errors["preProposal.maxPages"] = [$"maxPages is empty (no limit) or between 1 and {MaxPagesLimit}."];
        }

        return errors;
    }
}
