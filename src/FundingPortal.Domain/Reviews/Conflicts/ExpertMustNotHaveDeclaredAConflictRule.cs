using System.Runtime.CompilerServices;

namespace FundingPortal.Domain.Reviews.Conflicts;

public sealed class ExpertMustNotHaveDeclaredAConflictRule : IConflictOfInterestRule
{
    public string Code => ConflictOfInterestCodes.DeclaredConflict;

    public string Message => "L’expert a déclaré un conflit d’intérêts avec un partenaire ou avec ce dossier.";

    // Optimised from its first call: the first assignment of a freshly started API runs it up to a million times, in
    // unoptimised code until tiering catches up (issue 22).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsBroken(ExpertConflictProfile expert, ProposalConflictProfile proposal, DateOnly today)
    {
        for (var i = 0; i < expert.DeclaredConflicts.Count; i++)
        {
            var declared = expert.DeclaredConflicts[i];
            if (declared.ProposalId == proposal.ProposalId
                || (declared.OrganisationId is { } organisationId && proposal.HasPartner(organisationId)))
            {
                return true;
            }
        }

        return false;
    }
}
