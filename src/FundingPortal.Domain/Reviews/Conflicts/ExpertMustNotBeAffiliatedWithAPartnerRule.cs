using System.Runtime.CompilerServices;

namespace FundingPortal.Domain.Reviews.Conflicts;

public sealed class ExpertMustNotBeAffiliatedWithAPartnerRule : IConflictOfInterestRule
{
    public string Code => ConflictOfInterestCodes.AffiliatedWithPartner;

    public string Message =>
        "L’expert est ou a été affilié, au cours des trois dernières années, à une organisation partenaire du dossier.";

    // Optimised from its first call: the first assignment of a freshly started API runs it up to a million times, in
    // unoptimised code until tiering catches up (issue 22).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsBroken(ExpertConflictProfile expert, ProposalConflictProfile proposal, DateOnly today)
    {
        for (var i = 0; i < expert.Affiliations.Count; i++)
        {
            var affiliation = expert.Affiliations[i];
            if (affiliation.CountsOn(today) && proposal.HasPartner(affiliation.OrganisationId))
            {
                return true;
            }
        }

        return false;
    }
}
