using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals.Submission.Rules;

/// <summary>A draft (or a dossier invited to the full stage) is submitted; a submitted dossier may be submitted again (a new version) until the deadline.</summary>
internal sealed class DossierMustBeDraftOrSubmittedRule(ProposalStatus status) : ISubmissionRule
{
    public Result Check() => status is ProposalStatus.Draft or ProposalStatus.Submitted or ProposalStatus.InvitedToFullProposal
        ? Result.Success()
        : Error.Conflict("invalid_status", $"A dossier in status {status} cannot be submitted.");
}
