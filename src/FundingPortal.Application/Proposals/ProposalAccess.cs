using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals;

public enum ProposalRelation
{
    None,
    Manager,
    LeadMember,
    PartnerMember,
    AssignedExpert,
    FunderOfficer,
}

/// <summary>Who the caller is to a given dossier. Anyone without a relation gets a 404, never a hint that it exists.</summary>
public sealed class ProposalAccess(ICurrentUser user, IEnumerable<IProposalRelationSource> extraSources)
{
    public async Task<ProposalRelation> RelationTo(Proposal proposal, CancellationToken ct)
    {
        if (user.IsInRole(Roles.ClusterManager))
        {
            return ProposalRelation.Manager;
        }

        if (user.OrganisationId is { } organisationId)
        {
            if (proposal.LeadOrganisationId == organisationId)
            {
                return ProposalRelation.LeadMember;
            }

            if (proposal.IsPartner(organisationId))
            {
                return ProposalRelation.PartnerMember;
            }
        }

        foreach (var source in extraSources)
        {
            var relation = await source.RelationTo(proposal, user, ct);
            if (relation != ProposalRelation.None)
            {
                return relation;
            }
        }

        return ProposalRelation.None;
    }

    public static bool IsLead(ProposalRelation relation) => relation == ProposalRelation.LeadMember;

    public static bool IsConsortium(ProposalRelation relation) => relation is ProposalRelation.LeadMember or ProposalRelation.PartnerMember;

    public static Error Hidden() => Error.NotFound("Proposal");
}

/// <summary>Relations contributed by later areas (assigned experts, funder officers).</summary>
public interface IProposalRelationSource
{
    Task<ProposalRelation> RelationTo(Proposal proposal, ICurrentUser user, CancellationToken ct);
}
