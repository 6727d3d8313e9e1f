using System.Runtime.CompilerServices;

namespace FundingPortal.Domain.Reviews.Conflicts;

public sealed class ExpertMustNotBeExcludedByApplicantsRule : IConflictOfInterestRule
{
    public string Code => ConflictOfInterestCodes.ExcludedByApplicants;

    public string Message => "Les porteurs du dossier ont demandé que cet expert soit exclu de son évaluation.";

    // Optimised from its first call: the first assignment of a freshly started API runs it up to a million times, in
    // unoptimised code until tiering catches up (issue 22).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsBroken(ExpertConflictProfile expert, ProposalConflictProfile proposal, DateOnly today) =>
        proposal.ExcludedExpertIds.Contains(expert.ExpertId);
}
