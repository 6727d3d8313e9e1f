namespace FundingPortal.Domain.Reviews.Conflicts;

public sealed class ExpertMustNotBeExcludedByApplicantsRule : IConflictOfInterestRule
{
    public string Code => ConflictOfInterestCodes.ExcludedByApplicants;

    public string Message => "Les porteurs du dossier ont demandé que cet expert soit exclu de son évaluation.";

    public bool IsBroken(ExpertConflictProfile expert, ProposalConflictProfile proposal, DateOnly today) =>
        proposal.ExcludedExpertIds.Contains(expert.ExpertId);
}
