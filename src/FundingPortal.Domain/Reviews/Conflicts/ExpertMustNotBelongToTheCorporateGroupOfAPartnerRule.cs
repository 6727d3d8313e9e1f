using System.Runtime.CompilerServices;

namespace FundingPortal.Domain.Reviews.Conflicts;

public sealed class ExpertMustNotBelongToTheCorporateGroupOfAPartnerRule : IConflictOfInterestRule
{
    public string Code => ConflictOfInterestCodes.SameCorporateGroup;

    public string Message =>
        "L’expert est ou a été affilié, au cours des trois dernières années, à une organisation du même groupe qu’un partenaire du dossier.";

    // Optimised from its first call: the first assignment of a freshly started API runs it up to a million times, in
    // unoptimised code until tiering catches up (issue 22).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsBroken(ExpertConflictProfile expert, ProposalConflictProfile proposal, DateOnly today)
    {
        for (var i = 0; i < expert.Affiliations.Count; i++)
        {
            var group = expert.Affiliations[i].CorporateGroup;
            if (!expert.Affiliations[i].CountsOn(today) || group.Length == 0)
            {
                continue;
            }

            for (var j = 0; j < proposal.Partners.Count; j++)
            {
                if (proposal.Partners[j].CorporateGroup == group)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
