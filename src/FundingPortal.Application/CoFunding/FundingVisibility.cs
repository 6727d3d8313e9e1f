using FundingPortal.Application.Proposals;

namespace FundingPortal.Application.CoFunding;

/// <summary>Funding plans and decisions are shown to the consortium, the cluster managers and the funders.</summary>
public static class FundingVisibility
{
    public static bool MaySeeFunding(ProposalRelation relation) =>
        relation is ProposalRelation.Manager or ProposalRelation.FunderOfficer || ProposalAccess.IsConsortium(relation);
}
